// The `check` command end to end, as a child process, on label-text fixtures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fx = (name: string) => `test/fixtures/rules/${name}`;
const page = (name: string) => `test/fixtures/check/${name}`;
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
    expect(a.limitSource).toBe('US upper limit, 9 years and over');
    expect(a.totalDailyMg).toEqual({ min: 400, max: 400 });
    expect(a.verdict).toEqual({ kind: 'over', badge: 'OVER', headline: 'Over your daily limit', reason: null });
    expect(a.warnings[0]).toMatchObject({ id: 'over-limit', severity: 'caution', title: 'Over your daily limit by 50 mg' });
    // every message rendered in English; every source listed with its full citation
    for (const w of a.warnings) {
      expect(Object.keys(w).sort()).toEqual(['detail', 'id', 'severity', 'sources', 'title']);
      expect(typeof w.title).toBe('string');
      expect(typeof w.detail).toBe('string');
      for (const id of w.sources) expect(json.sources[id].citation.length).toBeGreaterThan(20);
    }
    expect(json.sources['iom-1997'].citation).toContain('Institute of Medicine (1997)');
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
  it('a two-year-old under the EU standard on 300 mg a day: OVER against the US limit of 65 mg, the fallback named', () => {
    const { code, json } = check(page('kids-magnesium-300.txt'), '--profile', page('toddler-eu.json'));
    expect(code).toBe(0);
    const a = json.assessment;
    expect(a.totalDailyMg).toEqual({ min: 300, max: 300 });
    expect(a.limitMg).toBe(65);
    expect(a.verdict.badge).toBe('OVER');
    expect(a.limitSource).toBe('US upper limit, 1 to 3 years, used because the EU sets none for this age');
    expect(a.warnings.find((w: { id: string }) => w.id === 'child-limit').detail).toContain('The EU sets no limit for this age, so the US limit for young children is used.');
  });
  it('an adult with kidney disease on 66 mg a day: ask your doctor, never "within your limit"', () => {
    const { code, stdout, json } = check(page('magnesium-66.txt'), '--profile', page('adult-kidney.json'));
    expect(code).toBe(0);
    const a = json.assessment;
    expect(a.totalDailyMg).toEqual({ min: 66, max: 66 });
    expect(a.verdict).toMatchObject({ kind: 'ask-doctor', badge: 'ASK', headline: 'Ask your doctor before taking this' });
    expect(a.verdict.reason).toContain('With kidney disease the limits for healthy people do not apply');
    expect(stdout).not.toMatch(/within your (daily )?limit/i);
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
