// Small builders for labelled controls. Every control gets a visible <label> (or a fieldset
// legend), an optional hint, and an error slot beside it that aria-describedby points at;
// showError toggles aria-invalid. Built from nodes only (src/ui/dom.ts).
import { h } from '../ui/dom.ts';

export interface ErrorSlot {
  /** controls that the message belongs to */
  controls: HTMLElement[];
  element: HTMLElement;
}

/** Error slots by form key ('age', 'stack.<row>.name', ...), filled by the page. */
export class ErrorSlots {
  private slots = new Map<string, ErrorSlot>();

  add(key: string, slot: ErrorSlot): void {
    this.slots.set(key, slot);
  }

  removeWhere(prefix: string): void {
    for (const key of [...this.slots.keys()]) if (key.startsWith(prefix)) this.slots.delete(key);
  }

  show(key: string, message: string | null): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    slot.element.textContent = message ?? '';
    slot.element.hidden = !message;
    for (const control of slot.controls) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }

  clearAll(): void {
    for (const key of this.slots.keys()) this.show(key, null);
  }

  /** keys whose message is on screen now */
  shownKeys(): string[] {
    return [...this.slots].filter(([, slot]) => !slot.element.hidden).map(([key]) => key);
  }

  /** keys whose controls include `el` */
  keysFor(el: Element): string[] {
    return [...this.slots].filter(([, slot]) => slot.controls.includes(el as HTMLElement)).map(([key]) => key);
  }

  keys(): string[] {
    return [...this.slots.keys()];
  }

  firstControl(key: string): HTMLElement | undefined {
    return this.slots.get(key)?.controls[0];
  }
}

export function errorElement(id: string): HTMLElement {
  const el = h('p', { id, class: 'error' });
  el.hidden = true;
  return el;
}

function describedBy(...ids: Array<string | null>): string {
  return ids.filter(Boolean).join(' ');
}

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  hint?: string;
  /** shown after the input, e.g. "mg a day" */
  unit?: string;
  inputmode?: 'numeric' | 'decimal' | 'text';
  autocomplete?: string;
  size?: 'short' | 'long';
}

export function textField(o: TextFieldOptions, errors: ErrorSlots, key: string): { wrap: HTMLElement; input: HTMLInputElement } {
  const hintId = o.hint ? `${o.id}-hint` : null;
  const errorId = `${o.id}-error`;
  const input = h('input', {
    id: o.id,
    name: o.id,
    type: 'text',
    inputmode: o.inputmode,
    autocomplete: o.autocomplete ?? 'off',
    spellcheck: o.inputmode === 'text' ? undefined : 'false',
    class: o.size === 'long' ? 'long' : 'short',
    'aria-describedby': describedBy(hintId, errorId),
  });
  input.value = o.value;
  const error = errorElement(errorId);
  errors.add(key, { controls: [input], element: error });
  const wrap = h(
    'div',
    { class: 'field' },
    h('label', { for: o.id }, o.label),
    o.hint ? h('p', { id: hintId!, class: 'hint' }, o.hint) : null,
    h('div', { class: 'input-row' }, input, o.unit ? h('span', { class: 'unit', 'aria-hidden': 'true' }, o.unit) : null),
    error,
  );
  return { wrap, input };
}

export interface CheckOptions {
  id: string;
  name: string;
  value: string;
  label: string;
  hint?: string;
  checked: boolean;
  type?: 'checkbox' | 'radio';
  describedBy?: string;
}

export function checkControl(o: CheckOptions): { wrap: HTMLElement; input: HTMLInputElement } {
  const hintId = o.hint ? `${o.id}-hint` : null;
  const input = h('input', {
    id: o.id,
    name: o.name,
    value: o.value,
    type: o.type ?? 'checkbox',
    'aria-describedby': describedBy(hintId, o.describedBy ?? null) || undefined,
  });
  input.checked = o.checked;
  const wrap = h(
    'div',
    { class: 'check' },
    input,
    h('div', {}, h('label', { for: o.id }, o.label), o.hint ? h('p', { id: hintId!, class: 'hint' }, o.hint) : null),
  );
  return { wrap, input };
}

export function section(id: string, title: string, intro: string | null, ...children: Array<Node | null>): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': `${id}-title`, id },
    h('h2', { id: `${id}-title` }, title),
    intro ? h('p', { class: 'intro' }, intro) : null,
    ...children,
  );
}

export function group(legend: string, hint: string | null, ...children: Array<Node | null>): HTMLFieldSetElement {
  return h('fieldset', { class: 'group' }, h('legend', {}, legend), hint ? h('p', { class: 'hint' }, hint) : null, ...children);
}
