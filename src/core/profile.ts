// The stored profile: one schema for the options page, the background, the `check` command and
// export/import. Every field has a safe default and is validated on its own, so one bad field
// never throws the rest away (see src/profile/load.ts, which reports which fields were repaired).
import { z } from './zod.ts';

export const PROFILE_SCHEMA_VERSION = 2;

export const CONDITIONS = ['kidney-disease', 'osteoporosis', 'type-2-diabetes', 'gi-disease', 'alcohol-dependence'] as const;
export const Condition = z.enum(CONDITIONS);
export type Condition = z.infer<typeof Condition>;

export const MEDICATIONS = [
  'bisphosphonate', 'tetracycline', 'quinolone', 'levothyroxine',
  'loop-diuretic', 'thiazide-diuretic', 'potassium-sparing-diuretic', 'ppi',
  'integrase-inhibitor', 'eltrombopag', 'gabapentin', 'penicillamine',
] as const;
export const Medication = z.enum(MEDICATIONS);
export type Medication = z.infer<typeof Medication>;

export const STANDARDS = ['us', 'eu', 'uk', 'canada'] as const;
export const Standard = z.enum(STANDARDS);
export type Standard = z.infer<typeof Standard>;

/** What the profile stores: a standard the user chose, or "auto", which follows the browser's
 *  language and region (src/rules/region.ts) until the user chooses one (issue 11). */
export const STANDARD_CHOICES = ['auto', ...STANDARDS] as const;
export const StandardChoice = z.enum(STANDARD_CHOICES);
export type StandardChoice = z.infer<typeof StandardChoice>;

export const Sex = z.enum(['female', 'male', 'unspecified']);
export type Sex = z.infer<typeof Sex>;

export const StackItem = z.object({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** magnesium per day, mg (elemental) */
  dailyMg: z.number().check(z.positive(), z.maximum(10_000)),
  /** where it came from: a product page address when added with "I take this" */
  url: z.optional(z.nullable(z.string().check(z.maxLength(2000)))),
  /** true when it is an antacid or laxative (medicine, not a supplement) */
  medicine: z.optional(z.boolean()),
});
export type StackItem = z.infer<typeof StackItem>;

export const Settings = z.object({
  /** show the small note on product pages */
  pageNotes: z.boolean(),
  /** store ids the content script may run on */
  disabledStores: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(50)),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { pageNotes: true, disabledStores: [] };

/** Field by field, each with its default. `z.catch` makes a bad field fall back instead of failing. */
export const profileFields = {
  schemaVersion: z.catch(z.literal(PROFILE_SCHEMA_VERSION), PROFILE_SCHEMA_VERSION),
  /** null = not given: the evaluation then takes the adult limit and says so */
  ageYears: z.nullable(z.number().check(z.minimum(0), z.maximum(120))),
  sex: Sex,
  pregnant: z.boolean(),
  lactating: z.boolean(),
  conditions: z.array(Condition).check(z.maxLength(CONDITIONS.length)),
  medications: z.array(Medication).check(z.maxLength(MEDICATIONS.length)),
  standard: StandardChoice,
  doctorLimitMg: z.nullable(z.number().check(z.minimum(1), z.maximum(5_000))),
  stack: z.array(StackItem).check(z.maxLength(100)),
  settings: Settings,
} as const;

export const Profile = z.object(profileFields);
export type Profile = z.infer<typeof Profile>;

/** A profile whose standard is settled (auto resolved): what the safety rules read. */
export type ResolvedProfile = Omit<Profile, 'standard'> & { standard: Standard };

export const DEFAULT_PROFILE: Profile = {
  schemaVersion: PROFILE_SCHEMA_VERSION,
  ageYears: null,
  sex: 'unspecified',
  pregnant: false,
  lactating: false,
  conditions: [],
  medications: [],
  standard: 'auto',
  doctorLimitMg: null,
  stack: [],
  settings: DEFAULT_SETTINGS,
};
