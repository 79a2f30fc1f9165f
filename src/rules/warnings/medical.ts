// Warnings from the profile's medications and conditions, pregnancy and breastfeeding, and
// high doses of forms that commonly cause diarrhea.
import type { Warning } from '../../core/assessment.ts';
import { joinSources, listAnd, mg, mgRange, capitalize } from '../format.ts';
import { stageApplies, stageRda, type Stage } from '../rda.ts';
import { limitPhrase } from '../limit.ts';
import { atOrNearLimit } from './limit.ts';
import type { RuleContext } from './context.ts';

export function medications(ctx: RuleContext): Warning[] {
  const taken = new Set(ctx.profile.medications);
  return ctx.data.medications
    .filter((m) => taken.has(m.id))
    .map((m) => ({ id: `interaction-${m.id}`, severity: m.severity, title: m.title, detail: m.detail, source: m.source }));
}

export function conditions(ctx: RuleContext): Warning[] {
  const has = new Set(ctx.profile.conditions);
  return ctx.data.conditions
    .filter((c) => has.has(c.id))
    .map((c) => ({ id: `condition-${c.id}`, severity: c.severity, title: c.title, detail: c.detail, source: c.source }));
}

export function diarrheaForm(ctx: RuleContext): Warning[] {
  const { reading, data } = ctx;
  const form = reading.form?.toLowerCase();
  if (!form || !atOrNearLimit(ctx)) return [];
  const hit = data.diarrheaForms.value.find((f) => new RegExp(`\\b${f}\\b`, 'u').test(form));
  if (!hit) return [];
  return [{
    id: 'diarrhea-form',
    severity: 'caution',
    title: `High dose of ${data.name} ${hit}: may cause diarrhea`,
    detail: `${capitalize(data.name)} ${listAnd(data.diarrheaForms.value)} are the forms most often reported to cause diarrhea, nausea and cramping at high doses, and this total is close to or over the limit.`,
    source: data.diarrheaForms.source,
  }];
}

export function lifeStage(ctx: RuleContext): Warning[] {
  const { profile, data, limit } = ctx;
  if (!profile.pregnant && !profile.lactating) return [];
  if (!stageApplies(profile)) {
    const why = profile.sex === 'male' ? 'Your profile says male' : 'Your profile gives an age under 9';
    return [{
      id: 'pregnancy-ignored',
      severity: 'info',
      title: 'Pregnancy setting not used',
      detail: `${why}, so the pregnancy and breastfeeding settings are not used. Check your profile in options.`,
      source: data.intakes[0]!.source,
    }];
  }
  const out: Warning[] = [];
  const stages: Stage[] = [];
  if (profile.pregnant) stages.push('pregnancy');
  if (profile.lactating) stages.push('lactation');
  for (const stage of stages) {
    const rda = stageRda(data, profile.ageYears, stage);
    const word = stage === 'pregnancy' ? 'pregnancy' : 'breastfeeding';
    const lim = limit.limitMg === null
      ? `No limit applies (${limit.noLimitReason ?? 'none set'})`
      : limit.doctor
        ? `The limit is ${limitPhrase(limit, mg(limit.limitMg))} a day`
        : `During ${word} the limit for ${data.name} from supplements and medicines stays ${mg(limit.limitMg)} a day (${limit.limitSource})`;
    out.push({
      id: stage,
      severity: 'info',
      title: `${capitalize(word)}: limit ${limit.limitMg === null ? 'none' : mg(limit.limitMg)}, ${rda.kind} ${mgRange(rda.mg)}`,
      detail: `${lim}. The ${rda.kind} for ${rda.group} is ${mgRange(rda.mg)} a day from food and supplements together.`,
      source: limit.doctor ? rda.source : joinSources(limit.standardCitation, rda.source),
    });
  }
  return out;
}

