// Warnings from the profile's medications and conditions, pregnancy and breastfeeding, and
// high doses of forms that commonly cause diarrhea.
import { msg } from '../../core/message.ts';
import type { Warning } from '../../core/assessment.ts';
import { uniqueSources } from '../../data/sources.ts';
import { sentences } from '../format.ts';
import { stageApplies, stageRda, type Stage } from '../rda.ts';
import { atOrNearLimit } from './limit.ts';
import type { RuleContext } from './context.ts';

export function medications(ctx: RuleContext): Warning[] {
  const taken = new Set(ctx.profile.medications);
  return ctx.data.medications
    .filter((m) => taken.has(m.id))
    .map((m) => ({ id: `interaction-${m.id}`, severity: m.severity, title: m.title, detail: m.detail, sources: m.sources }));
}

export function conditions(ctx: RuleContext): Warning[] {
  const has = new Set(ctx.profile.conditions);
  return ctx.data.conditions
    .filter((c) => has.has(c.id))
    .map((c) => ({ id: `condition-${c.id}`, severity: c.severity, title: c.title, detail: c.detail, sources: c.sources }));
}

export function diarrheaForm(ctx: RuleContext): Warning[] {
  const { reading, data } = ctx;
  const form = reading.form?.toLowerCase();
  if (!form || !atOrNearLimit(ctx)) return [];
  const hit = data.diarrheaForms.value.find((f) => new RegExp(`\\b${f.form}\\b`, 'u').test(form));
  if (!hit) return [];
  return [{
    id: 'diarrhea-form',
    severity: 'caution',
    title: msg('rules_diarrhea_title', hit.name),
    detail: msg('rules_diarrhea_detail', { list: data.diarrheaForms.value.map((f) => f.name) }),
    sources: data.diarrheaForms.sources,
  }];
}

export function lifeStage(ctx: RuleContext): Warning[] {
  const { profile, data, limit } = ctx;
  if (!profile.pregnant && !profile.lactating) return [];
  if (!stageApplies(data, profile)) {
    return [{
      id: 'pregnancy-ignored',
      severity: 'info',
      title: msg('rules_pregnancy_ignored_title'),
      detail: profile.sex === 'male'
        ? msg('rules_pregnancy_ignored_male')
        : msg('rules_pregnancy_ignored_young', data.pregnancyMinAgeYears),
      sources: ['your-profile'],
    }];
  }
  // Pregnancy applies from an age every standard gives a limit for: a missing limit cannot happen.
  if (limit.limitMg === null) return [];
  const L = limit.limitMg;
  const stages: Stage[] = [];
  if (profile.pregnant) stages.push('pregnancy');
  if (profile.lactating) stages.push('lactation');
  return stages.map((stage) => {
    const rda = stageRda(data, profile, stage);
    const pregnancy = stage === 'pregnancy';
    const limitSentence = limit.doctor
      ? msg('rules_stage_limit_doctor', { mg: L })
      : msg(pregnancy ? 'rules_pregnancy_limit' : 'rules_breastfeeding_limit', { mg: L }, limit.label);
    return {
      id: stage,
      severity: 'info' as const,
      title: msg(pregnancy ? 'rules_pregnancy_title' : 'rules_breastfeeding_title', { mg: L }),
      detail: sentences(limitSentence, rda.sentence),
      sources: uniqueSources(limit.sources, rda.sources),
    };
  });
}
