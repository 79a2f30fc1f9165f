// "Sites you asked to check" (issue 11): the shops added with the popup's "Always check this
// site", each with a Remove button that gives the site's permission back to the browser and
// unregisters the script there (the background does both: src/background/sites.ts). Acts at once,
// apart from the profile's Save: a permission is the browser's, not part of the profile.
import type { Translator } from '../i18n/format.ts';
import { h } from '../ui/dom.ts';
import { section } from './fields.ts';

export interface SitesActions {
  list(): Promise<string[]>;
  remove(site: string): Promise<string[]>;
}

export function sitesView(actions: SitesActions, t: Translator): HTMLElement {
  const list = h('ul', { class: 'sites', id: 'sites-list' });
  const status = h('p', { id: 'sites-status', role: 'status' });
  const show = (sites: string[]) => {
    if (!sites.length) return list.replaceChildren(h('li', { class: 'hint' }, t.t('opt_sites_none')));
    list.replaceChildren(...sites.map((site) => {
      const remove = h('button', { type: 'button', class: 'secondary', 'data-site': site }, t.t('opt_sites_remove', site));
      remove.addEventListener('click', () => {
        actions.remove(site).then((left) => {
          show(left);
          status.textContent = t.t('opt_sites_removed', site);
        }, (e: Error) => {
          status.textContent = e.message;
        });
      });
      return h('li', {}, h('span', { class: 'site' }, site), ' ', remove);
    }));
  };
  actions.list().then(show, (e: Error) => {
    status.textContent = e.message;
  });
  return section('sites', t.t('opt_sites_title'), t.t('opt_sites_intro'), list, status);
}
