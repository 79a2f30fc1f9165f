import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/profile.ts';
import { MESSAGES, emptyRow, formToProfile, profileToForm, rowDailyMg, type FormValues } from '../../../src/profile/form.ts';

const ids = () => { let n = 0; return () => `id-${++n}`; };

const profile: Profile = {
  ...DEFAULT_PROFILE,
  ageYears: 61,
  sex: 'female',
  conditions: ['kidney-disease'],
  medications: ['bisphosphonate'],
  standard: 'canada',
  doctorLimitMg: 200,
  stack: [{ id: 'a', name: 'Mag', dailyMg: 120, url: 'https://www.iherb.com/pr/a/1' }, { id: 'b', name: 'Milk of magnesia', dailyMg: 500, medicine: true }],
  settings: { pageNotes: false, disabledStores: ['walmart', 'someday-store'] },
};

function values(patch: Partial<FormValues> = {}): FormValues {
  return { ...profileToForm(DEFAULT_PROFILE), ...patch };
}

describe('profile <-> form', () => {
  it('round-trips a profile unchanged (ids, urls, unknown store ids kept)', () => {
    const result = formToProfile(profileToForm(profile), ids());
    expect(result).toEqual({ ok: true, profile });
  });

  it('gives new stack rows an id', () => {
    const row = { ...emptyRow(), name: 'New', mgPerDay: '50' };
    const result = formToProfile(values({ stack: [row] }), ids());
    expect(result.ok && result.profile.stack).toEqual([{ id: 'id-1', name: 'New', dailyMg: 50 }]);
  });

  it('computes mg per serving x servings per day (one tablet a serving)', () => {
    const row = { ...emptyRow(), name: 'Caps', mode: 'serving' as const, mgPerServing: '66.7', unitsPerDay: '3' };
    expect(rowDailyMg(row)).toBe(200.1);
    const result = formToProfile(values({ stack: [row] }), ids());
    expect(result.ok && result.profile.stack[0]?.dailyMg).toBe(200.1);
  });

  it('reads a serving of several tablets as the label gives it: 300 mg per 3 tablets, 2 tablets a day = 200 mg', () => {
    const row = { ...emptyRow(), name: 'Tabs', mode: 'serving' as const, mgPerServing: '300', unitsPerServing: '3', unitsPerDay: '2' };
    expect(rowDailyMg(row)).toBe(200);
    expect(rowDailyMg({ ...row, unitsPerDay: '3' })).toBe(300);
  });

  it('treats empty age and doctor limit as not given', () => {
    const result = formToProfile(values({ age: ' ', doctorLimit: '' }), ids());
    expect(result.ok && [result.profile.ageYears, result.profile.doctorLimitMg]).toEqual([null, null]);
  });
});

describe('validation (nothing saved half-way)', () => {
  it.each(['-1', '121', '120.5', 'thirty', '1,000'])('refuses age %j with the age message', (age) => {
    expect(formToProfile(values({ age }))).toEqual({ ok: false, errors: [{ key: 'age', message: MESSAGES.age }] });
  });

  it.each(['0', '0.5', '120', '45'])('accepts age %j', (age) => {
    expect(formToProfile(values({ age })).ok).toBe(true);
  });

  it.each(['0', '5001', 'lots', '-20'])('refuses a doctor limit of %j', (doctorLimit) => {
    expect(formToProfile(values({ doctorLimit }))).toEqual({ ok: false, errors: [{ key: 'doctorLimit', message: MESSAGES.doctorLimit }] });
  });

  it('refuses pregnant or breastfeeding with sex male', () => {
    expect(formToProfile(values({ sex: 'male', pregnant: true }))).toEqual({ ok: false, errors: [{ key: 'pregnancy', message: MESSAGES.pregnancy }] });
    expect(formToProfile(values({ sex: 'unspecified', lactating: true })).ok).toBe(true);
  });

  it('names each bad stack field by row key and returns no profile', () => {
    const a = { ...emptyRow(), key: 'ra', name: '', mgPerDay: '0' };
    const b = { ...emptyRow(), key: 'rb', name: 'B', mode: 'serving' as const, mgPerServing: 'x', unitsPerServing: '0', unitsPerDay: '99' };
    const c = { ...emptyRow(), key: 'rc', name: 'C', mgPerDay: '20000' };
    const d = { ...emptyRow(), key: 'rd', name: 'D', mode: 'serving' as const, mgPerServing: '5000', unitsPerDay: '3' };
    const result = formToProfile(values({ age: '40', stack: [a, b, c, d] }));
    expect(result).toEqual({
      ok: false,
      errors: [
        { key: 'stack.ra.name', message: MESSAGES.name },
        { key: 'stack.ra.mgPerDay', message: MESSAGES.mg },
        { key: 'stack.rb.mgPerServing', message: MESSAGES.mg },
        { key: 'stack.rb.unitsPerServing', message: MESSAGES.unitsPerServing },
        { key: 'stack.rb.unitsPerDay', message: MESSAGES.unitsPerDay },
        { key: 'stack.rc.mgPerDay', message: MESSAGES.mgHigh },
        { key: 'stack.rd.mgPerServing', message: MESSAGES.mgHigh },
      ],
    });
    expect(rowDailyMg(a)).toBeNull();
  });

  it('trims names and refuses overly long ones', () => {
    const ok = formToProfile(values({ stack: [{ ...emptyRow(), name: '  Mag  ', mgPerDay: '1' }] }), ids());
    expect(ok.ok && ok.profile.stack[0]?.name).toBe('Mag');
    const long = { ...emptyRow(), key: 'r', name: 'x'.repeat(201), mgPerDay: '1' };
    expect(formToProfile(values({ stack: [long] }))).toEqual({ ok: false, errors: [{ key: 'stack.r.name', message: MESSAGES.nameLong }] });
  });

  it('removes duplicate conditions, medications and stores', () => {
    const result = formToProfile(values({ conditions: ['osteoporosis', 'osteoporosis'], medications: ['ppi', 'ppi'], disabledStores: ['amazon', 'amazon'] }));
    expect(result.ok && [result.profile.conditions, result.profile.medications, result.profile.settings.disabledStores])
      .toEqual([['osteoporosis'], ['ppi'], ['amazon']]);
  });
});
