// The engine's narration of one read, for `npm run --silent extract -- FILE --why`: every amount
// found, the stage that kept or rejected it and why, and why the winner won. Collected only when
// asked for (the content script passes no trace), so reading a page costs nothing extra.
// Developer-facing: the reasons are short English phrases, like a parser's debug log, not text
// shown to a shopper.

/** The stages of a read, in order. */
export const STAGES = ['page', 'find', 'tie', 'reject', 'serving', 'choose', 'confidence'] as const;
export type StageName = (typeof STAGES)[number];

export interface TraceEntry {
  stage: StageName;
  /** kept: passed the stage; rejected: dropped by it; chosen: the winner; note: a page-level fact */
  verdict: 'found' | 'kept' | 'rejected' | 'chosen' | 'note';
  /** the amount as printed ("200 mg"), empty for page-level notes */
  amount: string;
  /** where: region and line ("facts:3", "body:12", "title") */
  where: string;
  /** why, in a few words */
  why: string;
  /** the page's words around it */
  quote: string;
}

export class Trace {
  readonly entries: TraceEntry[] = [];

  add(e: TraceEntry): void {
    // a page of a million amounts must not grow the trace without bound
    if (this.entries.length < 5000) this.entries.push(e);
  }

  note(stage: StageName, why: string, quote = ''): void {
    this.add({ stage, verdict: 'note', amount: '', where: '', why, quote });
  }
}

/** The trace as lines of text, one per entry, grouped by stage. */
export function formatTrace(t: Trace): string {
  const out: string[] = [];
  for (const stage of STAGES) {
    const es = t.entries.filter((e) => e.stage === stage);
    if (es.length === 0) continue;
    out.push(`${stage}:`);
    for (const e of es) {
      const head = e.verdict === 'note' ? '  -' : `  ${e.verdict.padEnd(8)} ${e.amount.padEnd(10)} ${e.where.padEnd(9)}`;
      out.push(`${head} ${e.why}${e.quote ? `  «${e.quote.length > 140 ? `${e.quote.slice(0, 139)}…` : e.quote}»` : ''}`);
    }
  }
  return out.join('\n');
}
