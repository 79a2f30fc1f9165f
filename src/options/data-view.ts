// "Your data": export, import and "Delete all my data". The work itself (file format, reading,
// clearing both storage areas) is in src/profile/io.ts and store.ts; this builds the controls.
import type { Translator } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import { errorElement } from './fields.ts';

export interface DataActions {
  exportProfile(): Promise<string>;
  /** returns an error message (in the UI language) for a wrong file, or null when the file was loaded into the form */
  importFile(file: File): Promise<string | null>;
  deleteAll(): Promise<void>;
}

export function dataView(actions: DataActions, t: Translator): HTMLElement {
  const status = h('p', { id: 'data-status', role: 'status' });
  const say = (text: string) => {
    status.textContent = text;
  };

  const exportButton = h('button', { type: 'button', id: 'export', class: 'secondary', 'aria-describedby': 'export-hint' }, t.t('opt_data_export'));
  exportButton.addEventListener('click', () => {
    actions.exportProfile().then(say, (e: Error) => say(t.t('opt_data_export_failed', e.message)));
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
        importError.textContent = t.t('opt_data_import_read_failed', e.message);
        importError.hidden = false;
      },
    );
  });

  // A modal dialog asks once more: deleting cannot be undone.
  const confirmButton = h('button', { type: 'button', class: 'danger', id: 'confirm-delete' }, t.t('opt_data_confirm_delete'));
  const cancelButton = h('button', { type: 'button', class: 'secondary', id: 'cancel-delete' }, t.t('opt_data_cancel'));
  const dialog = h('dialog', { id: 'delete-dialog', 'aria-labelledby': 'delete-title', 'aria-describedby': 'delete-text' },
    h('h2', { id: 'delete-title' }, t.t('opt_data_delete_title')),
    h('p', { id: 'delete-text' }, t.t('opt_data_delete_text')),
    h('div', { class: 'actions' }, cancelButton, confirmButton));
  const deleteButton = h('button', { type: 'button', id: 'delete-all', class: 'danger', 'aria-describedby': 'delete-hint' }, t.t('opt_data_delete_all'));
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
        say(t.t('opt_status_deleted'));
      },
      (e: Error) => {
        dialog.close();
        say(t.t('opt_data_delete_failed', e.message));
      },
    );
  });

  return h('section', { class: 'card', id: 'your-data', 'aria-labelledby': 'data-title' },
    h('h2', { id: 'data-title' }, t.t('opt_data_title')),
    h('p', { class: 'intro' }, t.t('opt_data_intro')),
    h('div', { class: 'data-grid' },
      h('div', { class: 'field' },
        exportButton,
        h('p', { class: 'hint', id: 'export-hint' }, t.t('opt_data_export_hint'))),
      h('div', { class: 'field' },
        h('label', { for: 'import-file' }, t.t('opt_data_import_label')),
        h('p', { class: 'hint', id: 'import-hint' }, t.t('opt_data_import_hint', t.t('opt_save'))),
        importInput,
        importError),
      h('div', { class: 'field' },
        deleteButton,
        h('p', { class: 'hint', id: 'delete-hint' }, t.t('opt_data_delete_hint')))),
    status,
    dialog);
}
