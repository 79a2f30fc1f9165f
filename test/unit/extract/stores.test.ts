// Every store adapter has a fixture page of our own (synthetic, in the store's layout) that it
// reads correctly, so a clone without ../shared tests every adapter; the real pages in
// ../shared/pages are read too when they are there (skipped when absent, except under CI=true).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../src/core/reading.ts';
import { ADAPTERS } from '../../../src/extract/stores/index.ts';
import { readPageFile } from '../../../scripts/lib/read-page.ts';
import { PAGES_DIR, REPO_ROOT, SHARED_PRESENT, SHARED_REQUIRED } from './accuracy-lib.ts';
import { html } from './helpers.ts';

const STORES = path.join(REPO_ROOT, 'test/fixtures/stores');
const shared = SHARED_PRESENT || SHARED_REQUIRED;

interface Case { adapter: string; file: string; url?: string; want: Partial<Reading> }

const CASES: Case[] = [
  { adapter: 'iherb', file: path.join(STORES, 'synthetic_iherb-acme-magnesium-bisglycinate-200mg-120-veggie-capsules.html'),
    url: 'https://www.iherb.com/pr/acme-naturals-magnesium-bisglycinate-200-mg-120-veggie-capsules/990001',
    want: { source: 'iherb', status: 'found', perServingMg: 200, basis: 'elemental', form: 'bisglycinate', serving: { count: 2, unit: 'capsule' }, servingsPerContainer: 60, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 200, max: 200 }, confidence: 'label', product: { name: 'Acme Naturals, Magnesium Bisglycinate, 200 mg, 120 Veggie Capsules', brand: 'Acme Naturals' } } },
  { adapter: 'iherb', file: path.join(PAGES_DIR, 'iherb_california-gold-nutrition-multivitamin-two-a-day-104996.htm'),
    want: { source: 'iherb', status: 'found', perServingMg: 105, basis: 'elemental', serving: { count: 2, unit: 'capsule' }, servingsPerContainer: 30, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 105, max: 105 }, product: { name: 'California Gold Nutrition, Multivitamin and Mineral with Methyl B12, Vitamin C, L-MethylFolate and Quercetin, Two-A-Day, 60 Veggie Capsules', brand: 'California Gold Nutrition' } } },
  { adapter: 'iherb', file: path.join(PAGES_DIR, 'iherb-kr_now-foods-magnesium-calcium-250-tablets_fragment-no-facts.html'),
    want: { source: 'iherb', status: 'unreadable', perServingMg: null } },
  { adapter: 'amazon', file: path.join(PAGES_DIR, 'amazon_elf-skin-holy-hydration-makeup-remover-B0C7SH4S4Z_NEG.html'),
    want: { source: 'amazon', status: 'absent', perServingMg: null } },
  { adapter: 'amazon', file: path.join(STORES, 'synthetic_amazon-calcium-magnesium-zinc-d3-image-facts.html'),
    want: { source: 'amazon', status: 'unreadable', perServingMg: null, seen: '1000 mg, 400 mg, 15 mg' } },
  { adapter: 'vitacost', file: path.join(STORES, 'synthetic_vitacost-now-foods-magnesium-citrate-200mg-250-tablets.html'),
    want: { source: 'vitacost', status: 'found', perServingMg: 400, basis: 'elemental', form: 'citrate', serving: { count: 2, unit: 'tablet' }, servingsPerContainer: 125, servingsPerDay: { min: 1, max: 2 }, dailyMg: { min: 400, max: 800 }, product: { name: 'NOW Foods Magnesium Citrate -- 200 mg - 250 Tablets', brand: 'NOW Foods' } } },
  { adapter: 'walmart', file: path.join(STORES, 'synthetic_walmart-natures-bounty-magnesium-400mg-capsules.html'),
    want: { source: 'walmart', status: 'found', perServingMg: 400, basis: 'elemental', form: 'oxide', serving: { count: 1, unit: 'softgel' }, servingsPerContainer: 75, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 400, max: 400 } } },
  { adapter: 'walmart', file: path.join(PAGES_DIR, 'walmart_hello-kitty-kids-makeup-train-case-5044151132_NEG.html'),
    want: { source: 'walmart', status: 'absent' } },
  { adapter: 'target', file: path.join(STORES, 'synthetic_target-nature-made-magnesium-oxide-250mg-100ct.html'),
    want: { source: 'target', status: 'found', perServingMg: 250, basis: 'elemental', serving: { count: 1, unit: 'tablet' }, servingsPerContainer: 100, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 250, max: 250 }, product: { name: 'Nature Made Magnesium Oxide 250mg Tablets - 100ct', brand: 'Nature Made' } } },
  { adapter: 'target', file: path.join(PAGES_DIR, 'target_search-vitamin_olly-magnesium-gummies-card_NEG.html'),
    want: { source: 'target', status: 'absent', pageKind: 'search' } },
  { adapter: 'shopify', file: path.join(STORES, 'synthetic_shopify-brand-magnesium-bisglycinate-capsules.html'),
    want: { source: 'shopify', status: 'found', perServingMg: 200, basis: 'elemental', form: 'bisglycinate', serving: { count: 2, unit: 'capsule' }, servingsPerContainer: 60, servingsPerDay: { min: 1, max: 2 }, dailyMg: { min: 200, max: 400 }, product: { name: 'Magnesium Bisglycinate', brand: 'Example Wellness Co.' } } },
  { adapter: 'generic', file: path.join(PAGES_DIR, 'naturesanswer_category-minerals_NEG.html'),
    want: { source: 'generic', status: 'absent', pageKind: 'category' } },
  { adapter: 'generic', file: path.join(STORES, 'synthetic_generic-woocommerce-magnesium-malate.html'),
    want: { source: 'generic', status: 'found', perServingMg: 150, basis: 'elemental', servingsPerDay: { min: 2, max: 2 }, dailyMg: { min: 300, max: 300 } } },
];

describe('store adapters read their fixture pages', () => {
  it('every adapter has a synthetic fixture page of our own', () => {
    for (const a of ADAPTERS) {
      const own = CASES.filter((c) => c.adapter === a.name && c.file.startsWith(STORES) && existsSync(c.file));
      expect(own.length, `adapter ${a.name} has no fixture page of our own`).toBeGreaterThan(0);
    }
  });
  for (const c of CASES) {
    const isShared = c.file.startsWith(PAGES_DIR);
    it.runIf(!isShared || shared)(`${c.adapter}: ${path.basename(c.file)}`, () => {
      expect(existsSync(c.file), `${c.file} missing`).toBe(true);
      expect(readPageFile(c.file, c.url)).toMatchObject(c.want);
    });
  }
});

describe('iHerb\'s localized "Suggested use" headings lead to the directions (issue 8, round 64)', () => {
  const page = (heading: string, use: string, serving: string): string => `<html><head><title>Acme, Magnesio, 120 capsule</title></head><body>
<h1 id="name">Acme, Magnesium Citrate, 120 Capsules</h1>
<section class="product-overview"><details><summary>${heading}</summary><p>${use}</p></details>
<table class="supplement-facts"><tr><td colspan="3">${serving}</td></tr><tr><td>Magnesium (citrate)</td><td>210 mg</td><td>50%</td></tr></table></section></body></html>`;
  it.each([
    ['it', 'Uso consigliato', 'Adulti: assumere 2 capsule una volta al giorno con un pasto.', 'Dimensione porzione: 2 capsule'],
    ['es', 'Uso sugerido', 'Adultos: tomar 2 cápsulas una vez al día con una comida.', 'Tamaño de la porción: 2 cápsulas'],
    ['fr', 'Utilisation suggérée', 'Adultes : prendre 2 gélules une fois par jour avec un repas.', 'Portion : 2 gélules'],
    ['pl', 'Sugerowane użycie', 'Dorośli: przyjmować 2 kapsułki raz dziennie z posiłkiem.', 'Wielkość porcji: 2 kapsułki'],
    ['nl', 'Aanbevolen gebruik', 'Volwassenen: neem 2 capsules eenmaal per dag bij een maaltijd.', 'Portie: 2 capsules'],
  ] as const)('%s: "%s"', (lang, heading, use, serving) => {
    const r = html(`https://${lang}.iherb.com/pr/acme-magnesium-citrate-120-capsules/99001`, page(heading, use, serving));
    expect(r).toMatchObject({ perServingMg: 210, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 210, max: 210 } });
  });
});
