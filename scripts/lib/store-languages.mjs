// The languages Dose Guard is offered in on the stores. Adding one is one entry here, once its
// UI messages (public/_locales/<lang>/messages.json) and its listing text
// (docs/store/<lang>/listing.md) exist: `npm run demo -- --headless` then makes its screenshots
// in demo-output/store/<lang>/ (test/unit/release/store.test.ts checks both files are there).
// Codes as in _locales: "en", "fr", "pt_BR".
export const STORE_LANGUAGES = ['en', 'pl'];
