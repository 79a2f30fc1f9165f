// What every warning rule reads: the inputs and the figures evaluate() already worked out.
import type { Level, Warning } from '../../core/assessment.ts';
import type { Profile } from '../../core/profile.ts';
import type { Range, Reading } from '../../core/reading.ts';
import type { NutrientData } from '../../data/nutrients.ts';
import type { ProductDose } from '../dose.ts';
import type { AppliedLimit } from '../limit.ts';
import type { RdaInfo } from '../rda.ts';

export interface RuleContext {
  data: NutrientData;
  reading: Reading;
  profile: Profile;
  dose: ProductDose;
  limit: AppliedLimit;
  rda: RdaInfo;
  stackMg: number;
  /** product + stack (or the stack alone when the product is in it); null when unknown */
  total: Range | null;
  inStack: boolean;
  level: Level;
}

export type Rule = (ctx: RuleContext) => Warning[];
