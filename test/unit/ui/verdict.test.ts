import { describe, expect, it } from 'vitest';
import { LEVEL_LOOK, lookFor, formatRange } from '../../../src/ui/verdict.ts';
import type { Warning } from '../../../src/core/assessment.ts';

const kidney: Warning = { id: 'condition-kidney-disease', severity: 'danger', title: 'Kidney disease', detail: '', source: 'IOM 1997' };
const interaction: Warning = { id: 'interaction-ppi', severity: 'info', title: 'PPI', detail: '', source: 'FDA 2011' };

describe('what the badge, popup and note show', () => {
  it('never shows a green OK when a warning says to ask a doctor first', () => {
    expect(lookFor({ level: 'within-limit', warnings: [kidney] }).badge).toBe('ASK');
    expect(lookFor({ level: 'near-limit', warnings: [kidney] }).badge).toBe('ASK');
  });
  it('keeps OVER and ? as they are: they already say to stop and look', () => {
    expect(lookFor({ level: 'over-limit', warnings: [kidney] }).badge).toBe('OVER');
    expect(lookFor({ level: 'unknown', warnings: [kidney] }).badge).toBe('?');
  });
  it('shows the level itself when nothing outranks it', () => {
    expect(lookFor({ level: 'within-limit', warnings: [interaction] })).toEqual(LEVEL_LOOK['within-limit']);
  });
  it('badge texts fit the toolbar (4 characters at most)', () => {
    for (const look of Object.values(LEVEL_LOOK)) expect(look.badge.length).toBeLessThanOrEqual(4);
  });
  it('writes ranges the way a label would', () => {
    expect(formatRange({ min: 100, max: 300 })).toBe('100–300 mg');
    expect(formatRange({ min: 241.3, max: 241.3 })).toBe('241 mg');
    expect(formatRange({ min: 52.5, max: 52.5 })).toBe('52.5 mg');
  });
});

describe('never green when unsure', () => {
  const w = (id: string, severity: Warning['severity'] = 'info'): Warning => ({ id, severity, title: '', detail: '', source: '' });
  it('is not green when one serving a day is only assumed', () => {
    const look = lookFor({ level: 'within-limit', warnings: [w('servings-assumed', 'caution')] });
    expect(look.badge).toBe('OK?');
    expect(look.color).not.toBe(LEVEL_LOOK['within-limit'].color);
    expect(look.headline).toMatch(/1 serving a day/);
  });
  it('is not green when the amount was estimated from a compound weight', () => {
    const look = lookFor({ level: 'within-limit', warnings: [w('compound-estimate', 'caution')] });
    expect(look.badge).toBe('OK?');
    expect(look.headline).toMatch(/compound/);
  });
  it('asks to check the profile when part of it could not be read', () => {
    expect(lookFor({ level: 'within-limit', warnings: [w('profile-repaired', 'warning')] }).badge).toBe('!');
  });
  it('does not present "no limit for this age" as reassurance', () => {
    const look = lookFor({ level: 'no-limit', warnings: [] });
    expect(look.badge).toBe('ASK');
    expect(look.headline).toMatch(/paediatrician/);
  });
});
