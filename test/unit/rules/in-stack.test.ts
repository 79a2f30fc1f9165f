import { describe, expect, it } from 'vitest';
import { stackItemFor } from '../../../src/rules/in-stack.ts';
import { reading } from './helpers.ts';

describe('stackItemFor', () => {
  const stack = [
    { name: 'Calm Night Magnesium', dailyMg: 200, url: 'https://www.example.com/p/calm-night/' },
    { name: 'Antacid', dailyMg: 85, medicine: true },
  ];
  it('matches the page address (host + path, case and trailing slash ignored)', () => {
    expect(stackItemFor(stack, reading({ product: { name: 'Other', brand: null } }), 'https://WWW.example.com/p/Calm-Night?ref=x')?.dailyMg).toBe(200);
  });
  it('matches the product name, trimmed and case-insensitive', () => {
    expect(stackItemFor(stack, reading({ product: { name: '  calm night magnesium ', brand: null } }))?.dailyMg).toBe(200);
  });
  it('no match', () => {
    expect(stackItemFor(stack, reading({ product: { name: 'Something else', brand: null } }), 'https://www.example.com/p/other')).toBeUndefined();
    expect(stackItemFor(stack, reading({ product: { name: null, brand: null } }))).toBeUndefined();
  });
});
