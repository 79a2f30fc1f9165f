// The `check` command end to end, as a child process, on label-text fixtures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fx = (name: string) => `test/fixtures/rules/${name}`;
const tsx = `${root}node_modules/.bin/tsx`;
const ready = existsSync(`${root}scripts/lib/read-page.ts`);

function check(...args: string[]) {
  const r = spawnSync(tsx, ['scripts/check.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: r.status === 0 ? JSON.parse(r.stdout) : null };
}

describe.skipIf(!ready)('npm run check', () => {
  it('2 capsules (200 mg) twice daily: 400 mg, over the US limit, extraction fields at top level', () => {
    const { code, json } = check(fx('citrate-label.txt'), '--profile', fx('adult-us.json'));
    expect(code).toBe(0);
    expect(json.status).toBe('found');
    expect(json.perServingMg).toBe(200);
    const a = json.assessment;
    expect(a.level).toBe('over-limit');
    expect(a.limitMg).toBe(350);
    expect(a.limitSource).toContain('US');
    expect(a.totalDailyMg).toEqual({ min: 400, max: 400 });
    expect(a.warnings[0]).toMatchObject({ id: 'over-limit', severity: 'danger' });
    for (const w of a.warnings) expect(Object.keys(w).sort()).toEqual(['detail', 'id', 'severity', 'source', 'title']);
  });
  it('the same under the UK standard: 400 mg is exactly at the limit (near)', () => {
    expect(check(fx('citrate-label.txt'), '--profile', fx('adult-uk.json')).json.assessment.level).toBe('near-limit');
  });
  it("doctor's limit 600 mg: within, summary says so, interaction listed", () => {
    const a = check(fx('citrate-label.txt'), '--profile', fx('doctor-600.json')).json.assessment;
    expect(a.level).toBe('within-limit');
    expect(a.limitSource).toBe("Your doctor's limit");
    expect(a.warnings.map((w: { id: string }) => w.id)).toEqual(expect.arrayContaining(['doctor-limit', 'interaction-quinolone']));
  });
  it('no directions: one serving assumed; the stack is added', () => {
    const a = check(fx('no-directions-label.txt'), '--profile', fx('stack-250.json')).json.assessment;
    expect(a.totalDailyMg).toEqual({ min: 370, max: 370 });
    expect(a.level).toBe('over-limit');
    expect(a.warnings.map((w: { id: string }) => w.id)).toContain('servings-assumed');
  });
  it('toddler under EU: no-limit', () => {
    expect(check(fx('citrate-label.txt'), '--profile', fx('toddler-eu.json')).json.assessment.level).toBe('no-limit');
  });
  it('no profile: adult US defaults', () => {
    const a = check(fx('citrate-label.txt')).json.assessment;
    expect(a.limitMg).toBe(350);
    expect(a.warnings.map((w: { id: string }) => w.id)).toContain('age-assumed');
  });
  it('a bad field: error naming it, exit 2', () => {
    const r = check(fx('citrate-label.txt'), '--profile', fx('bad-age.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: profile field "ageYears": /m);
    expect(r.stdout).toBe('');
  });
  it('a bad stack item: error naming it, exit 2', () => {
    const r = check(fx('citrate-label.txt'), '--profile', fx('bad-stack.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: profile field "stack[0]"');
  });
  it('an unknown extra field: only a warning', () => {
    const r = check(fx('citrate-label.txt'), '--profile', fx('extra-field.json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: profile field "favouriteColour": unknown field (ignored)');
  });
  it('not JSON: error, exit 2', () => {
    const r = check(fx('citrate-label.txt'), '--profile', fx('not-json.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: profile .* is not valid JSON/);
  });
  it('no input file: usage, exit 2', () => {
    const r = check();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage:');
  });
});

it('check-cli fixtures exist', () => {
  expect(existsSync(`${root}${fx('citrate-label.txt')}`)).toBe(true);
});
