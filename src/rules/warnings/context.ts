// What every warning rule reads: the inputs and the figures evaluate() already worked out.
import type { Msg } from '../../core/message.ts';
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
  /** the saved profile's fields that could not be read and took their defaults, in words
   *  ("your age", "your medicines"); empty when the whole profile was read */
  repaired: Msg[];
  /** why the doctor must be asked first: a condition of the profile under which the healthy-people
   *  limits do not apply (kidney disease); null when there is none */
  askDoctor: Msg | null;
}

export type Rule = (ctx: RuleContext) => Warning[];
