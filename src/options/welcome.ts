// The first-run explanation (the background opens this page with ?welcome=1 on install).
import { h } from '../ui/dom.ts';

export function welcomeView(): HTMLElement {
  return h('section', { class: 'card welcome', id: 'welcome-card', 'aria-labelledby': 'welcome-title' },
    h('h2', { id: 'welcome-title' }, 'Welcome to Dose Guard'),
    h('p', {}, 'On a supplement page at iHerb, Amazon, Vitacost, Walmart or Target, Dose Guard reads how much magnesium the product gives a day, adds what you already take, and compares the total with the upper limit for you. The toolbar badge shows OK, NEAR or OVER; the popup shows the figures and where on the label they came from.'),
    h('p', {}, h('strong', {}, 'What it stores: '), 'only the answers on this page, kept in this browser on this device. Nothing is sent anywhere or synced, and you can export or delete it all under “Your data”.'),
    h('p', {}, h('strong', {}, 'Not medical advice: '), 'labels can be wrong or misread. Ask your doctor or pharmacist before changing what you take.'),
    h('p', {}, 'Everything below is optional. Fill in what you know and press Save.'));
}

export function noticeView(id: string, title: string, lines: string[], footer: string | null): HTMLElement {
  return h('section', { class: 'notice', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    h('ul', {}, ...lines.map((line) => h('li', {}, line))),
    footer ? h('p', {}, footer) : null);
}
