// The fuzz (npm run fuzz, a sample of it in CI with a new seed each run) must fail only for Dose
// Guard's own faults: the harness has to make every input it is asked for. A CI run failed on a
// harness fault: a mutated message's array given an own "length" that no length can be (an object
// that cannot be made a number), which threw before the input reached Dose Guard.
import { describe, expect, it } from 'vitest';
import { addOwnKey, inputFor } from '../../../scripts/lib/fuzz-inputs.ts';

describe('the fuzz harness makes every input it is asked for', () => {
  it('an array is given no own length (JSON cannot set one); any other key, as JSON.parse makes it', () => {
    const list: unknown[] = [1, 2];
    for (const bad of [{ toString: 'x', valueOf: 1 }, 1e308, -1, 'x']) expect(() => addOwnKey(list, 'length', bad)).not.toThrow();
    expect(list).toEqual([1, 2]);
    const o: Record<string, unknown> = {};
    addOwnKey(o, 'length', { toString: 'x' });
    addOwnKey(o, '__proto__', 1);
    expect(Object.keys(o)).toEqual(['length', '__proto__']);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
  });
  it.each([1223582384, 1, 7, 2 ** 31 - 1])('seed %i: the first 1000 inputs of each target', (seed) => {
    for (const target of ['text', 'document', 'profile', 'import', 'messages']) {
      for (let i = 0; i < 1000; i++) expect(() => inputFor(target, seed, i), `${target} #${i}`).not.toThrow();
    }
  });
});
