// The reading engine: the regions an adapter read (or a text page's) through the stages, in
// order, to a Reading. Each stage is a small pure file under stages/:
//   find       every amount that could be a dose (one pre-filter regex per line)
//   tie        each amount to the nutrient, a basis (element, compound, %DV) and a unit
//   reject     one ordered table of reasons an amount is not this product's dose
//   serving    the label's serving size and directions
//   choose     the dose among those kept
//   serving    the serving, servings a day and daily dose for it
//   confidence how sure, and why not
// A generator: it yields between stages and every so many lines or amounts, so the content
// script can run it in slices that never block the page for more than a frame.
import { msg, type Msg } from './msg.ts';
import type { Evidence, Reading } from '../core/reading.ts';
import type { LabelInput } from './input.ts';
import type { Lexicon } from './lexicon.ts';
import { clipName, quote } from './quote.ts';
import { choose, type Choice, type Dose } from './stages/choose.ts';
import { confidenceOf } from './stages/confidence.ts';
import { findStage } from './stages/find.ts';
import { NAME_FIGURE_FACTS_PICTURE, rejectStage, type PageHead } from './stages/reject.ts';
import { aboutNutrient, addressAmounts, saysNoneOfNutrient, headLines, isBundlePage, isNonConsumable, looksLikeSupplement } from './stages/relevance.ts';
import { doseHint, readServing, routeOf, servingForChoice, servingsPerDayOnly, servingStage, type LabelServing } from './stages/serving.ts';
import type { Step } from './stages/step.ts';
import { isDrugLabel, tieStage, type Tied } from './stages/tie.ts';
import { formIn } from './text/compound.ts';
import { isEditorialText, isListingText } from './page-kind.ts';
import { parseDirections } from './text/directions.ts';
import { DAILY_VALUE_NAMED_RE, EU_REFERENCE_FOOTNOTE_RE, FACTS_IMAGE_CUE_RE, NPN_RE } from './text/patterns.ts';
import type { Trace } from './trace.ts';

/** The most assumptions and evidence entries a Reading carries (the schema's bounds). */
const MAX_ASSUMPTIONS = 12;
const MAX_EVIDENCE = 40;

function emptyReading(input: LabelInput, lex: Lexicon): Reading {
  return {
    nutrient: lex.data.nutrient,
    status: 'absent',
    pageKind: input.pageKind,
    source: input.source,
    product: { name: input.title ? clipName(input.title) : null, brand: input.brand ? clipName(input.brand, 120) : null },
    perServingMg: null,
    basis: null,
    form: null,
    route: 'oral',
    serving: null,
    servingsPerContainer: null,
    servingsPerDay: null,
    dailyMg: null,
    evidence: [],
    seen: null,
    confidence: null,
    assumptions: [],
    disagreement: null,
    licence: null,
    reason: null,
  };
}

/** The product text without copies of the title: on a page the title is judged once, by the title
 *  rules (a plain-text page's "title" is only its own first line, so nothing is dropped there). */
function bodyWithoutTitle(input: LabelInput): string {
  const body = input.body ?? '';
  const titleKey = (input.title ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (titleKey.length === 0 || input.source === 'text') return body;
  return body.split('\n').filter((l) => l.replace(/\s+/g, ' ').trim().toLowerCase() !== titleKey).join('\n');
}

/** The input with the directions the stages read: the text under a directions heading where it
 *  states an intake, else the product area's text the adapter gave instead (input.ts). A leaflet's
 *  "Einnahme zusammen mit anderen Arzneimitteln:" heads its interactions, its dose stands under
 *  "3. Wie ist ... einzunehmen?" (issue 8, round 46). */
/** How far into the product text a statement that it holds none of the nutrient is looked for. */
const NONE_SAMPLE = 200_000;

export function withChosenDirections(input: LabelInput): LabelInput {
  if (input.directionsElse == null) return input;
  const { directionsElse, ...rest } = input;
  const headed = rest.directions;
  return { ...rest, directions: headed && parseDirections(headed).range !== null ? headed : directionsElse };
}

/** The product text looked at for a listing or an editorial page. */
const KIND_SAMPLE = 20_000;

/** The input as its page's kind says, where the adapter only guessed the kind (input.kindFromBody):
 *  a product text that shows a listing ("Showing 1-12 of 48 products", sorting over many name and
 *  price groups) or an editorial page (a byline with "Medically reviewed by", an affiliate
 *  disclosure, a comparison of several products each with its own amount) makes the page that kind,
 *  read for nothing, as its adapter would have left it. The adapter runs in the page on a large one
 *  and carries none of these rules (issue 14). */
export function withKindFromBody(input: LabelInput, lex: Lexicon, trace: Trace | null = null): LabelInput {
  if (!input.kindFromBody) return input;
  const { kindFromBody: _guessed, ...rest } = input;
  // (an adapter that named the kind itself after its guess, Amazon's search results, is not overruled)
  if (rest.pageKind !== 'product' && rest.pageKind !== 'other') return rest;
  const sample = (rest.body ?? '').slice(0, KIND_SAMPLE);
  const kind = isListingText(sample) ? 'category' : isEditorialText(sample, lex) ? 'article' : null;
  if (!kind) return rest;
  trace?.note('page', `the product text shows ${kind === 'category' ? 'a listing' : 'an editorial page'}: page kind ${kind}`);
  return { url: rest.url, source: rest.source, pageKind: kind, title: rest.title, brand: rest.brand, facts: null, directions: null, body: null, factsIsImage: false };
}

export function* readSteps(pageInput: LabelInput, lex: Lexicon, trace: Trace | null): Generator<Step, Reading> {
  const input = withChosenDirections(withKindFromBody(pageInput, lex, trace));
  const r = emptyReading(input, lex);
  const evidence = r.evidence;
  if (input.title) evidence.push({ field: 'product', text: quote(input.title) });
  if (input.pageKind !== 'product' && input.pageKind !== 'other') {
    trace?.note('page', `not a single product page (${input.pageKind}): nothing is read`);
    return r;
  }
  const facts = input.facts ?? '';
  const body = bodyWithoutTitle(input);
  if (isNonConsumable(input, body, lex)) {
    trace?.note('page', 'a product of the nutrient that is not eaten (a tool or material, or "not for consumption"): no dose, absent');
    return r;
  }
  if (isBundlePage(input, body)) {
    trace?.note('page', 'a bundle of several products (its title and a heading of its contents say so): no single product\'s dose, absent');
    return r;
  }
  const licence = licenceOf(`${input.title ?? ''}\n${facts}\n${body}`);
  if (licence) {
    r.licence = licence.licence;
    evidence.push({ field: 'licence', text: licence.quote });
  }
  yield 'page';

  const found = yield* findStage({ facts, body, title: input.title ?? '' }, lex, trace);
  yield 'find';
  // (the serving and directions are read before the tie stage, which asks which units they count,
  // and before the reject stage, which asks whether the page says what its amounts are per; the
  // steps still yield in the stages' order)
  const ls = readServing(facts, body, input.directions ?? '');
  const { tied } = yield* tieStage(found, lex, trace, {
    drugLabel: isDrugLabel(facts) || isDrugLabel(body.slice(0, 400_000)),
    // (not where the page names the US Daily Value: its bare "80%*" is of the DV, the higher figure)
    euReference: (EU_REFERENCE_FOOTNOTE_RE().test(facts) || EU_REFERENCE_FOOTNOTE_RE().test(body.slice(0, 400_000)))
      && !DAILY_VALUE_NAMED_RE.test(facts) && !DAILY_VALUE_NAMED_RE.test(body.slice(0, 400_000)),
    titleLine: input.source === 'text' ? input.title : null,
    title: input.title,
    countedUnits: countedUnitsOf(ls),
  });
  yield 'tie';
  const { kept, rejected } = yield* rejectStage(tied, lex, trace, pageHead(input.title, body, input.factsIsImage === true || FACTS_IMAGE_CUE_RE().test(body.slice(0, FACTS_IMAGE_CUE_REACH)), !statesServing(ls)));
  yield 'reject';
  yield 'serving';
  const { dose, refused, other } = choose(kept, doseHint(ls), servingForChoice(ls), lex, trace);
  yield 'choose';

  r.route = routeOf(input.title ?? '', ls, lex);
  if (ls.servingsPerContainer) {
    r.servingsPerContainer = ls.servingsPerContainer.count;
    evidence.push({ field: 'servingsPerContainer', text: quote(ls.servingsPerContainer.text) });
  }
  if (!dose) {
    // (a name's figure set aside because the facts are a picture names a product of the nutrient, on a
    // text page whose name stands below the shop's menus too; round 56: read as absent)
    const namedOverPicture = rejected.some((x) => x.why === NAME_FIGURE_FACTS_PICTURE) ? 1 : 0;
    // (a page that says its product holds none of the nutrient, beside advice and cross-sells that
    // name it, is no product of it: "This product does not contain magnesium"; round 73)
    const statesNone = saysNoneOfNutrient(input, body.slice(0, NONE_SAMPLE), lex);
    if (!refused && (statesNone || !aboutNutrient(input, body, kept.length + namedOverPicture, lex) || !looksLikeSupplement(input, ls.dirs, lex))) {
      trace?.note('page', 'no dose, and not a product of the nutrient: absent');
      // no dose here; the directions still tell how many servings a day this product is
      const only = servingsPerDayOnly(ls);
      if (only) {
        r.servingsPerDay = only.servingsPerDay;
        evidence.push(...only.evidence);
      }
      return r;
    }
    trace?.note('page', 'a product of the nutrient whose amount cannot be read: unreadable');
    return unreadable(r, input, ls, tied, rejected, refused);
  }

  r.status = 'found';
  r.perServingMg = dose.mg;
  r.basis = dose.basis;
  r.form = dose.form?.form ?? null;
  if (!r.form && input.title) r.form = formIn(input.title, lex)?.form ?? null;
  evidence.push(...doseEvidence(dose));
  const s = servingStage(ls, dose, lex.data.caps);
  if (s.implausibleServings !== null) {
    trace?.note('serving', `${s.implausibleServings} servings a day is more than any label means: unreadable`);
    return implausibleServings(r, s.implausibleServings);
  }
  r.serving = s.serving;
  if (s.perServingMg !== undefined) r.perServingMg = s.perServingMg;
  r.servingsPerDay = s.servingsPerDay;
  r.dailyMg = s.dailyMg;
  evidence.push(...s.evidence);
  if (other) {
    r.disagreement = { otherMg: other.mg, quote: quote(other.t.text) };
    evidence.push({ field: 'disagreement', text: quote(other.t.text) });
  }
  const c = confidenceOf(dose, other !== null, lex, input.title);
  r.confidence = c.confidence;
  r.reason = c.reason;
  r.assumptions = dedupe([...dose.assumptions, ...s.assumptions, ...(input.factsIsImage ? [msg('reading_facts_image')] : [])]).slice(0, MAX_ASSUMPTIONS);
  r.evidence = dedupeEvidence(evidence).slice(0, MAX_EVIDENCE);
  trace?.note('confidence', `${c.confidence}${c.reason ? ` (${c.reason.key})` : ''}`);
  yield 'confidence';
  return r;
}

/** How far into the page's text its words for a facts picture are looked for. */
const FACTS_IMAGE_CUE_REACH = 200_000;

/** The page's title and first lines: where it names its own product; and whether its facts panel
 *  is a picture (the adapter saw one, or the text says so). */
function pageHead(title: string | null, body: string, factsImage = false, noServing = false): PageHead {
  return { title: title ?? '', lines: headLines(body), ...(factsImage ? { factsImage } : {}), ...(noServing ? { noServing } : {}) };
}

/** The page says what a serving is or how much to take: a serving size, or directions of any kind
 *  (one counting the units of an intake with no frequency too, "Take 3 capsules with water": the
 *  name's compound is estimated per that unit as before; review of round 48). */
function statesServing(ls: LabelServing): boolean {
  const d = ls.dirs;
  return ls.serving !== null || d.range !== null || d.ceiling !== undefined || d.openEnded || d.countsUnits === true || (d.others?.length ?? 0) > 0;
}

/** The units the label's serving and directions count ("Serving Size 2 Tablets", "Take 2 tablets
 *  daily", a ceiling's "no more than 3 capsules a day"). */
function countedUnitsOf(ls: LabelServing): string[] {
  const d = ls.dirs;
  const units = [ls.serving?.unit, ls.serving?.alt?.unit, d.range?.unit, d.ceiling?.unit, ...(d.others ?? []).map((o) => o.unit)];
  return units.filter((u): u is string => typeof u === 'string' && u.length > 0);
}

/** The page's words for the dose: each row summed, or the row or sentence it came from. */
function doseEvidence(dose: Dose): Evidence[] {
  const out: Evidence[] = dose.rows.map((c) => ({ field: 'perServing', text: quote(c.text) }));
  if (dose.basis === 'dv-estimate' && dose.winner.dvRaw) out.push({ field: 'dv', text: dose.winner.dvRaw });
  return out;
}

/** A product of the nutrient whose amount cannot be read: what was seen instead (the page's own
 *  words only: it is shown in quotes; why it was not used is the reason, a message), and why. */
function unreadable(r: Reading, input: LabelInput, ls: LabelServing, tied: readonly Tied[], rejected: readonly { t: Tied; why: string }[], refused: Choice['refused']): Reading {
  r.status = 'unreadable';
  const titleAmounts = tied.filter((t) => t.tie === 'title' && !rejected.some((x) => x.t === t && x.why === 'package weight in the title'));
  // (an amount the reject stage set aside is never "seen": it is another product's, a reference
  // intake's, a study's ... and shown as a figure of the page it reads as this product's, "The page
  // shows 375 mg" for the Czech reference intake; review of round 24. Only the product's own words
  // are: its title's amounts, or the amount chosen and then refused as no serving's)
  if (titleAmounts.length > 0 && !refused) {
    r.seen = quote(titleAmounts.map((t) => t.raw).join(', '));
    r.evidence.push({ field: 'seen', text: quote(input.title ?? '') });
  } else if (refused) {
    r.seen = quote(refused.t.raw);
    r.evidence.push({ field: 'seen', text: quote(refused.t.text) });
  } else {
    const inAddress = addressAmounts(input.url);
    if (inAddress.length > 0) r.seen = quote(inAddress.map((a) => a.raw).join(', '));
  }
  const reasons: Msg[] = [];
  if (refused?.why === 'malformed') reasons.push(msg('reading_reason_bad_number', refused.t.raw));
  else if (refused) reasons.push(msg('reading_reason_implausible', { mg: refused.mg }));
  else if (input.factsIsImage) reasons.push(msg('reading_reason_facts_image'));
  else if (titleAmounts.length > 0) reasons.push(msg('reading_reason_title_only'));
  else reasons.push(msg('reading_reason_no_amount'));
  r.reason = reasons[0] ?? null;
  if (input.factsIsImage) r.assumptions = [msg('reading_facts_image')];
  if (ls.serving) r.serving = { count: ls.serving.count, unit: ls.serving.unit };
  // The directions still say how many servings a day: the popup's form to enter the amount starts
  // from them, with their words, never from an assumed one (issue 10, point 4).
  const only = servingsPerDayOnly(ls);
  if (only) {
    r.servingsPerDay = only.servingsPerDay;
    r.evidence.push(...only.evidence);
  }
  return r;
}

/** Directions that give more servings a day than a label can mean: no figure is kept. */
function implausibleServings(r: Reading, perDay: number): Reading {
  r.status = 'unreadable';
  r.perServingMg = null;
  r.basis = null;
  r.form = null;
  r.evidence = r.evidence.filter((e) => e.field === 'product' || e.field === 'licence');
  r.reason = msg('reading_reason_implausible_servings', perDay);
  return r;
}

/** A Canadian Natural Product Number ("NPN 80075249", "NPN: 80075249"): a licensed product. */
function licenceOf(text: string): { licence: Reading['licence']; quote: string } | null {
  const m = NPN_RE.exec(text.slice(0, 400_000));
  if (!m) return null;
  return { licence: { scheme: 'ca-npn', number: m[1]! }, quote: quote(m[0]) };
}

function dedupe(ms: Msg[]): Msg[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = JSON.stringify(m);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function dedupeEvidence(es: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return es.filter((e) => {
    const k = `${e.field}\u0000${e.text}`;
    if (seen.has(k) || e.text.length === 0) return false;
    seen.add(k);
    return true;
  });
}
