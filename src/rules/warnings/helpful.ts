// Helpful, not only alarming: how much of the RDA this product covers, and for osteoporosis the
// bone facts with food sources (food magnesium has no upper limit).
import type { Warning } from '../../core/assessment.ts';
import type { Range } from '../../core/reading.ts';
import { joinSources, mg, mgRange, pctRange, capitalize } from '../format.ts';
import type { RuleContext } from './context.ts';

export function rdaCoverage(ctx: RuleContext): Range | null {
  const p = ctx.dose.dailyMg;
  if (!p) return null;
  return { min: Math.round((p.min / ctx.rda.mg.max) * 100), max: Math.round((p.max / ctx.rda.mg.min) * 100) };
}

export function rdaNote(ctx: RuleContext): Warning[] {
  const cov = rdaCoverage(ctx);
  const { dose, rda, data } = ctx;
  if (!cov || !dose.dailyMg) return [];
  return [{
    id: 'rda-coverage',
    severity: 'info',
    title: `Covers about ${pctRange(cov)} of your ${rda.kind}`,
    detail: `At ${mgRange(dose.dailyMg)} a day this product gives about ${pctRange(cov)} of the ${rda.kind} of ${mgRange(rda.mg)} a day for ${rda.group} (from food and supplements together).${cov.min >= 100 ? '' : ' Food can supply the rest:'} ${cov.min >= 100 ? capitalize(data.name) : data.name} from food has no upper limit.`,
    source: rda.source,
  }];
}

export function osteoporosis(ctx: RuleContext): Warning[] {
  const { profile, data } = ctx;
  if (!profile.conditions.includes('osteoporosis') || !data.bone) return [];
  const foods = data.foods.slice(0, 3).map((f) => `${f.food.toLowerCase()} (${f.mgMin === f.mgMax ? mg(f.mgMin) : `${f.mgMin}-${mg(f.mgMax)}`} per ${f.serving})`);
  return [{
    id: 'osteoporosis-bone',
    severity: 'info',
    title: `Bone: food ${data.name} is not limited`,
    detail: `About ${data.bone.boneSharePct}% of the body's ${data.name} is in bone, and ${data.bone.finding}. The limit counts only supplements and medicines: ${data.name} from food has no upper limit. Good food sources: ${foods.join(', ')}.`,
    source: joinSources(data.bone.source, data.foods[0]?.source ?? ''),
  }];
}

