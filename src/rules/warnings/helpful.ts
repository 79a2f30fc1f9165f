// Helpful, not only alarming: how much of the recommended intake this product gives, and for
// osteoporosis the bone facts with food sources (food magnesium has no upper limit). Nothing here
// may read as reassurance where there is no limit, or over it.
import { msg } from '../../core/message.ts';
import type { Warning } from '../../core/assessment.ts';
import type { Range } from '../../core/reading.ts';
import { uniqueSources } from '../../data/sources.ts';
import { mgArg, sentences } from '../format.ts';
import type { RuleContext } from './context.ts';

export function rdaCoverage(ctx: RuleContext): Range | null {
  const p = ctx.dose.dailyMg;
  if (!p) return null;
  return { min: Math.round((p.min / ctx.rda.mg.max) * 100), max: Math.round((p.max / ctx.rda.mg.min) * 100) };
}

const pctArg = (r: Range) => ({ pct: r.min === r.max ? r.min : r });

export function rdaNote(ctx: RuleContext): Warning[] {
  const cov = rdaCoverage(ctx);
  const { dose, rda, level, askDoctor } = ctx;
  if (!cov || !dose.dailyMg || level === 'no-limit') return [];
  // "Food can supply the rest" only while the product is within the limit and below the intake,
  // and never to someone the healthy-people limits do not apply to (kidney disease).
  const rest = (level === 'within-limit' || level === 'near-limit') && cov.max < 100 && !askDoctor;
  return [{
    id: 'rda-coverage',
    severity: 'info',
    title: msg(rda.kind === 'RDA' ? 'rules_rda_title' : 'rules_ai_title', pctArg(cov)),
    detail: sentences(rda.sentence, msg('rules_rda_coverage', mgArg(dose.dailyMg), pctArg(cov)), rest && msg('rules_rda_food_rest')),
    sources: rda.sources,
  }];
}

export function osteoporosis(ctx: RuleContext): Warning[] {
  const { profile, data } = ctx;
  if (!profile.conditions.includes('osteoporosis') || !data.bone) return [];
  const foods = data.foods.value.slice(0, 3).map((f) => msg('rules_food_item', f.food, mgArg({ min: f.mgMin, max: f.mgMax }), f.serving));
  return [{
    id: 'osteoporosis-bone',
    severity: 'info',
    title: msg('rules_bone_title'),
    detail: msg('rules_bone_detail', { pct: data.bone.value.boneSharePct }, { list: foods }),
    sources: uniqueSources(data.bone.sources, data.foods.sources),
  }];
}
