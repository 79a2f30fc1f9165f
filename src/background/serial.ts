// Every change of a tab's state goes through `serial`, one at a time, so two messages or events
// for one tab never interleave (a worker has one queue; a stopped worker loses it, which is why
// every task reads what it needs from storage rather than from a previous task).
let queue: Promise<unknown> = Promise.resolve();

export function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
