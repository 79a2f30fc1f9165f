// Messages as data for the engine (src/core/message.ts's shape). The builder lives here because
// src/core/message.ts also builds zod schemas, which must stay out of the content script's bundle:
// the engine imports only types from src/core.
import type { Msg, MsgArg } from '../core/message.ts';

export type { Msg, MsgArg } from '../core/message.ts';

/** msg('reading_per_unit_assumed', unitMsg('capsule')): a message key and its arguments. */
export function msg(key: string, ...args: MsgArg[]): Msg {
  return args.length ? { key, args } : { key };
}
