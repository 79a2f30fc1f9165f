// "Your data": export, import and "Delete all my data". The work itself (file format, reading,
// clearing both storage areas) is in src/profile/io.ts and store.ts; this builds the controls.
import { h } from '../ui/dom.ts';
import { errorElement } from './fields.ts';

export interface DataActions {
  exportProfile(): Promise<string>;
  /** returns an error message for a wrong file, or null when the file was loaded into the form */
  importFile(file: File): Promise<string | null>;
  deleteAll(): Promise<void>;
}

export function dataView(actions: DataActions): HTMLElement {
  const status = h('p', { id: 'data-status', role: 'status' });
  const say = (text: string) => {
    status.textContent = text;
  };

  const exportButton = h('button', { type: 'button', id: 'export', class: 'secondary', 'aria-describedby': 'export-hint' }, 'Export my profile');
  exportButton.addEventListener('click', () => {
    actions.exportProfile().then(say, (e: Error) => say(`Could not export: ${e.message}`));
  });

  const importError = errorElement('import-error');
  importError.setAttribute('role', 'alert');
  const importInput = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json', 'aria-describedby': 'import-hint import-error' });
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (!file) return;
    importError.hidden = true;
    importInput.removeAttribute('aria-invalid');
    actions.importFile(file).then(
      (error) => {
        if (error) {
          importError.textContent = error;
          importError.hidden = false;
          importInput.setAttribute('aria-invalid', 'true');
        }
        importInput.value = '';
      },
      (e: Error) => {
        importError.textContent = `Could not read the file: ${e.message}`;
        importError.hidden = false;
      },
    );
  });

  // A modal dialog asks once more: deleting cannot be undone.
  const confirmButton = h('button', { type: 'button', class: 'danger', id: 'confirm-delete' }, 'Delete everything');
  const cancelButton = h('button', { type: 'button', class: 'secondary', id: 'cancel-delete' }, 'Cancel');
  const dialog = h('dialog', { id: 'delete-dialog', 'aria-labelledby': 'delete-title', 'aria-describedby': 'delete-text' },
    h('h2', { id: 'delete-title' }, 'Delete all your data?'),
    h('p', { id: 'delete-text' }, 'This removes your profile, your list of what you take and the results kept for open tabs from this device. It cannot be undone. You can export your profile first.'),
    h('div', { class: 'actions' }, cancelButton, confirmButton));
  const deleteButton = h('button', { type: 'button', id: 'delete-all', class: 'danger', 'aria-describedby': 'delete-hint' }, 'Delete all my data');
  deleteButton.addEventListener('click', () => {
    dialog.showModal();
    cancelButton.focus();
  });
  cancelButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => deleteButton.focus());
  confirmButton.addEventListener('click', () => {
    actions.deleteAll().then(
      () => {
        dialog.close();
        say('All your data was deleted from this device.');
      },
      (e: Error) => {
        dialog.close();
        say(`Could not delete: ${e.message}`);
      },
    );
  });

  return h('section', { class: 'card', id: 'your-data', 'aria-labelledby': 'data-title' },
    h('h2', { id: 'data-title' }, 'Your data'),
    h('p', { class: 'intro' }, 'Your profile is kept only in this browser, on this device. It is not synced to your other devices and never sent anywhere.'),
    h('div', { class: 'data-grid' },
      h('div', { class: 'field' },
        exportButton,
        h('p', { class: 'hint', id: 'export-hint' }, 'Saves your saved profile as a .json file, to keep or to load on another computer.')),
      h('div', { class: 'field' },
        h('label', { for: 'import-file' }, 'Import a profile file'),
        h('p', { class: 'hint', id: 'import-hint' }, 'Loads a file you exported into this page. Check it, then press Save.'),
        importInput,
        importError),
      h('div', { class: 'field' },
        deleteButton,
        h('p', { class: 'hint', id: 'delete-hint' }, 'Removes everything Dose Guard keeps on this device.'))),
    status,
    dialog);
}
