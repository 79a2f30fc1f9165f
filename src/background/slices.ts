// Runs the reading engine's stages in the background (issue 14: the page sends what its store's
// adapter read, src/core/messages.ts PageInputMsg, and the stages run here) within a budget. The
// engine's incremental entry point (readInputSteps) yields between its stages; this runs stages
// until a slice has used a few milliseconds, then lets the worker's other events through (a popup
// opening, another tab's message) before the next slice. Past a total budget of its own work it
// gives up: the page gets an "unreadable" reading that says why, and the popup asks for the
// amount, as for any page it cannot read. A page once held one facts cell that kept a thread busy
// for 47 s (issue 9); the message's caps (src/extract/input-caps.ts) bound the input as well.
// Types only from src/core: its runtime code builds zod schemas, which must stay out of the page.
import type { Reading } from '../core/reading.ts';
import { unreadableReading as unreadable } from '../core/unreadable.ts';

export const READ_BUDGET = {
  /** one slice of work: well under a frame (16 ms), so the page stays responsive */
  sliceMs: 5,
  /** all slices together. A cold engine reads the largest real store page in well under a
   *  quarter of this; a warm one in a few milliseconds. */
  totalMs: 1_000,
} as const;

export interface SliceHost {
  /** a monotonic clock, ms */
  now(): number;
  /** resolves once the worker's other events have had their turn */
  yieldToPage(): Promise<void>;
}

/** Gives the worker's other events their turn, and no more. Not setTimeout(0): a chain of timers
 *  set from timers is held back 4 ms each after the fifth (the HTML timer clamp), which made a cold
 *  read of ~30 slices wait about 100 ms more for nothing, and a worker that must finish its read
 *  between two stops has no time to lose (issue 9). A message on a channel is not clamped. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export const workerHost: SliceHost = {
  now: () => performance.now(),
  yieldToPage: nextTask,
};

/** `steps` is the engine's incremental read: what it yields between stages does not matter here. */
export async function readInSlices(steps: Iterator<unknown, Reading, undefined>, host: SliceHost): Promise<Reading> {
  let worked = 0;
  let sliceStart = host.now();
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      const now = host.now();
      if (worked + (now - sliceStart) >= READ_BUDGET.totalMs) {
        steps.return?.(undefined as unknown as Reading);
        return unreadable({ key: 'content_reading_gave_up' });
      }
      if (now - sliceStart >= READ_BUDGET.sliceMs) {
        worked += now - sliceStart;
        await host.yieldToPage();
        sliceStart = host.now();
      }
    }
  } catch (error) {
    // A page we cannot parse must never break the worker, nor pass for one without magnesium:
    // it is reported as unreadable, and the popup asks for the amount.
    console.debug('[Dose Guard] reading failed', error);
    return unreadable({ key: 'content_reading_failed' });
  }
}
