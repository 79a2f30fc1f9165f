// Content script: reads the product page, sends the reading to the background, and shows the
// verdict it gets back as a small note. Built as one classic script (see vite.config.ts).
import { extractFromDocument, productAreaSelectors } from '../extract/index.ts';
import type { BackgroundToContent, ContentToBackground } from '../core/messages.ts';
import type { Reading } from '../core/reading.ts';
import { extensionAlive, runtime } from './api.ts';
import { deliverer } from './deliver.ts';
import { removeNote, showNote } from './note.ts';
import { watchPage } from './watch.ts';

declare global {
  // eslint-disable-next-line no-var
  var __doseGuardLoaded: boolean | undefined;
}

if (!globalThis.__doseGuardLoaded && runtime) {
  globalThis.__doseGuardLoaded = true;
  start();
}

function start(): void {
  let lastSent = '';
  const delivery = deliverer(runtime!, onMessage, extensionAlive);
  const stopWatching = watchPage(scan, () => productAreaSelectors(location.href));

  runtime!.onMessage.addListener(onMessage);
  // Back/forward cache: the page comes back without a load, and its verdict was cleared.
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    lastSent = '';
    scan();
  };
  window.addEventListener('pageshow', onPageShow);

  function scan(): void {
    if (!extensionAlive()) return stop();
    let reading: Reading;
    try {
      reading = extractFromDocument(document, location.href);
    } catch (error) {
      // A page we cannot parse must never break the page itself, nor pass for one without
      // magnesium: it is reported as unreadable, and the popup asks for the amount.
      console.debug('[Dose Guard] extraction failed', error);
      reading = unreadableReading();
    }
    const key = `${location.href}\n${JSON.stringify(reading)}`;
    if (key === lastSent) return;
    lastSent = key;
    if (reading.status === 'absent') removeNote();
    const message: ContentToBackground = { type: 'page-reading', url: location.href, reading };
    delivery.send(message);
  }

  function onMessage(message: unknown): void {
    const msg = message as BackgroundToContent | undefined;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'rescan') {
      lastSent = '';
      scan();
    } else if (msg.type === 'verdict') {
      if (!msg.showNote) return removeNote();
      showNote({ level: msg.level, color: /^#[0-9a-f]{6}$/i.test(msg.color) ? msg.color : '#5f6368', headline: msg.headline, detail: msg.detail }, location.href);
    }
  }

  function stop(): void {
    // The extension was updated or removed under this page: leave nothing behind.
    delivery.cancel();
    stopWatching();
    removeNote();
    window.removeEventListener('pageshow', onPageShow);
    globalThis.__doseGuardLoaded = false;
    try {
      runtime?.onMessage.removeListener(onMessage);
    } catch {
      /* context already gone */
    }
  }
}

function unreadableReading(): Reading {
  return {
    nutrient: 'magnesium', status: 'unreadable', pageKind: 'other', source: 'generic',
    product: { name: null, brand: null }, perServingMg: null, basis: null, form: null, route: 'oral',
    serving: null, servingsPerContainer: null, servingsPerDay: null, dailyMg: null,
    evidence: [], seen: null, confidence: null, assumptions: [], disagreement: null, licence: null, reason: null,
  };
}
