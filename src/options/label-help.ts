// "How to read a label": a drawn Supplement Facts panel with numbered marks on the parts that
// matter (the serving size, the magnesium row and its mg, the compound it is given as, the
// % Daily Value), and one plain sentence for each. The drawing's words are messages too: a label
// in another language says "Nährwerte" or "Valeurs nutritionnelles", and so does its drawing.
import { translator } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';

const t = translator();
const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

const text = (x: number, y: number, content: string, attrs: Record<string, string | number> = {}) =>
  svg('text', { x, y, 'font-size': 13, fill: '#111', ...attrs }, content);

/** A numbered mark on the drawing, matching the numbered sentence under it. */
const mark = (x: number, y: number, n: number) => svg('g', { class: 'mark' },
  svg('circle', { cx: x, cy: y, r: 10, fill: '#0b57d0' }),
  text(x, y + 4.5, String(n), { 'font-size': 12, 'font-weight': 700, fill: '#fff', 'text-anchor': 'middle' }));

function panel(): SVGSVGElement {
  const W = 360;
  const rule = (y: number, w: number) => svg('rect', { x: 12, y, width: W - 24 - 28, height: w, fill: '#111' });
  const right = W - 40;
  return svg('svg', { viewBox: `0 0 ${W} 214`, width: '100%', role: 'img', 'aria-labelledby': 'label-drawing-title', class: 'label-drawing' },
    svg('title', { id: 'label-drawing-title' }, t.t('opt_label_drawing_title')),
    svg('rect', { x: 2, y: 2, width: W - 32, height: 210, rx: 4, fill: '#fff', stroke: '#111', 'stroke-width': 2 }),
    text(12, 30, t.t('opt_label_fig_title'), { 'font-size': 22, 'font-weight': 800 }),
    rule(38, 1),
    text(12, 58, t.t('opt_label_fig_serving')),
    text(12, 76, t.t('opt_label_fig_servings_container')),
    rule(84, 7),
    text(right - 10, 106, t.t('opt_label_fig_dv_head'), { 'font-size': 11, 'font-weight': 700, 'text-anchor': 'end' }),
    text(12, 106, t.t('opt_label_fig_amount_head'), { 'font-size': 11, 'font-weight': 700 }),
    rule(113, 1),
    svg('text', { x: 12, y: 134, 'font-size': 13, fill: '#111' },
      svg('tspan', { 'font-weight': 700 }, t.t('opt_label_fig_row_name')), ' ', svg('tspan', {}, t.t('opt_label_fig_row_form'))),
    text(206, 152, t.t('opt_label_fig_row_mg'), { 'font-weight': 700, 'text-anchor': 'end' }),
    text(right - 10, 152, t.t('opt_label_fig_row_dv'), { 'text-anchor': 'end' }),
    rule(162, 4),
    text(12, 184, t.t('opt_label_fig_footnote'), { 'font-size': 10.5 }),
    text(12, 200, t.t('opt_label_fig_other'), { 'font-size': 10.5 }),
    // marks beside what they point at, in the margin right of the panel
    mark(W - 16, 54, 1),
    mark(222, 147, 2),
    mark(W - 16, 148, 3),
    mark(W - 16, 129, 4));
}

export function labelHelp(): HTMLDetailsElement {
  const points = [
    ['opt_label_point_serving_title', 'opt_label_point_serving'],
    ['opt_label_point_mg_title', 'opt_label_point_mg'],
    ['opt_label_point_dv_title', 'opt_label_point_dv'],
    ['opt_label_point_compound_title', 'opt_label_point_compound'],
  ] as const;
  return h('details', { class: 'label-help', id: 'label-help' },
    h('summary', {}, t.t('opt_label_help_title')),
    h('div', { class: 'label-help-body' },
      h('div', { class: 'label-figure' }, panel()),
      h('ol', { class: 'label-points' }, ...points.map(([title, body]) =>
        h('li', {}, h('strong', {}, t.t(title)), ' ', t.t(body))))));
}
