// A user-facing message as data: a key of public/_locales/<lang>/messages.json and its arguments.
// The pure parts of Dose Guard (the reading engine, the safety rules) say what to tell the user
// with these, never with finished sentences, so that every language renders them the same way
// (src/i18n). Arguments are typed so each is formatted for the reader's locale: a number with the
// locale's decimal mark, an amount in mg, a range, a percentage, a list, or a nested message.
import { lazily, z } from './zod.ts';

export interface NumRange {
  min: number;
  max: number;
}

export type MsgArg =
  /** verbatim text: a product name, a quote from the page (never translated) */
  | string
  /** a plain number, formatted for the locale */
  | number
  /** an amount of the nutrient in mg (or a range of amounts) */
  | { mg: number | NumRange }
  /** a percentage (or a range) */
  | { pct: number | NumRange }
  /** a count or factor range without unit ("1-3") */
  | { range: NumRange }
  /** "a, b and c" in the locale's words */
  | { list: MsgArg[] }
  /** another message, rendered first */
  | Msg;

export interface Msg {
  key: string;
  args?: MsgArg[];
}

/** Shorthand for building a message in code: msg('rules_over_title', { mg: 50 }). */
export function msg(key: string, ...args: MsgArg[]): Msg {
  return args.length ? { key, args } : { key };
}

const NumOrRange = lazily(() => z.union([z.number(), z.object({ min: z.number(), max: z.number() })]));
const KEY = /^[a-z][a-z0-9_]{0,80}$/;

// A getter makes the schema recursive (a message inside a message, an argument inside a list).
export const MsgArgSchema: z.ZodMiniType<MsgArg> = lazily(() => z.union([
  z.string().check(z.maxLength(500)),
  z.number(),
  z.object({ mg: NumOrRange }),
  z.object({ pct: NumOrRange }),
  z.object({ range: z.object({ min: z.number(), max: z.number() }) }),
  z.object({ get list() { return z.array(MsgArgSchema).check(z.maxLength(30)); } }),
  z.object({ key: z.string().check(z.regex(KEY)), get args() { return z.optional(z.array(MsgArgSchema).check(z.maxLength(9))); } }),
])) as z.ZodMiniType<MsgArg>;

export const MsgSchema: z.ZodMiniType<Msg> = lazily(() => z.object({
  key: z.string().check(z.regex(KEY)),
  args: z.optional(z.array(MsgArgSchema).check(z.maxLength(9))),
})) as z.ZodMiniType<Msg>;
