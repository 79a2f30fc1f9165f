// Public entry of the safety rules.
export { evaluate, type EvaluateOptions } from './evaluate.ts';
export type { ManualAmount, ProductDose } from './dose.ts';
export { productDose } from './dose.ts';
export { resolveLimit, type AppliedLimit } from './limit.ts';
export { rdaFor, stageRda } from './rda.ts';
export { levelFor, nearThreshold } from './level.ts';
export { decideVerdict, verdictFacts, type VerdictFacts } from './verdict.ts';
export { RULES, SEVERITY_ORDER, collectWarnings } from './warnings/index.ts';
export { stackItemFor, normalizePageUrl } from './in-stack.ts';
