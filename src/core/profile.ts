// The stored profile: one schema for the options page, the background, the `check` command and
// export/import. Every field has a safe default and is validated on its own, so one bad field
// never throws the rest away (see src/profile/load.ts, which reports which fields were repaired).
import { z } from './zod.ts';

export const PROFILE_SCHEMA_VERSION = 1;

export const CONDITIONS = ['kidney-disease', 'osteoporosis', 'type-2-diabetes', 'gi-disease', 'alcohol-dependence'] as const;
export const Condition = z.enum(CONDITIONS);
export type Condition = z.infer<typeof Condition>;

export const MEDICATIONS = [
  'bisphosphonate', 'tetracycline', 'quinolone', 'levothyroxine',
  'loop-diuretic', 'thiazide-diuretic', 'potassium-sparing-diuretic', 'ppi',
] as const;
export const Medication = z.enum(MEDICATIONS);
export type Medication = z.infer<typeof Medication>;

export const STANDARDS = ['us', 'eu', 'uk', 'canada'] as const;
export const Standard = z.enum(STANDARDS);
export type Standard = z.infer<typeof Standard>;

export const Sex = z.enum(['female', 'male', 'unspecified']);
export type Sex = z.infer<typeof Sex>;

export const StackItem = z.object({
  id: z.string().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(200),
  /** magnesium per day, mg (elemental) */
  dailyMg: z.number().positive().max(10_000),
  /** where it came from: a product page address when added with "I take this" */
  url: z.string().max(2000).nullable().optional(),
  /** true when it is an antacid or laxative (medicine, not a supplement) */
  medicine: z.boolean().optional(),
});
export type StackItem = z.infer<typeof StackItem>;

export const Settings = z.object({
  /** show the small note on product pages */
  pageNotes: z.boolean(),
  /** store ids the content script may run on */
  disabledStores: z.array(z.string().max(40)).max(50),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { pageNotes: true, disabledStores: [] };

/** Field by field, each with its default. `.catch` makes a bad field fall back instead of failing. */
export const profileFields = {
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION).catch(PROFILE_SCHEMA_VERSION),
  /** null = not given: the evaluation then takes the adult limit and says so */
  ageYears: z.number().min(0).max(120).nullable(),
  sex: Sex,
  pregnant: z.boolean(),
  lactating: z.boolean(),
  conditions: z.array(Condition).max(CONDITIONS.length),
  medications: z.array(Medication).max(MEDICATIONS.length),
  standard: Standard,
  doctorLimitMg: z.number().min(1).max(5_000).nullable(),
  stack: z.array(StackItem).max(100),
  settings: Settings,
} as const;

export const Profile = z.object(profileFields);
export type Profile = z.infer<typeof Profile>;

export const DEFAULT_PROFILE: Profile = {
  schemaVersion: PROFILE_SCHEMA_VERSION,
  ageYears: null,
  sex: 'unspecified',
  pregnant: false,
  lactating: false,
  conditions: [],
  medications: [],
  standard: 'us',
  doctorLimitMg: null,
  stack: [],
  settings: DEFAULT_SETTINGS,
};
