// The options page in the built extension (dist/), used as a person would: by labels and keys.
// Run after `npm run build`: npx vitest run --project browser test/browser/options.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fullProfile, inExtension, launchExtension, openOptions, repoRoot, servePage, setProfile, waitForBadge, type Loaded } from './harness.ts';

const AXE = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

const PRODUCT_URL = 'https://www.iherb.com/pr/test-brand-magnesium-glycinate-120-capsules/99901';
const PRODUCT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Test Brand, Magnesium Glycinate, 120 Capsules - iHerb</title></head><body>
<div id="product-overview">
  <h1 id="name" data-testid="product-name">Test Brand, Magnesium Glycinate, 120 Capsules</h1>
  <h3>Suggested use</h3>
  <div class="prodOverviewDetail"><p>Take 2 capsules daily with food.</p></div>
  <h3>Supplement Facts</h3>
  <div class="supplement-facts-container"><table>
    <tr><td colspan="3"><strong>Supplement Facts</strong></td></tr>
    <tr><td colspan="3">Serving Size 2 Capsules</td></tr>
    <tr><td colspan="3">Servings Per Container 60</td></tr>
    <tr><td></td><td>Amount Per Serving</td><td>% Daily Value</td></tr>
    <tr><td>Magnesium (as magnesium glycinate)</td><td>200 mg</td><td>48%</td></tr>
  </table></div>
</div></body></html>`;

let loaded: Loaded;

async function storedProfile(): Promise<Record<string, unknown> | undefined> {
  return inExtension(loaded, async () => (await chrome.storage.local.get('profile')).profile as Record<string, unknown> | undefined, null);
}

async function clearStorage(): Promise<void> {
  await inExtension(loaded, async () => {
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
  }, null);
}

/**
 * Opens a store page and finds its tab through the background's per-tab state in
 * storage.session (tabs.query returns no url: the extension has no "tabs" permission).
 */
async function openProductTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await loaded.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const tabId = await inExtension(loaded, async (u) => {
      const all = await chrome.storage.session.get(null);
      // (a tab's state, tab:<id>; the reading kept for its text, read:<id>, names the page too)
      const state = Object.entries(all).find(([k, s]) => k.startsWith('tab:') && (s as { url?: string }).url === u)?.[1] as { tabId: number } | undefined;
      return state?.tabId ?? -1;
    }, url);
    if (tabId >= 0) return { page, tabId };
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the background never recorded a reading for ${url}`);
}

async function axeViolations(page: Page): Promise<string[]> {
  // The page's CSP forbids inline scripts (so addScriptTag cannot be used); evaluate bypasses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

async function save(page: Page): Promise<void> {
  await page.locator('#status').evaluate((el) => { el.textContent = ''; });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.locator('#status').textContent()).toContain('Saved');
}

beforeAll(async () => {
  loaded = await launchExtension();
});

afterAll(async () => {
  await loaded?.close();
});

describe('options page', () => {
  it('opens once after install with the welcome text', async () => {
    // (launchExtension has waited for it: test/browser/harness.ts installTabOpened)
    const welcome = loaded.context.pages().find((p) => p.url().includes('welcome=1'));
    expect(welcome, 'the background opens the options page with ?welcome=1 on install').toBeTruthy();
    const card = welcome!.getByRole('region', { name: 'Welcome to Dose Guard' });
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('What it stores');
    expect(text).toContain('on this device');
    expect(text).toContain('Not medical advice');
    await welcome!.close();
  });

  it('keeps what a user fills in across a reload, and saves nothing while a field is invalid', async () => {
    await clearStorage();
    const page = await openOptions(loaded);
    await page.getByLabel('Age', { exact: true }).fill('130');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const age = page.getByLabel('Age', { exact: true });
    await expect.poll(() => age.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#age-error').textContent()).toContain('from 0 to 120');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('age');
    expect(await storedProfile(), 'an invalid field blocks the whole save').toBeUndefined();

    await age.fill('67');
    expect(await age.getAttribute('aria-invalid'), 'the message goes once it is fixed').toBeNull();
    await page.getByLabel('Female').check();
    await page.getByLabel('Osteoporosis or osteopenia').check();
    await page.getByLabel('Proton pump inhibitors for heartburn or reflux').check();
    await page.getByLabel('United Kingdom').check();
    await page.getByLabel('Limit set by your doctor (optional)').fill('300');

    await page.getByRole('button', { name: 'Add a supplement or medicine' }).click();
    const first = page.locator('.stack-row').nth(0);
    await first.getByLabel('Name').fill('Magnesium glycinate');
    await first.getByLabel('Magnesium per day').fill('150');
    await page.getByRole('button', { name: 'Add a supplement or medicine' }).click();
    const second = page.locator('.stack-row').nth(1);
    await second.getByLabel('Name').fill('Milk of magnesia');
    await second.getByLabel('Per serving, as on the label').check();
    await second.getByLabel('Magnesium per serving', { exact: true }).fill('41.5');
    await second.getByLabel('Tablets or capsules you take a day').fill('2');
    await second.getByLabel('This is a medicine (an antacid or laxative)').check();
    expect(await second.locator('.daily').textContent()).toContain('83 mg');
    expect(await page.locator('#stack-total').textContent()).toContain('233 mg');

    await page.getByLabel('Show a small note on product pages').uncheck();
    await page.getByLabel('Amazon').uncheck();
    await save(page);

    const stored = await storedProfile();
    expect(stored).toMatchObject({
      schemaVersion: 2, ageYears: 67, sex: 'female', pregnant: false, lactating: false,
      conditions: ['osteoporosis'], medications: ['ppi'], standard: 'uk', doctorLimitMg: 300,
      stack: [{ name: 'Magnesium glycinate', dailyMg: 150 }, { name: 'Milk of magnesia', dailyMg: 83, medicine: true }],
      settings: { pageNotes: false, disabledStores: ['amazon'] },
    });

    await page.reload();
    await page.locator('.stack-row').nth(1).waitFor();
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('67');
    expect(await page.getByLabel('Female').isChecked()).toBe(true);
    expect(await page.getByLabel('Osteoporosis or osteopenia').isChecked()).toBe(true);
    expect(await page.getByLabel('Proton pump inhibitors for heartburn or reflux').isChecked()).toBe(true);
    expect(await page.getByLabel('United Kingdom').isChecked()).toBe(true);
    expect(await page.getByLabel('Limit set by your doctor (optional)').inputValue()).toBe('300');
    expect(await page.locator('.stack-row').nth(0).getByLabel('Name').inputValue()).toBe('Magnesium glycinate');
    expect(await page.locator('.stack-row').nth(1).getByLabel('Magnesium per day').inputValue()).toBe('83');
    expect(await page.locator('.stack-row').nth(1).getByLabel('This is a medicine (an antacid or laxative)').isChecked()).toBe(true);
    expect(await page.getByLabel('Show a small note on product pages').isChecked()).toBe(false);
    expect(await page.getByLabel('Amazon').isChecked()).toBe(false);
    expect(await page.getByLabel('iHerb').isChecked()).toBe(true);

    // Removing an item and saving keeps the other one, with its id.
    const ids = (stored!.stack as Array<{ id: string }>).map((i) => i.id);
    await page.locator('.stack-row').nth(0).getByRole('button', { name: 'Remove' }).click();
    await save(page);
    expect(((await storedProfile())!.stack as Array<{ id: string }>).map((i) => i.id)).toEqual([ids[1]]);
    await page.close();
  });

  it('can be filled with the keyboard only', async () => {
    await clearStorage();
    const page = await openOptions(loaded);
    await page.locator('#age').waitFor();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'age'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('age');
    await page.keyboard.type('40');
    await page.keyboard.press('Tab'); // into the sex radio group, on the checked one
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('unspecified');
    await page.keyboard.press('ArrowDown'); // wraps to Female
    await page.keyboard.press('ArrowDown'); // Male
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('male');
    // Jump to "Add" and add an item by keys
    await page.getByRole('button', { name: 'Add a supplement or medicine' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toMatch(/-name$/);
    await page.keyboard.type('Magnesium citrate');
    await page.keyboard.press('Tab'); // amount given as
    await page.keyboard.press('Tab'); // mg per day
    await page.keyboard.type('120');
    await page.keyboard.press('Enter'); // submits the form
    await expect.poll(() => page.locator('#status').textContent()).toContain('Saved');
    expect(await storedProfile()).toMatchObject({ ageYears: 40, sex: 'male', stack: [{ name: 'Magnesium citrate', dailyMg: 120 }] });
    await page.close();
  });

  it('repairs a corrupt stored profile with a message and loses nothing else', async () => {
    await clearStorage();
    await setProfile(loaded, {
      schemaVersion: 1,
      ageYears: 'seventy',
      sex: 'female',
      conditions: ['kidney-disease', 'space-flu'],
      standard: 'eu',
      doctorLimitMg: 200,
      stack: [{ id: 'good', name: 'Magnesium malate', dailyMg: 100 }, { name: 'Broken', dailyMg: 'lots' }],
      settings: { pageNotes: 'maybe', disabledStores: ['walmart'] },
    });
    const page = await openOptions(loaded);
    const notice = page.getByRole('region', { name: 'We repaired your saved profile' });
    await notice.waitFor();
    const text = await notice.textContent();
    // Each answer named by its label on this page.
    expect(text).toContain('We could not read your saved answer to “Age”; it was reset to its default. Everything else was kept.');
    expect(text).toContain('item 2 of “What you already take” in your saved profile');
    expect(text).toContain('“Show a small note on product pages”');
    expect(text).toContain('item 2 of “Conditions” in your saved profile');
    // Everything readable is on the form.
    expect(await page.getByLabel('Female').isChecked()).toBe(true);
    expect(await page.getByLabel('Kidney disease').isChecked()).toBe(true);
    expect(await page.getByLabel('European Union').isChecked()).toBe(true);
    expect(await page.getByLabel('Limit set by your doctor (optional)').inputValue()).toBe('200');
    expect(await page.locator('.stack-row').count()).toBe(1);
    expect(await page.getByLabel('Walmart').isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await save(page);
    expect(await page.locator('#repair-notice').count()).toBe(0);
    expect(await storedProfile()).toEqual({
      schemaVersion: 2, ageYears: null, sex: 'female', pregnant: false, lactating: false,
      conditions: ['kidney-disease'], medications: [], standard: 'eu', doctorLimitMg: 200,
      stack: [{ id: 'good', name: 'Magnesium malate', dailyMg: 100 }],
      settings: { pageNotes: true, disabledStores: ['walmart'] },
    });
    await page.close();
  });

  it('reads a profile stored by an older version (no schemaVersion) and stores it in the current shape on Save', async () => {
    await clearStorage();
    await setProfile(loaded, { age: 72, isPregnant: false, supplements: [{ name: 'Magnesium oxide', mg: 250 }] });
    const page = await openOptions(loaded);
    await page.locator('.stack-row').first().waitFor();
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('72');
    expect(await page.locator('.stack-row').first().getByLabel('Name').inputValue()).toBe('Magnesium oxide');
    expect(await page.locator('#status').textContent()).toContain('older version');
    await save(page);
    expect(await storedProfile()).toMatchObject({ schemaVersion: 2, ageYears: 72, standard: 'auto', stack: [{ id: 'legacy-1', name: 'Magnesium oxide', dailyMg: 250 }] });
    await page.close();
  });

  it('exports, deletes everything, imports back, and refuses a wrong file', async () => {
    await clearStorage();
    const original = {
      schemaVersion: 2, ageYears: 35, sex: 'female', pregnant: true, lactating: false,
      conditions: [], medications: ['levothyroxine'], standard: 'canada', doctorLimitMg: null,
      stack: [{ id: 'a1', name: 'Prenatal', dailyMg: 50, url: 'https://www.iherb.com/pr/prenatal/1' }],
      settings: { pageNotes: true, disabledStores: [] },
    };
    await setProfile(loaded, original);
    await inExtension(loaded, () => chrome.storage.session.set({ 'tab:1': { x: 1 } }), null);
    const page = await openOptions(loaded);
    await page.locator('.stack-row').first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my profile' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dose-guard-profile-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(await import('node:os').then((os) => os.tmpdir()), `dg-export-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toEqual(original);

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => page.locator('#data-status').textContent()).toContain('deleted');
    expect(await inExtension(loaded, () => chrome.storage.local.get(null), null)).toEqual({});
    expect(await inExtension(loaded, () => chrome.storage.session.get(null), null)).toEqual({});
    expect(await page.locator('.stack-row').count()).toBe(0);
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('');

    // A wrong file: a clear error beside the control, the form untouched.
    await page.getByLabel('Import a profile file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    const importError = page.locator('#import-error');
    await expect.poll(() => importError.textContent()).toContain('not a Dose Guard profile');
    expect(await page.getByLabel('Import a profile file').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Import a profile file').setInputFiles({ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x","version":"1"}') });
    await expect.poll(() => importError.textContent()).toContain('none of its fields');
    expect(await storedProfile()).toBeUndefined();

    await page.getByLabel('Import a profile file').setInputFiles(file);
    await page.getByRole('region', { name: /^Loaded dg-export/ }).waitFor();
    expect(await importError.isHidden()).toBe(true);
    expect(await storedProfile(), 'an import is saved only with Save').toBeUndefined();
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('35');
    await save(page);
    expect(await storedProfile()).toEqual(original);
    await page.close();
  });

  it('refuses a file whose keys are only Object methods, leaving the form and the saved profile as they were (issue 9, point 6)', async () => {
    await clearStorage();
    const saved = fullProfile({ ageYears: 71, conditions: ['kidney-disease'] });
    await setProfile(loaded, saved);
    const page = await openOptions(loaded);
    await expect.poll(() => page.getByLabel('Age', { exact: true }).inputValue()).toBe('71');
    const input = page.getByLabel('Import a profile file');
    const importError = page.locator('#import-error');
    for (const text of ['{"constructor": 1}', '{"toString": "x"}', '{"__proto__": {"ageYears": 30}}', '{"schemaVersion": 1}']) {
      await importError.evaluate((el) => { el.textContent = ''; });
      await input.setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => importError.textContent(), { message: text }).toContain('not a Dose Guard profile');
      // The form still shows the saved answers: Save would keep them, not wipe them.
      expect(await page.getByLabel('Age', { exact: true }).inputValue(), text).toBe('71');
      expect(await page.getByLabel('Kidney disease', { exact: false }).isChecked(), text).toBe(true);
    }
    expect(await storedProfile()).toEqual(saved);
    await page.close();
  });

  it('turns an open product tab from within to over the limit when the stack grows, without reloading it', async () => {
    await clearStorage();
    await setProfile(loaded, fullProfile());
    await servePage(loaded.context, PRODUCT_URL, PRODUCT_PAGE);
    const { page: product, tabId } = await openProductTab(PRODUCT_URL);
    await product.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    expect(await waitForBadge(loaded, tabId, (t) => t !== '')).toBe('OK');

    const options = await openOptions(loaded);
    await options.getByRole('button', { name: 'Add a supplement or medicine' }).click();
    const row = options.locator('.stack-row').first();
    await row.getByLabel('Name').fill('Magnesium citrate powder');
    await row.getByLabel('Magnesium per day').fill('200');
    await save(options);

    expect(await waitForBadge(loaded, tabId, (t) => t === 'OVER')).toBe('OVER');
    expect(await product.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // And back: removing it brings the badge back to OK.
    await row.getByRole('button', { name: 'Remove' }).click();
    await save(options);
    expect(await waitForBadge(loaded, tabId, (t) => t === 'OK')).toBe('OK');
    await options.close();
    await product.close();
  });

  it('shows an item added from a product page while the form is open, keeping unsaved edits', async () => {
    await clearStorage();
    const page = await openOptions(loaded);
    await page.locator('#age').waitFor();
    // No edits: the page simply follows.
    await setProfile(loaded, fullProfile({ stack: [{ id: 'p1', name: 'From popup', dailyMg: 100 }] }));
    await page.locator('.stack-row').first().waitFor();
    // Unsaved edit, then another item arrives: both are kept.
    await page.getByLabel('Age', { exact: true }).fill('50');
    await setProfile(loaded, fullProfile({ stack: [{ id: 'p1', name: 'From popup', dailyMg: 100 }, { id: 'p2', name: 'Second', dailyMg: 20 }] }));
    await expect.poll(() => page.locator('.stack-row').count()).toBe(2);
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('50');
    await save(page);
    expect(await storedProfile()).toMatchObject({ ageYears: 50, stack: [{ id: 'p1' }, { id: 'p2' }] });
    await page.close();
  });

  it('has no axe-core violations, in light and dark, and a screenshot to look at', async () => {
    await clearStorage();
    await setProfile(loaded, fullProfile({
      ageYears: 58, sex: 'female', conditions: ['osteoporosis'], medications: ['bisphosphonate', 'ppi'],
      stack: [
        { id: 's1', name: 'Magnesium glycinate 120 caps', dailyMg: 200, url: 'https://www.iherb.com/pr/x/1' },
        { id: 's2', name: 'Antacid tablets', dailyMg: 85, medicine: true },
      ],
      settings: { pageNotes: true, disabledStores: [] },
    }));
    const page = await loaded.context.newPage();
    await page.goto(`chrome-extension://${loaded.extensionId}/src/options/index.html?welcome=1`);
    await page.locator('.stack-row').nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/options.png', fullPage: true });

    // With messages beside fields
    await page.getByLabel('Age', { exact: true }).fill('abc');
    await page.locator('.stack-row').nth(1).getByLabel('Magnesium per day').fill('-3');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('#age-error').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/options-errors.png', fullPage: false });
    await page.locator('#taken').screenshot({ path: '/tmp/options-stack.png' });

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/options-dark.png', fullPage: true });

    // 200% zoom: no sideways scrolling at a 1280 px window.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 640, height: 450 }); // the CSS size of a 1280 x 900 window at 200%
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/options-200.png', fullPage: false });
    await page.close();
  });
});

describe('options page: the label, the amount and who is asked what', () => {
  it('shows both ways to give an amount whole, at any width (the old menu cut its longer choice off)', async () => {
    await clearStorage();
    await setProfile(loaded, { schemaVersion: 1, stack: [{ id: 's1', name: 'Calcium + D3 chewable', dailyMg: 50 }] });
    const page = await openOptions(loaded);
    await page.locator('.stack-row').first().waitFor();
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      const row = page.locator('.stack-row').first();
      expect(await row.locator('select').count(), 'no menu to cut a choice off').toBe(0);
      for (const label of await row.locator('fieldset.mode label').all()) {
        const clipped = await label.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const card = el.closest('.stack-row')!.getBoundingClientRect();
          return el.scrollWidth > el.clientWidth + 1 || box.right > card.right || box.left < card.left;
        });
        expect(clipped, `${await label.textContent()} at ${width} px`).toBe(false);
      }
    }
    await page.close();
  });

  it('asks how many tablets or capsules a serving is: 300 mg per 3 tablets, 2 tablets a day is 200 mg a day', async () => {
    await clearStorage();
    const page = await openOptions(loaded);
    await page.getByRole('button', { name: 'Add a supplement or medicine' }).click();
    const row = page.locator('.stack-row').first();
    await row.getByLabel('Name').fill('Magnesium tablets');
    await row.getByLabel('Per serving, as on the label').check();
    await row.getByLabel('Magnesium per serving', { exact: true }).fill('300');
    await row.getByLabel('Tablets or capsules per serving').fill('3');
    await row.getByLabel('Tablets or capsules you take a day').fill('2');
    expect(await row.locator('.daily').textContent()).toBe('= 200 mg a day');
    await save(page);
    expect((await storedProfile())?.stack).toEqual([expect.objectContaining({ name: 'Magnesium tablets', dailyMg: 200 })]);
    await page.close();
  });

  it('asks about pregnancy and breastfeeding only from 12 to 55 and not for a male profile; a hidden answer is not saved', async () => {
    await clearStorage();
    await setProfile(loaded, { schemaVersion: 1, ageYears: 30, sex: 'female', pregnant: true });
    const page = await openOptions(loaded);
    const question = page.getByRole('group', { name: 'Pregnancy' });
    await page.getByLabel('Age', { exact: true }).waitFor();
    expect(await question.isVisible()).toBe(true);
    expect(await page.getByLabel('I am pregnant').isChecked()).toBe(true);
    for (const [age, shown] of [['70', false], ['56', false], ['55', true], ['12', true], ['8', false], ['', true]] as const) {
      await page.getByLabel('Age', { exact: true }).fill(age);
      expect(await question.isVisible(), `age "${age}"`).toBe(shown);
    }
    await page.getByLabel('Age', { exact: true }).fill('30');
    await page.getByLabel('Male', { exact: true }).check();
    expect(await question.isVisible()).toBe(false);
    await page.getByLabel('Female', { exact: true }).check();
    expect(await question.isVisible()).toBe(true);
    // At 70 the question is gone, and so is its answer when saved.
    await page.getByLabel('Age', { exact: true }).fill('70');
    await save(page);
    expect(await storedProfile()).toMatchObject({ ageYears: 70, pregnant: false, lactating: false });
    await page.close();
  });

  it('helps read a label: a drawn Supplement Facts panel with the serving size, the magnesium row, %DV and the compound explained', async () => {
    await clearStorage();
    const page = await openOptions(loaded);
    const help = page.locator('#label-help');
    await help.locator('summary', { hasText: 'How to read a label' }).click();
    const drawing = page.getByRole('img', { name: /A drawn Supplement Facts panel/ });
    expect(await drawing.isVisible()).toBe(true);
    const drawn = await drawing.evaluate((svg) => svg.textContent ?? '');
    for (const part of ['Supplement Facts', 'Serving Size 2 Capsules', 'Magnesium', '200 mg', '% Daily Value']) expect(drawn).toContain(part);
    // One numbered mark on the drawing for each numbered point under it.
    const marks = await drawing.locator('.mark').count();
    const points = await help.locator('ol.label-points > li').allTextContents();
    expect(marks).toBe(points.length);
    expect(points.join(' ')).toMatch(/elemental magnesium/);
    expect(points.join(' ')).toMatch(/not your own need, not your limit/);
    expect(points.join(' ')).toMatch(/compound's weight/);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
