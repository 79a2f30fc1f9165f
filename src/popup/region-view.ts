// Two notices about where the page is (issue 11): the limit of the store's own region, with a
// one-tap switch to it, and "Always check this site" on a shop Dose Guard does not read by itself.
import type { Assessment } from '../core/assessment.ts';
import type { Translator } from '../i18n/format.ts';
import { h } from '../ui/dom.ts';
import type { PopupActions } from './context.ts';

/** "On amazon.de the EU limit of 250 mg a day applies; you use the US limit." [Use the EU limit] */
export function storeNotice(a: Assessment, actions: PopupActions, t: Translator): HTMLElement | null {
  const store = a.storeRegion;
  if (!store || store.limitMg === null) return null;
  const name = t.tr(store.name);
  const use = h('button', { type: 'button', id: 'use-store-standard' }, t.t('popup_store_switch', name));
  use.addEventListener('click', () => actions.useStandard(store.standard, name));
  return h('section', { class: 'store-region', id: 'store-region', 'data-standard': store.standard },
    h('p', {}, t.t('popup_store_limit', store.host, name, t.mg(store.limitMg), t.tr(store.usedName))),
    use);
}

/** Where the popup may offer "Always check this site": on an https shop that is not one of the
 *  stores read by themselves. `added`: the user already asked for it. */
export interface SiteOffer {
  site: string;
  added: boolean;
}

export function alwaysCheck(offer: SiteOffer | null, onAdd: (site: string) => void, t: Translator): HTMLElement | null {
  if (!offer) return null;
  if (offer.added) return h('p', { class: 'muted site-added', id: 'site-added' }, t.t('popup_always_check_on', offer.site));
  const add = h('button', { type: 'button', id: 'always-check' }, t.t('popup_always_check'));
  add.addEventListener('click', () => onAdd(offer.site));
  return h('div', { class: 'always-check' }, add, h('p', { class: 'muted' }, t.t('popup_always_check_hint', offer.site)));
}
