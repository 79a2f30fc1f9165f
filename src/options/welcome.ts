// The first-run explanation (the background opens this page with ?welcome=1 on install), and the
// notices above the form. The stores are named from the options page's own list (choices.ts), the
// nutrient only in the messages.
import { msg } from '../core/message.ts';
import type { Translator } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import { STORES } from './choices.ts';

export function welcomeView(t: Translator): HTMLElement {
  const lead = (key: string, bodyKey: string, ...args: string[]) =>
    h('p', {}, h('strong', {}, t.t(key)), ' ', t.t(bodyKey, ...args));
  return h('section', { class: 'card welcome', id: 'welcome-card', 'aria-labelledby': 'welcome-title' },
    h('h2', { id: 'welcome-title' }, t.t('opt_welcome_title')),
    h('p', {}, t.tr(msg('opt_welcome_what', { list: STORES.map((s) => s.label) }, t.t('verdict_badge_ok'), t.t('verdict_badge_near'), t.t('verdict_badge_over')))),
    lead('opt_welcome_stores_lead', 'opt_welcome_stores', t.t('opt_data_title')),
    lead('opt_welcome_advice_lead', 'opt_welcome_advice'),
    h('p', {}, t.t('opt_welcome_optional', t.t('opt_save'))));
}

export function noticeView(id: string, title: string, lines: string[], footer: string | null): HTMLElement {
  return h('section', { class: 'notice', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    h('ul', {}, ...lines.map((line) => h('li', {}, line))),
    footer ? h('p', {}, footer) : null);
}
