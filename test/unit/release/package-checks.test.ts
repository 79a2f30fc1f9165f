// The checks a package passes before it is written: each one on a small package that breaks
// exactly that rule, next to a package that passes them all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage, manifestFiles, MAX_DESCRIPTION_CHARS, MAX_PACKAGE_BYTES, pngSize } from '../../../scripts/lib/package-checks.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const icon128 = readFileSync(path.join(root, 'public/icons/icon-128.png'));
const icon48 = readFileSync(path.join(root, 'public/icons/icon-48.png'));

const MANIFEST = {
  manifest_version: 3,
  name: 'Dose Guard',
  version: '1.2.3',
  default_locale: 'en',
  icons: { 128: 'icons/icon-128.png' },
  action: { default_popup: 'src/popup/index.html', default_icon: { 16: 'icons/icon-128.png' } },
  options_ui: { page: 'src/options/index.html' },
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
  content_scripts: [{ matches: ['https://www.iherb.com/*'], js: ['content.js'] }],
};

function good(): Map<string, Buffer> {
  return new Map([
    ['manifest.json', Buffer.from(JSON.stringify(MANIFEST))],
    ['_locales/en/messages.json', Buffer.from('{}')],
    ['icons/icon-128.png', icon128],
    ['src/popup/index.html', Buffer.from('<script type="module" src="/assets/popup.js"></script><link rel="stylesheet" href="/assets/popup.css">')],
    ['src/options/index.html', Buffer.from('<script type="module" src="../../assets/options.js"></script><a href="#top">Top</a><a href="../../privacy.html">Privacy policy</a><a href="https://example.com/">web</a>')],
    ['privacy.html', Buffer.from('<h1>Privacy</h1>')],
    ['assets/popup.js', Buffer.from('import{a}from"./shared.js";a();')],
    ['assets/options.js', Buffer.from('document.title="x";const o={evaluate(){}};o.evaluate();')],
    ['assets/shared.js', Buffer.from('export const a=()=>1;')],
    ['assets/popup.css', Buffer.from('body{}')],
    ['service-worker-loader.js', Buffer.from("import './assets/shared.js';")],
    ['content.js', Buffer.from('(()=>{})();')],
  ]);
}

function check(files: Map<string, Buffer>, options: { sourcemaps?: boolean; zipBytes?: number } = {}): string[] {
  return checkPackage(files, options.zipBytes ?? 1000, { version: '1.2.3', sourcemaps: options.sourcemaps ?? false });
}

function withManifest(change: (m: Record<string, unknown>) => void): Map<string, Buffer> {
  const m = structuredClone(MANIFEST) as unknown as Record<string, unknown>;
  change(m);
  return good().set('manifest.json', Buffer.from(JSON.stringify(m)));
}

describe('package checks', () => {
  it('pass a package with every named file, a 128 px icon and only local code', () => {
    expect(check(good())).toEqual([]);
  });

  it('list every file the manifest names, the default locale included', () => {
    expect(manifestFiles(MANIFEST)).toEqual([
      '_locales/en/messages.json', 'content.js', 'icons/icon-128.png', 'service-worker-loader.js', 'src/options/index.html', 'src/popup/index.html',
    ]);
  });

  it('find a file the manifest names but the package lacks', () => {
    const files = good();
    files.delete('content.js');
    expect(check(files)).toEqual(['the manifest names content.js, which is not in the package']);
  });

  it('find a script a page loads, or a module a script imports, that is not packaged', () => {
    const files = good();
    files.delete('assets/shared.js');
    expect(check(files)).toEqual([
      'assets/popup.js refers to ./shared.js, which is not in the package',
      'service-worker-loader.js refers to ./assets/shared.js, which is not in the package',
    ]);
  });

  it('find a page of the add-on that a link points to but the package lacks', () => {
    const files = good();
    files.delete('privacy.html');
    expect(check(files)).toEqual(['src/options/index.html refers to ../../privacy.html, which is not in the package']);
  });

  it('hold the name and description to what Chrome allows, in every language, messages resolved', () => {
    const long = 'x'.repeat(MAX_DESCRIPTION_CHARS + 1);
    const localized = withManifest((m) => { m.name = '__MSG_extName__'; m.description = '__MSG_extDescription__'; })
      .set('_locales/en/messages.json', Buffer.from(JSON.stringify({ extName: { message: 'Dose Guard' }, extDescription: { message: 'Checks doses.' } })))
      .set('_locales/fr/messages.json', Buffer.from(JSON.stringify({ extDescription: { message: long } })));
    expect(check(localized)).toEqual([`fr: the description has ${MAX_DESCRIPTION_CHARS + 1} characters, more than the ${MAX_DESCRIPTION_CHARS} Chrome allows`]);
    localized.set('_locales/fr/messages.json', Buffer.from(JSON.stringify({ extDescription: { message: 'Vérifie les doses.' } })));
    expect(check(localized), 'a language without its own name takes the default one').toEqual([]);
    localized.set('_locales/en/messages.json', Buffer.from(JSON.stringify({ extName: { message: 'Dose Guard' } })));
    expect(check(localized)).toEqual(['en: the description names a message that is not in the messages']);
  });

  it('want a 128 x 128 PNG as the 128 px icon', () => {
    expect(pngSize(icon128)).toEqual({ width: 128, height: 128 });
    expect(check(good().set('icons/icon-128.png', icon48))).toEqual(['the 128 px icon icons/icon-128.png is 48 x 48']);
    expect(check(good().set('icons/icon-128.png', Buffer.from('<svg/>')))).toEqual(['the 128 px icon icons/icon-128.png is not a PNG']);
    expect(check(withManifest((m) => { m.icons = { 48: 'icons/icon-128.png' }; }))).toEqual(['the manifest names no 128 px icon (icons["128"])']);
  });

  it('refuse remote code: a script from the web, an imported URL, eval, the Function constructor, a loose policy', () => {
    expect(check(good().set('src/popup/index.html', Buffer.from('<script src="https://cdn.example.com/x.js"></script>'))))
      .toEqual(['src/popup/index.html loads https://cdn.example.com/x.js from the web']);
    expect(check(good().set('assets/shared.js', Buffer.from('export const a=()=>import("https://cdn.example.com/m.js");'))))
      .toEqual(['assets/shared.js imports https://cdn.example.com/m.js from the web']);
    expect(check(good().set('assets/shared.js', Buffer.from('export const a=s=>eval(s);')))).toEqual(['assets/shared.js calls eval']);
    expect(check(good().set('assets/shared.js', Buffer.from('export const a=s=>new Function("return "+s);'))))
      .toEqual(['assets/shared.js builds code with the Function constructor']);
    expect(check(good().set('src/options/index.html', Buffer.from('<script>alert(1)</script>'))))
      .toEqual(['src/options/index.html has an inline script (blocked by the extension\'s security policy)']);
    expect(check(withManifest((m) => { m.content_security_policy = { extension_pages: "script-src 'self' https://cdn.example.com" }; })))
      .toEqual([`the content security policy allows remote or eval'd code: {"extension_pages":"script-src 'self' https://cdn.example.com"}`]);
  });

  it('refuse source maps unless the package was built with them on purpose', () => {
    const files = good().set('assets/shared.js.map', Buffer.from('{}')).set('content.js', Buffer.from('(()=>{})();\n//# sourceMappingURL=content.js.map'));
    expect(check(files).sort()).toEqual(['assets/shared.js.map is a source map', 'content.js points to a source map']);
    expect(check(files, { sourcemaps: true })).toEqual([]);
  });

  it('refuse a locale file that still carries translators\' descriptions or placeholder examples', () => {
    const files = good();
    files.set('_locales/de/messages.json', Buffer.from(JSON.stringify({
      a: { message: 'A' },
      b: { message: 'B', description: 'for translators' },
      c: { message: '$N$', placeholders: { n: { content: '$1', example: '3' } } },
    })));
    expect(check(files)).toEqual([`_locales/de/messages.json carries translators' notes (descriptions or examples) in 2 messages: the build strips them`]);
    files.set('_locales/de/messages.json', Buffer.from(JSON.stringify({ a: { message: 'A' }, c: { message: '$N$', placeholders: { n: { content: '$1' } } } })));
    expect(check(files)).toEqual([]);
  });

  it('refuse a package over the size the README states', () => {
    expect(check(good(), { zipBytes: MAX_PACKAGE_BYTES })).toEqual([]);
    expect(check(good(), { zipBytes: MAX_PACKAGE_BYTES + 1 })).toEqual([`the package is ${MAX_PACKAGE_BYTES + 1} bytes, over the ${MAX_PACKAGE_BYTES} we state in the README`]);
  });

  it('want the manifest to carry package.json\'s version', () => {
    expect(check(withManifest((m) => { m.version = '1.2.4'; }))).toEqual(['manifest version "1.2.4" is not package.json\'s "1.2.3"']);
    expect(check(good().set('manifest.json', Buffer.from('{')))).toEqual(['manifest.json is missing or is not JSON']);
  });
});
