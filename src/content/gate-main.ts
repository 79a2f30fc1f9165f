// The gate, for a page that is not sent whole (a large or heavy page; issue 14): injected by the
// background (scripting.executeScript, into the content script's own isolated world) when the
// content script asks (inject.ts), so that the nutrient's names and the stores' selectors are not
// compiled on every store page, only where the gate runs in the page. It answers with what the
// page reports when nothing the store's adapter reads names the nutrient (gate.ts), or null: read
// the page. The page cannot see or call it.
import type {} from './inject.ts';
import { gateStopReading } from '../extract/gate.ts';

globalThis.__doseGuardGate ??= (url: string) => gateStopReading(document, url);
