// What every warning rule reads: the inputs and the figures evaluate() already worked out.
import type { Msg } from '../../core/message.ts';
import type { Level, Warning } from '../../core/assessment.ts';
import type { ResolvedProfile as Profile } from '../../core/profile.ts';
import type { Range, Reading } from '../../core/reading.ts';
import type { NutrientData } from '../../data/nutrients.ts';
import type { ProductDose } from '../dose.ts';
import type { AppliedLimit } from '../limit.ts';
import type { RdaInfo } from '../rda.ts';

/** The limit of the store's own region where it is not the one used (src/rules/evaluate.ts). */
export interface StoreLimit {
  /** the store's host, without "www." ("amazon.de") */
  host: string;
  /** the store's standard's limit at the profile's age */
  limit: AppliedLimit;
  /** the total against it; null when the total or that limit is unknown */
  level: Level | null;
}

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
  /** the store's own region's limit, when the page is on a store of another region; else null */
  store: StoreLimit | null;
}

export type Rule = (ctx: RuleContext) => Warning[];
