// Turns the regions an adapter read (title, facts panel, directions, body text) into a Reading.
// Pure: no DOM, no browser API; the CLI, the tests and the content script all run this.
import type { Evidence, PageKind, Range, Reading } from '../core/reading.ts';
import type { CompoundForm } from '../data/magnesium/forms.ts';
import { findAmounts, round } from './text/amount.ts';
import { formIn } from './text/compound.ts';
import { findCandidates, looseCandidates, titleCandidates, type Candidate, TIER } from './text/candidates.ts';
import { parseDirections } from './text/directions.ts';
import {
  DOSE_FORM_RE, HEALTH_CATEGORY_RE, LINE_STARTS_WITH_NAME_RE, MAGNESIUM_WORD_G_RE, MAGNESIUM_WORD_RE, NOT_INGESTIBLE_RE, ORAL_SPRAY_RE, SUPPLEMENT_WORD_RE,
  TOPICAL_RE,
} from './text/patterns.ts';
import { parseServingSize, parseServingsPerContainer } from './text/serving.ts';
import { isDiscrete, sameUnit } from './text/units.ts';

export interface LabelInput {
  url: string;
  /** adapter name */
  source: string;
  pageKind: PageKind;
  title: string | null;
  brand: string | null;
  /** the facts panel, one row per line, cells separated by " | " */
  facts: string | null;
  /** directions / suggested use text */
  directions: string | null;
  /** description or page text (product area only) */
  body: string | null;
  /** the facts panel is known to exist only as an image */
  factsIsImage?: boolean;
  /** the store's category path (breadcrumb), when the page shows one */
  category?: string | null;
}

/** A dose in mg / mcg in a title ("Magnesium Complex 400 mg") marks a supplement. */
const MG_IN_TITLE_RE = /\d\s{0,2}(?:mg|mcg|µg)\b/i;

/** Is this a supplement or medicine at all? A magnesium page whose amount cannot be read is
 *  "unreadable" only then; a fire starter or a bath product that merely names magnesium is
 *  "absent". Signs: a dose form in the title, a health category, a facts panel or facts wording,
 *  supplement wording, directions with dose units. "Do not ingest" or a non-health category
 *  (without a dose form in the title) say it is not. */
function looksLikeSupplement(input: LabelInput, dirs: ReturnType<typeof parseDirections>): boolean {
  // no title found (a text page opening with a sentence): its first words name the product
  const title = input.title ?? (input.body ?? '').slice(0, 120);
  const text = `${input.body ?? ''}\n${input.directions ?? ''}`.slice(0, 200_000);
  if (NOT_INGESTIBLE_RE.test(title) || NOT_INGESTIBLE_RE.test(text)) return false;
  // a facts table with a row for the nutrient (in any supported language) is a label, whatever
  // the breadcrumb says
  if (LINE_STARTS_WITH_NAME_RE.test(input.facts ?? '')) return true;
  const formInTitle = DOSE_FORM_RE.test(title);
  const cat = input.category ?? '';
  const healthCat = cat.length > 0 && HEALTH_CATEGORY_RE.test(cat);
  if (cat.length > 0 && !healthCat && !formInTitle) return false;
  return formInTitle || healthCat || input.factsIsImage === true || MG_IN_TITLE_RE.test(title) || (input.facts ?? '').length > 0 || SUPPLEMENT_WORD_RE.test(text) || SUPPLEMENT_WORD_RE.test(title)
    || dirs.range !== null || dirs.openEnded || DOSE_FORM_RE.test(input.directions ?? '');
}

/** Largest compound weight a single capsule/tablet/softgel/gummy plausibly holds (mg). Above it,
 *  a "Magnesium Glycinate 500 mg" amount cannot be elemental and is read as the compound's weight. */
const MAX_UNIT_FILL_MG = 1500;
/** Same for a scoop / teaspoon / sachet of powder (mg). */
const MAX_MEASURE_FILL_MG = 8000;

function mentions(text: string | null): number {
  if (!text) return 0;
  return (text.slice(0, 200_000).match(MAGNESIUM_WORD_G_RE) ?? []).length;
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

/** No single serving plausibly holds more elemental magnesium than this (mg): a larger figure is a
 *  package total or a misread, never a dose. It is rejected and the next candidate is tried. */
const MAX_SERVING_MG = 1000;

interface Dose {
  mg: number;
  /** the amount is a daily total (stated per day) */
  perDay: boolean;
  basis: 'elemental' | 'compound-estimate' | 'dv-estimate';
  form: CompoundForm | null;
  perUnit: string | null;
  /** units of perUnit the amount is stated for ("per 4 capsules"); 1 when absent */
  perCount: number;
  evidence: Evidence[];
}

function toDose(c: Candidate, unitHint: string | null): Dose {
  const ev: Evidence[] = [{ field: 'perServing', text: clip(c.text, 500) }];
  if (c.kind === 'dv') {
    ev.push({ field: 'dv', text: clip(c.raw, 500) });
    return { mg: c.mg, perDay: c.perDay === true, basis: 'dv-estimate', form: c.form, perUnit: c.perUnit, perCount: c.perCount ?? 1, evidence: ev };
  }
  if (c.kind === 'compound' && c.form) {
    const measure = unitHint !== null && !isDiscrete(unitHint);
    const maxFill = measure ? MAX_MEASURE_FILL_MG : MAX_UNIT_FILL_MG;
    // The elemental reading is the higher one (never understates); keep it while a unit could
    // physically hold that much magnesium as this compound, else estimate from the compound.
    if (c.mg / c.form.share > maxFill) {
      ev.push({ field: 'compound', text: clip(`${c.raw} ${c.form.form} x ${c.form.share * 100}% elemental`, 500) });
      return { mg: round(c.mg * c.form.share), perDay: c.perDay === true, basis: 'compound-estimate', form: c.form, perUnit: c.perUnit, perCount: c.perCount ?? 1, evidence: ev };
    }
    ev.push({ field: 'basis', text: clip(`${c.raw} read as magnesium (a unit cannot be shown to hold only the compound)`, 500) });
  }
  return { mg: c.mg, perDay: c.perDay === true, basis: 'elemental', form: c.form, perUnit: c.perUnit, perCount: c.perCount ?? 1, evidence: ev };
}

/** Picks the dose: explicit elemental before compound, an amount per serving before one per day,
 *  then surer tiers, then first on the page. Facts-panel rows for the element are summed (a panel
 *  may list magnesium from two sources). A figure above MAX_SERVING_MG is rejected (into
 *  `implausible`) and the next candidate is tried. */
function pickDose(cands: Candidate[], unitHint: string | null, implausible: Candidate[]): Dose | null {
  if (cands.length === 0) return null;
  const rank = (c: Candidate): number => (c.kind === 'elemental' ? 2 : c.kind === 'compound' ? 1 : 0);
  const sorted = [...cands].sort((a, b) => rank(b) - rank(a) || Number(a.perDay === true) - Number(b.perDay === true) || b.tier - a.tier || a.pos - b.pos);
  for (const best of sorted) {
    const d = doseFrom(best, cands, unitHint);
    if (d.mg > 0 && d.mg <= MAX_SERVING_MG) return d;
    implausible.push(best);
  }
  return null;
}

function doseFrom(best: Candidate, cands: Candidate[], unitHint: string | null): Dose {
  if (best.tier === TIER.panelRow && best.kind === 'elemental') {
    const rows = new Map<string, Candidate>();
    // rows of one table shape only: a comparison chart's row ("Magnesium per serving | 350 mg |
    // 200 mg | 144 mg", one amount per product) beside a one-column facts row is no second source
    const shape = findAmounts(best.text).length;
    for (const c of cands) if (c.tier === TIER.panelRow && c.kind === 'elemental' && !rows.has(c.text) && findAmounts(c.text).length === shape) rows.set(c.text, c);
    const distinctLines = new Set([...rows.values()].map((c) => c.line));
    if (rows.size > 1 && distinctLines.size === rows.size) {
      const total = [...rows.values()].reduce((s, c) => s + c.mg, 0);
      const d = toDose(best, unitHint);
      d.mg = round(total);
      d.evidence = [...rows.values()].map((c) => ({ field: 'perServing', text: clip(c.text, 500) }));
      return d;
    }
  }
  return toDose(best, unitHint);
}

export function analyze(input: LabelInput): Reading {
  const evidence: Evidence[] = [];
  const base: Reading = {
    nutrient: 'magnesium',
    status: 'absent',
    pageKind: input.pageKind,
    source: input.source,
    product: { name: input.title ? clip(input.title, 300) : null, brand: input.brand ? clip(input.brand, 120) : null },
    perServingMg: null,
    basis: null,
    form: null,
    route: 'oral',
    serving: null,
    servingsPerContainer: null,
    servingsPerDay: null,
    dailyMg: null,
    evidence,
    seen: null,
    confidence: null,
    assumptions: [],
    disagreement: null,
    licence: null,
    reason: null,
  };
  if (input.title) evidence.push({ field: 'product', text: clip(input.title, 500) });
  if (input.pageKind !== 'product' && input.pageKind !== 'other') {
    evidence.push({ field: 'pageKind', text: `not a single product page (${input.pageKind})` });
    return base;
  }

  const facts = input.facts ?? '';
  // on a page, the title is judged once, by the title rules: drop its copies from the page text
  // (in plain text the "title" is only the first line of the text itself)
  const titleKey = (input.title ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const body = titleKey.length > 0 && input.source !== 'text'
    ? (input.body ?? '').split('\n').filter((l) => l.replace(/\s+/g, ' ').trim().toLowerCase() !== titleKey).join('\n')
    : input.body ?? '';
  const directionsText = input.directions ?? '';
  const panel = findCandidates(facts, { panel: true });
  const prose = findCandidates(body);
  const title = titleCandidates(input.title ?? '');
  const loose = looseCandidates(body);
  // a compound title amount may be per capsule or per scoop: the serving unit helps decide
  const serving = parseServingSize(facts, true) ?? parseServingSize(body);
  const all = [...panel.candidates, ...prose.candidates, ...title.candidates, ...loose];
  // a facts panel outranks marketing text: when it names magnesium with an amount, use only it
  const panelOnly = panel.candidates.length > 0 ? panel.candidates : all;

  const dirs = parseDirections(directionsText.length > 0 ? directionsText : body);
  const dirUnit = dirs.range?.unit ?? null;
  const implausible: Candidate[] = [];
  let dose = pickDose(panelOnly, serving?.unit ?? dirUnit, implausible);
  // every panel figure implausible: the prose may still state the amount
  if (!dose && panelOnly !== all) dose = pickDose(all.filter((c) => !panelOnly.includes(c)), serving?.unit ?? dirUnit, implausible);

  const productHasMg = MAGNESIUM_WORD_RE.test(input.title ?? '')
    || all.length > 0
    || (facts.length > 0 && LINE_STARTS_WITH_NAME_RE.test(facts))
    || ((input.title ?? '').length === 0 && mentions(body) >= 3);

  // route
  const routeText = `${input.title ?? ''}\n${dirs.texts.join('\n')}`;
  if (TOPICAL_RE.test(routeText) && !ORAL_SPRAY_RE.test(dirs.texts.join(' '))) base.route = 'topical';

  const spc = parseServingsPerContainer(facts) ?? parseServingsPerContainer(body);
  if (spc) {
    base.servingsPerContainer = spc.count;
    evidence.push({ field: 'servingsPerContainer', text: clip(spc.text, 500) });
  }

  if (!dose) {
    if (!productHasMg || !looksLikeSupplement(input, dirs)) {
      // no magnesium dose here; the directions still tell how many servings a day this product is
      const spdAbsent = servingsPerDayOf(serving, dirs);
      if (spdAbsent) {
        base.servingsPerDay = spdAbsent;
        evidence.push({ field: 'servingsPerDay', text: clip(dirs.range?.text ?? '', 500) });
      }
      return base;
    }
    base.status = 'unreadable';
    const rejected = [...implausible.map((c) => ({ text: c.text, raw: c.raw, why: 'implausible for one serving' })), ...panel.rejected, ...prose.rejected];
    base.seen = title.seen ? `${title.seen} (title)` : rejected[0] ? clip(`${rejected[0].raw} (${rejected[0].why})`, 300) : null;
    if (input.factsIsImage) evidence.push({ field: 'facts', text: 'facts panel is an image' });
    if (base.seen) evidence.push({ field: 'seen', text: clip(base.seen, 500) });
    if (serving) base.serving = { count: serving.count, unit: serving.unit };
    // The directions still say how many servings a day: the popup's form to enter the amount
    // starts from them, never from an assumed one.
    const spdUnreadable = servingsPerDayOf(serving, dirs);
    if (spdUnreadable) {
      base.servingsPerDay = spdUnreadable;
      evidence.push({ field: 'servingsPerDay', text: clip(dirs.range?.text ?? '', 500) });
    }
    return base;
  }

  base.status = 'found';
  // Until the staged engine grades each reading (issue 8), every amount counts as read from text.
  base.confidence = 'text';
  base.perServingMg = dose.mg;
  base.basis = dose.basis;
  base.form = dose.form?.form ?? (input.title ? formIn(input.title)?.form ?? null : null);
  evidence.push(...dose.evidence);

  // serving: as labelled, else one unit when the amount is stated per unit
  let srv: { count: number; unit: string } | null = serving ? { count: serving.count, unit: serving.unit } : null;
  if (serving && dose.perUnit && serving.count !== 1 && sameUnit(serving.unit, dose.perUnit) && dose.basis !== 'dv-estimate') {
    // "je Kapsel 150 mg" against "pro Tagesdosis (2 Kapseln)": the amount says its own unit
    srv = { count: dose.perCount, unit: dose.perUnit };
    evidence.push({ field: 'serving', text: `amount stated per ${dose.perCount > 1 ? `${dose.perCount} ` : ''}${dose.perUnit}` });
  } else if (serving) evidence.push({ field: 'serving', text: clip(serving.text, 500) });
  else if (dose.perUnit) srv = { count: dose.perCount, unit: dose.perUnit };

  let spd: Range | null = null;
  // "Apply 2-3 times daily" names no unit: one serving per intake, only when the serving is known
  const r = dirs.range && (!dirs.range.unitless || srv) ? dirs.range : null;
  if (dose.perDay) {
    // the amount is stated per day: it is the daily total, never multiplied by the directions;
    // the serving is the daily dose ("2 gélules par jour" names its units)
    spd = { min: 1, max: 1 };
    evidence.push({ field: 'servingsPerDay', text: 'amount stated per day: read as one daily serving' });
    if (!serving && r && r.min === r.max) srv = { count: r.min, unit: r.unit };
  } else if (r) {
    evidence.push({ field: 'servingsPerDay', text: clip(r.text, 500) });
    const freqMin = r.min / r.perIntake.min;
    const freqMax = r.max / r.perIntake.max;
    if (srv && sameUnit(srv.unit, r.unit)) {
      spd = { min: r.min / srv.count, max: r.max / srv.count };
    } else if (srv) {
      // directions in another measure than the serving ("scoop" vs "teaspoon"): one intake = one serving
      spd = { min: freqMin, max: freqMax };
    } else if (isDiscrete(r.unit)) {
      // amount not stated per unit nor per labelled serving: read it per unit (never understates)
      srv = { count: 1, unit: r.unit };
      spd = { min: r.min, max: r.max };
      evidence.push({ field: 'serving', text: `serving size not stated; amount read per ${r.unit}` });
    } else {
      srv = { count: r.perIntake.min === r.perIntake.max ? r.perIntake.min : 1, unit: r.unit };
      spd = { min: freqMin, max: freqMax };
    }
  } else if (dirs.openEnded) {
    evidence.push({ field: 'servingsPerDay', text: `open-ended directions: ${clip(dirs.texts[0] ?? '', 400)}` });
  }
  base.serving = srv && srv.count > 0 ? srv : null;
  if (spd) {
    spd = { min: round2(spd.min), max: round2(spd.max) };
    if (spd.min > 0 && spd.min <= spd.max) {
      base.servingsPerDay = spd;
      base.dailyMg = { min: round(dose.mg * spd.min), max: round(dose.mg * spd.max) };
    }
  }
  return base;
}

/** Servings a day from the directions alone (no dose read): per labelled serving, else per unit. */
function servingsPerDayOf(serving: { count: number; unit: string } | null, dirs: ReturnType<typeof parseDirections>): Range | null {
  const r = dirs.range;
  if (!r || (r.unitless && !serving)) return null;
  let spd: Range;
  if (serving && sameUnit(serving.unit, r.unit)) spd = { min: r.min / serving.count, max: r.max / serving.count };
  else if (serving || !isDiscrete(r.unit)) spd = { min: r.min / r.perIntake.min, max: r.max / r.perIntake.max };
  else spd = { min: r.min, max: r.max };
  spd = { min: round2(spd.min), max: round2(spd.max) };
  return spd.min > 0 && spd.min <= spd.max ? spd : null;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
