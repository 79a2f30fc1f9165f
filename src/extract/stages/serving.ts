// Stage 4 and 6, serving and directions: what the label calls a serving ("Serving Size: 2
// Capsules"), how many a container holds, and how many a day the directions give; then, once the
// dose is chosen, the serving the amount is per and the servings a day, so that the daily dose is
// the amount x servings a day. The serving size is read before the dose is chosen (a compound's
// weight per capsule and per scoop are judged differently); the arithmetic after.
import { msg, type Msg } from '../msg.ts';
import type { Evidence, Range } from '../../core/reading.ts';
import type { ServingCaps } from '../../data/reading-data.ts';
import type { Lexicon } from '../lexicon.ts';
import type { DoseHint } from './choose.ts';
import { quote } from '../quote.ts';
import { round } from '../text/amount.ts';
import { parseDirections, type DirectionsResult } from '../text/directions.ts';
import { DIRECTIONS_HEADING_RE, ORAL_SPRAY_RE, TOPICAL_RE } from '../text/patterns.ts';
import { ONE_MEASURES, parseServingSize, parseServingsPerContainer, type ServingSize } from '../text/serving.ts';
import { isDiscrete, sameUnit, volumeMl } from '../text/units.ts';
import { unitMsg } from '../units-msg.ts';
import type { Dose } from './choose.ts';

/** What the label says about servings, read before the dose is chosen. */
export interface LabelServing {
  serving: ServingSize | null;
  /** the region the serving was read in */
  servingIn?: 'facts' | 'body';
  servingsPerContainer: { count: number; text: string } | null;
  dirs: DirectionsResult;
}

/** The serving the choice ranks amounts for: the label's, marked when the directions' day may hold
 *  fewer of its units than one serving ("Take 1 to 3 capsules daily" under "Serving Size: 3
 *  Capsules"): a per-unit column is then the serving they count (round 55). */
export function servingForChoice(ls: LabelServing): (ServingSize & { fewerUnits?: boolean }) | null {
  const s = ls.serving;
  const r = ls.dirs.range;
  if (!s || s.count <= 1 || !r || r.unitless || !sameUnit(r.unit, s.unit) || !(r.min < s.count)) return s;
  return { ...s, fewerUnits: true };
}

/** A line the directions reader reads a dose a day from: it heads no composition's serving. */
export const readsAsDirection = (line: string): boolean => parseDirections(line).range !== null;

export function readServing(facts: string, body: string, directions: string): LabelServing {
  const inFacts = parseServingSize(facts, true, readsAsDirection);
  return {
    serving: inFacts ?? parseServingSize(body, false, readsAsDirection),
    servingIn: inFacts ? 'facts' : 'body',
    servingsPerContainer: parseServingsPerContainer(facts) ?? parseServingsPerContainer(body),
    dirs: directionsOf(directions, body),
  };
}

/** The directions region's reading; when it holds none at all and is no directions block either,
 *  no heading of one on any line (a shop's "How to use" slot filled with the product area's chrome
 *  while its "Suggested Use" stands in the description), the body's (issue 8, round 32: "take 2
 *  capsules twice daily" in a Shopify product JSON's description). A block headed "Directions"
 *  whose words the reader cannot parse ("Two capsules morning and two in the evening") or that
 *  defers to the label ("Adults: as directed") keeps its silence: the body's other sentences, a
 *  child's dose, a maintenance dose, a "just 1 capsule a day" claim, are no adult's day (review of
 *  round 32: 100 mg a day read for 400). */
function directionsOf(directions: string, body: string): DirectionsResult {
  const own = parseDirections(directions.length > 0 ? directions : body);
  if (directions.length === 0 || body.length === 0 || own.range || own.ceiling || own.openEnded || (own.others?.length ?? 0) > 0 || own.texts.length > 0) return own;
  if (directions.split('\n').some((l) => DIRECTIONS_HEADING_RE().test(l.trim()))) return own;
  return parseDirections(body);
}

/** The unit a compound's weight is judged per: the serving's, else the directions'. */
export function unitHint(ls: LabelServing): string | null {
  return ls.serving?.unit ?? ls.dirs.range?.unit ?? null;
}

/** The unit and count of units the label's serving or directions give (the count of units in one
 *  serving, else the most in one intake). */
export function doseHint(ls: LabelServing): DoseHint {
  const r = ls.dirs.range;
  const units = ls.serving?.count ?? (r && !r.unitless ? r.perIntake.max : null);
  return { unit: unitHint(ls), units };
}

/** Applied to the skin (a spray, an oil, a lotion) unless the directions say it is swallowed. */
export function routeOf(title: string, ls: LabelServing, lex: Lexicon): 'oral' | 'topical' {
  const dirText = ls.dirs.texts.join('\n');
  const text = `${title}\n${dirText}`;
  return (TOPICAL_RE.test(text) || lex.oil.test(text)) && !ORAL_SPRAY_RE.test(dirText) ? 'topical' : 'oral';
}

export interface ServingResult {
  /** the directions give more servings a day than any label means (a misreading or a page error):
   *  the page is unreadable, never a verdict */
  implausibleServings: number | null;
  serving: { count: number; unit: string } | null;
  servingsPerDay: Range | null;
  dailyMg: Range | null;
  evidence: Evidence[];
  assumptions: Msg[];
  /** the amount of one labelled serving, when the amount read is per unit of a serving of several
   *  and no directions count them (the one serving a day assumed is all of its units) */
  perServingMg?: number;
}

function directionsEvidence(ls: LabelServing): Evidence[] {
  return (ls.dirs.range?.sources ?? []).map((s) => ({ field: 'servingsPerDay', text: quote(s) }));
}

/** The serving was read from a heading saying what some units contain ("Gehalt in 2 Kapseln:")
 *  that stands below the chosen amount, in the same region: it heads other rows (another product's
 *  card, "Kunden kauften auch"), not the amount's, and names no serving of it. */
function headingBelowDose(ls: LabelServing, dose: Dose): boolean {
  const at = ls.serving?.headAt;
  const line = dose.winner.lineOf;
  return at !== undefined && line.region === (ls.servingIn ?? 'body') && line.start < at;
}

/** The serving, servings a day and daily dose for a chosen dose. */
export function servingStage(ls: LabelServing, dose: Dose, caps: ServingCaps): ServingResult {
  const { dirs } = ls;
  const serving = headingBelowDose(ls, dose) ? null : ls.serving;
  const evidence: Evidence[] = [];
  const assumptions: Msg[] = [];
  // serving: as labelled (in the measure the directions count in, when the label gives both: "2.5 gm
  // (1/2 rounded tsp)" against "1/2 to 1 teaspoon daily"), else one unit when the amount is per unit
  const dirUnit = dirs.range?.unit ?? null;
  const labelled = serving && serving.alt && dirUnit && !sameUnit(serving.unit, dirUnit) && sameUnit(serving.alt.unit, dirUnit) ? serving.alt : serving;
  let srv: { count: number; unit: string } | null = labelled ? { count: labelled.count, unit: labelled.unit } : null;
  // labelled servings in one serving of the amount's own units: a serving counted as such, or an
  // intake with no unit, is the label's serving ("Each scoop contains: 150 mg" under "Serving size:
  // 2 scoops" and "Take one serving daily" is 300 mg, never 150; issue 8, kind 2)
  let unitsPerServing = 1;
  if (serving && dose.perUnit && serving.count !== 1 && sameUnit(serving.unit, dose.perUnit) && dose.basis !== 'dv-estimate') {
    // "je Kapsel 150 mg" against "pro Tagesdosis (2 Kapseln)": the amount says its own unit
    srv = { count: dose.perCount, unit: dose.perUnit };
    if (dose.perCount > 0 && serving.count > dose.perCount) unitsPerServing = serving.count / dose.perCount;
    evidence.push({ field: 'serving', text: quote(dose.winner.text) });
  } else if (serving) evidence.push({ field: 'serving', text: quote(serving.text) });
  else if (dose.perUnit) srv = { count: dose.perCount, unit: dose.perUnit };

  let spd: Range | null = null;
  // "Apply 2-3 times daily" names no unit: one serving per intake, only when the serving is known
  const r = dirs.range && (!dirs.range.unitless || srv) ? dirs.range : null;
  if (dose.perDay) {
    // the amount is stated per day: it is the daily total, never multiplied by the directions;
    // the serving is the daily dose ("2 gélules par jour" names its units)
    spd = { min: 1, max: 1 };
    if (!serving && r && r.min === r.max) srv = { count: r.min, unit: r.unit };
    if (!(r && srv && repeatsDailyUnits(r, srv))) assumptions.push(msg('reading_per_day_one_serving'));
    else {
      // "Per dagdosis (2 capsules): 150 mg" and "neem 1 tot 2 keer per dag 2 capsules": the units
      // the label calls its day's dose are one intake the directions repeat, so the day reaches the
      // directions' most (read as the one day it names, 150 mg understated the 300 mg the label
      // allows; issue 8, round 36); its low end stays the label's own day
      spd = { min: 1, max: r.max / srv.count };
      evidence.push(...directionsEvidence(ls));
    }
  } else if (r) {
    evidence.push(...directionsEvidence(ls));
    const freqMin = r.min / r.perIntake.min;
    const freqMax = r.max / r.perIntake.max;
    const dirMl = volumeMl(r.unit);
    const srvMl = srv ? volumeMl(srv.unit) : null;
    if (srv && sameUnit(srv.unit, r.unit)) {
      spd = { min: r.min / srv.count, max: r.max / srv.count };
    } else if (srv && dirMl !== null && srvMl !== null) {
      // "2 TBSP to 4 TBSP" against "each 5 mL teaspoon": measures of one kind, converted
      spd = { min: nearQuarter((r.min * dirMl) / (srv.count * srvMl)), max: nearQuarter((r.max * dirMl) / (srv.count * srvMl)) };
      assumptions.push(msg('reading_measures_converted', unitMsg(r.unit), unitMsg(srv.unit)));
    } else if (srv && (serving || (dose.perUnit !== null && ONE_MEASURES.has(dose.perUnit))) && r.unit === 'serving') {
      // directions counted in servings themselves ("take 2 servings (2 g) daily" under "Serving size
      // of 1 g"): that many of the labelled servings, never one per intake (review of round 26: read
      // at half the day). (A serving only guessed from a per-unit amount keeps one per intake; but an
      // amount in a table's column of a measure, "Average values | 100g | 1 scoop (7g)", is per the
      // label's serving: "Use 1–2 servings a day" is 1 to 2 of it; round 55.)
      spd = { min: r.min * unitsPerServing, max: r.max * unitsPerServing };
    } else if (srv) {
      // directions in another measure than the serving ("scoop" vs "teaspoon"): one intake = one serving
      spd = { min: freqMin * unitsPerServing, max: freqMax * unitsPerServing };
      // (two measures that convert to no common one, "1 to 2 scoops daily" against "Each level
      // teaspoon (5 g) provides:": one of the directions' measures may hold a serving's, so their
      // count is the most servings read, never one intake; review 25)
      if (!r.unitless && ONE_MEASURES.has(r.unit) && ONE_MEASURES.has(srv.unit)) spd = { min: freqMin, max: Math.max(freqMax, r.max / srv.count) };
      if (!r.unitless) assumptions.push(msg('reading_intake_is_serving', unitMsg(r.unit), unitMsg(srv.unit)));
    } else if (isDiscrete(r.unit)) {
      // amount not stated per unit nor per labelled serving: read it per unit (never understates)
      srv = { count: 1, unit: r.unit };
      spd = { min: r.min, max: r.max };
      assumptions.push(msg('reading_per_unit_assumed', unitMsg(r.unit)));
    } else {
      // a measure and no serving size: one measure is the serving ("2 to 4 level teaspoons daily" =
      // 2 to 4 servings of a teaspoon), or the smallest fraction of one ("1/2 to 1 teaspoon daily" =
      // 1 to 2 servings of 1/2 teaspoon), so a range is never read at its lower end and an amount
      // stated per measure never divided
      // (a millilitre or a gram is no serving: there the smallest intake stays the serving)
      // (directions counted in servings themselves, "1 dosis al día ... o media dosis por la mañana y
      // media por la noche": a serving is one, never its half; issue 8, round 26)
      // (a fluid ounce is counted as a measure is, one a serving: an OTC solution's label states its
      // amount per fluid ounce; a drink whose serving is several ounces reads too high, never too low:
      // left, the review of round 72)
      const bulk = r.unit === 'ml' || r.unit === 'g';
      const one = r.unit === 'serving' ? 1 : bulk ? r.perIntake.min : Math.min(1, r.perIntake.min);
      srv = { count: one, unit: r.unit };
      spd = { min: r.min / one, max: r.max / one };
      if (one === 1 && r.perIntake.min >= 1 && !bulk) assumptions.push(msg('reading_per_unit_assumed', unitMsg(r.unit)));
      else if (r.perIntake.min !== r.perIntake.max && r.unit !== 'serving') assumptions.push(msg('reading_smallest_intake_is_serving', unitMsg(r.unit)));
    }
  } else if (dirs.ceiling && !dirs.openEnded && (srv ? sameUnit(srv.unit, dirs.ceiling.unit) && dirs.ceiling.max >= srv.count : isDiscrete(dirs.ceiling.unit))) {
    // (a maximum below one serving, "Serving Size 2 Scoops" and "Do not exceed 1 scoop per day for
    // children", is another group's or no day of this serving: read as half a serving it put the
    // day below the label's one serving)
    // no directions, only a daily maximum ("Do not exceed 1 stick per day"): one serving a day at
    // least, the most the label allows at most (a measure too, in the label's serving's measure:
    // "Serving Size 1 Scoop" and "Do not exceed 1 scoop per day")
    const c = dirs.ceiling;
    srv = srv ?? { count: 1, unit: c.unit };
    spd = { min: Math.min(1, c.max / srv.count), max: c.max / srv.count };
    evidence.push({ field: 'servingsPerDay', text: quote(c.text) });
    assumptions.push(msg('reading_directions_ceiling_only'));
  } else if (dirs.openEnded) {
    evidence.push({ field: 'servingsPerDay', text: quote(dirs.texts[0] ?? '') });
    assumptions.push(msg('reading_directions_open_ended'));
  }
  if (spd && r && !dose.perDay) {
    const wider = withOtherDirections(spd, r.unitless === true, ls, serving, srv);
    spd = wider.spd;
    for (const t of wider.texts) evidence.push({ field: 'servingsPerDay', text: quote(t) });
  }
  // (no directions: one labelled serving, all its units, is the amount of the one serving assumed)
  let perServingMg: number | undefined;
  if (!spd && unitsPerServing > 1 && serving && !dose.perDay) {
    srv = { count: serving.count, unit: serving.unit };
    perServingMg = round(dose.mg * unitsPerServing);
    evidence.push({ field: 'serving', text: quote(serving.text) });
  }
  const out: ServingResult = { implausibleServings: null, serving: srv && srv.count > 0 ? srv : null, servingsPerDay: null, dailyMg: null, evidence, assumptions, ...(perServingMg !== undefined ? { perServingMg } : {}) };
  if (spd) {
    // (the daily dose from the exact count: a third of a serving is 133.33 mg of 400, never 132)
    const exact = spd;
    spd = { min: roundCount(spd.min), max: roundCount(spd.max) };
    if (spd.max > caps.maxServingsPerDay || !Number.isFinite(spd.max)) out.implausibleServings = spd.max;
    else if (spd.min > 0 && spd.min <= spd.max) {
      out.servingsPerDay = spd;
      out.dailyMg = { min: round(dose.mg * exact.min), max: round(dose.mg * exact.max) };
    }
  }
  return out;
}

/** The directions take, in one intake, exactly the units a per-day amount is stated for ("Per
 *  daily dose (2 capsules)" against "2 capsules 1 to 2 times a day"), and more than once a day at
 *  most: the label's "day" is one intake of them. (An intake of other units, "1 capsule three
 *  times daily" against "per day (3 capsules)", shares the day's units out and adds nothing.) */
function repeatsDailyUnits(r: NonNullable<DirectionsResult['range']>, srv: { count: number; unit: string }): boolean {
  if (r.unitless || !sameUnit(r.unit, srv.unit) || srv.count <= 0) return false;
  return r.perIntake.min === srv.count && r.perIntake.max === srv.count && r.max > srv.count;
}

/** Directions that count intakes only ("Take once daily.") beside others that count the serving's
 *  own measure ("you may take up to 2 scoops daily"), in either order: the day's range covers both,
 *  so a higher allowance is never dropped because it names its unit, or because it names none.
 *  An intake counted without a unit is one serving (as for directions without unit above); one
 *  counted in a unit is converted with the labelled serving only (no conversion guessed). */
function withOtherDirections(spd: Range, rangeUnitless: boolean, ls: LabelServing, serving: ServingSize | null, srv: { count: number; unit: string } | null): { spd: Range; texts: string[] } {
  let out = spd;
  const texts: string[] = [];
  for (const o of ls.dirs.others ?? []) {
    let add: Range | null = null;
    if (rangeUnitless && !o.unitless && serving) {
      const per = sameUnit(serving.unit, o.unit) ? serving : serving.alt && sameUnit(serving.alt.unit, o.unit) ? serving.alt : null;
      if (per && per.count > 0) add = { min: o.min / per.count, max: o.max / per.count };
    } else if (!rangeUnitless && o.unitless && srv) add = { min: o.min, max: o.max };
    if (!add) continue;
    out = { min: Math.min(out.min, add.min), max: Math.max(out.max, add.max) };
    texts.push(o.text);
  }
  return { spd: out, texts };
}

/** Servings a day from the directions alone (no dose read): per labelled serving, else per unit. */
export function servingsPerDayOnly(ls: LabelServing): { servingsPerDay: Range; evidence: Evidence[] } | null {
  const r = ls.dirs.range;
  const s = ls.serving;
  const serving = s && s.alt && r && !sameUnit(s.unit, r.unit) && sameUnit(s.alt.unit, r.unit) ? s.alt : s;
  if (!r || (r.unitless && !serving)) return null;
  let spd: Range;
  if (serving && sameUnit(serving.unit, r.unit)) spd = { min: r.min / serving.count, max: r.max / serving.count };
  else if (serving || !isDiscrete(r.unit)) spd = { min: r.min / r.perIntake.min, max: r.max / r.perIntake.max };
  else spd = { min: r.min, max: r.max };
  spd = { min: roundCount(spd.min), max: roundCount(spd.max) };
  return spd.min > 0 && spd.min <= spd.max ? { servingsPerDay: spd, evidence: directionsEvidence(ls) } : null;
}

/** Servings a day to four decimals: a third of a serving stays 0.3333, not 0.33. */
function roundCount(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/** A count of servings converted between measures, within 3% of a quarter, as that quarter: the
 *  measures a label prints are rounded ("16.9 fl oz" is the "500 mL" bottle; a fluid ounce is 29.6 mL,
 *  printed 30), and one bottle a day is one serving, not 1.014 (the review of round 72). */
const CONVERSION_SLACK = 0.03;
function nearQuarter(x: number): number {
  const q = Math.round(x * 4) / 4;
  return q > 0 && Math.abs(x - q) <= q * CONVERSION_SLACK ? q : x;
}
