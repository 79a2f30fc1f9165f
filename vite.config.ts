// Builds the extension from the one manifest.json: Chrome into dist/, Firefox into
// dist-firefox/ (TARGET=firefox). Firefox MV3 runs the background as an event page
// (background.scripts), Chrome as a service worker, so the manifest differs only there.
//
// The content script is built apart, as ONE self-contained classic script (content.js; and the
// same first read with a narrower address test where the manifest matched more: content-product.js
// on the product folders it states, content-<store>.js on a store of its own, scripts/lib/manifest.ts):
// crxjs would load it as ES-module chunks through a loader, which costs the page 75-200 ms,
// needs web_accessible_resources (so any page could detect the extension), and cannot be
// injected with scripting.executeScript on a site the user opts into with activeTab. A large
// page's reader (reader.js: the store's adapter) is built the same way, apart, and injected by
// the background only on large pages (src/content/index.ts).
//
// The background is built apart too, as ONE classic script (background.js), for its start-up
// (issue 14): it holds the reading engine, which a worker needs only once a page sends its text.
// A module worker must evaluate every module it imports before it answers the event that woke it,
// and an extension's service worker may not import() anything later; in one classic script the
// engine's modules are wrapped so that they are set up on first use (the background's
// `import()` of them is bundled in, not fetched), and the browser reads one file, not a module
// graph.
//
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { PRODUCT_SCRIPT, STORE_SCRIPTS, storeScript, targetManifest } from './scripts/lib/manifest.ts';
import { markdownPage } from './scripts/lib/markdown.ts';
import { shipLocales } from './scripts/lib/shipped-locales.ts';
import { INJECTED_SCRIPTS } from './src/core/files.ts';
import { letters } from './scripts/lib/letters-transform.ts';
import { lazyRegexLiterals } from './scripts/lib/lazy-regex.ts';

const firefox = process.env.TARGET === 'firefox';
const sourcemap = process.env.SOURCEMAP === 'true';
const outDir = firefox ? 'dist-firefox' : 'dist';
const { content_scripts: contentScripts, background, ...pages } = targetManifest(baseManifest, firefox ? 'firefox' : 'chrome', packageJson.version);

/** What crxjs builds: the popup, the options page and the icons (not the two classic scripts). */
function manifestFor(): ManifestV3Export {
  return pages as unknown as ManifestV3Export;
}

/** One self-contained classic script (an IIFE) from `entry`. */
async function classicScript(entry: string, fileName: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    // (the page's reader ships its patterns as strings: lazy-regex.ts says why)
    plugins: fileName === INJECTED_SCRIPTS.reader ? [letters(), lazyRegexLiterals()] : [letters()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap,
      // A pattern or set built at the top of a module and used by none of this script's code is
      // left out: the engine's modules build theirs as they load, and a script that needs a few of
      // them (the page's reader) would build all (30 unused patterns, each parsed as it is built, on
      // every large page's read). Building either has no effect but the value. Likewise a module
      // none of whose values a script uses is left out whole, with what it builds as it loads
      // (the directions' word sets, which the page's reader never reads: 3.4 KB of it), in the
      // scripts that run in pages: each of their modules only defines values, and each script's
      // entry is kept whole.
      rolldownOptions: { treeshake: { manualPureFunctions: ['RegExp', 'Set'], moduleSideEffects: !entry.startsWith('src/content/') } },
      lib: { entry, formats: ['iife'], name: 'doseGuard', fileName: () => fileName },
    },
  });
}

/** Adds the content script and the background back into the built manifest and builds each as
 *  one classic script. */
function classicScripts(): Plugin {
  return {
    name: 'dose-guard:classic-scripts',
    enforce: 'post',
    apply: 'build',
    async closeBundle() {
      // crxjs writes manifest.json last, so it is patched on disk once the bundle is closed.
      const manifestPath = path.join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      manifest.content_scripts = contentScripts;
      manifest.background = background;
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
      await classicScript('src/content/index.ts', 'content.js');
      // the same first read on the product paths the manifest states, with no address test (product.ts)
      await classicScript('src/content/product.ts', PRODUCT_SCRIPT);
      // and on the pages of a store with a script of its own, its rule alone (store-<store>.ts)
      for (const store of STORE_SCRIPTS) await classicScript(`src/content/store-${store}.ts`, storeScript(store));
      // injected by the background when the content script asks (src/core/files.ts)
      await classicScript('src/content/in-place-main.ts', INJECTED_SCRIPTS.inPlace);
      await classicScript('src/content/gate-main.ts', INJECTED_SCRIPTS.gate);
      await classicScript('src/content/reader.ts', INJECTED_SCRIPTS.reader);
      await classicScript('src/content/session-main.ts', INJECTED_SCRIPTS.session);
      await classicScript('src/content/note-main.ts', INJECTED_SCRIPTS.note);
      await classicScript('src/background/index.ts', 'background.js');
    },
  };
}

/** The locale files as the browser reads them, without the translators' notes (shipped-locales.ts).
 *  Vite copies public/ before the bundle closes, so the copies are rewritten on disk. */
function shippedLocales(): Plugin {
  return {
    name: 'dose-guard:shipped-locales',
    enforce: 'post',
    apply: 'build',
    closeBundle() {
      if (shipLocales(outDir).length === 0) throw new Error(`no _locales in ${outDir}: the build must ship public/_locales`);
    },
  };
}

/** The languages the privacy policy is translated into (docs/privacy.<lang>.md). */
const PRIVACY_LANGUAGES = readdirSync('docs').map((f) => /^privacy\.([a-z]{2}(?:_[A-Z]{2})?)\.md$/.exec(f)?.[1]).filter((l): l is string => !!l).sort();

/** The privacy policy (docs/privacy.md) as privacy.html, and each translation as
 *  privacy.<lang>.html; the options page links the one of the browser's language. */
function privacyPage(): Plugin {
  return {
    name: 'dose-guard:privacy-page',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'privacy.html', source: markdownPage(readFileSync('docs/privacy.md', 'utf8')) });
      for (const lang of PRIVACY_LANGUAGES) {
        this.emitFile({ type: 'asset', fileName: `privacy.${lang}.html`, source: markdownPage(readFileSync(`docs/privacy.${lang}.md`, 'utf8'), lang.replace('_', '-')) });
      }
    },
  };
}

export default defineConfig({
  define: { __PRIVACY_LANGUAGES__: JSON.stringify(PRIVACY_LANGUAGES) },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap,
    modulePreload: false,
  },
  plugins: [letters(), crx({ manifest: manifestFor(), browser: firefox ? 'firefox' : 'chrome' }), privacyPage(), classicScripts(), shippedLocales()],
});
