// Every message between the extension's parts, in one place, named by direction.
// Receivers validate with these schemas; senders build them with the types.
// The content script imports TYPES only (zod stays out of the page's bundle).
import { lazily, z } from './zod.ts';
import { PageKind, Reading, Range } from './reading.ts';
import { LABEL_INPUT_CAPS as CAPS, PAGE_HTML_CAP } from '../extract/input-caps.ts';
import { Assessment, Level } from './assessment.ts';
import { Sex, Standard } from './profile.ts';
import { INJECTED_SCRIPTS, type InjectedScript } from './files.ts';

// ---- content script -> background -------------------------------------------------------
/** When the page's document started, or came back from the back/forward cache (ms since 1970):
 *  a message from a document older than the latest one heard from in its tab is stale (sent just
 *  before the tab moved on, and delivered late after the worker was stopped) and is dropped. */
const Epoch = lazily(() => z.number().check(z.nonnegative()));
/** Set on the document's first read only, as the content script sends it: the session's code (what
 *  the page runs after it: src/content/page-start.ts) is injected with the answer. */
const firstRead = () => z.optional(z.literal(true));
/** Set on a read the user asked for ("Check this page"): read it wherever it is. Without it, the
 *  background reads no page's text from an address of a store where no product page is (an account
 *  or order page: stores/addresses.ts), whatever the content script made of its address. */
const Asked = () => z.optional(z.literal(true));
/** A reading made without the engine: a product page that never names the nutrient (the gate,
 *  src/extract/gate.ts), or a page whose adapter failed. */
export const PageReadingMsg = lazily(() => z.object({
  type: z.literal('page-reading'),
  url: z.string().check(z.maxLength(4000)),
  epoch: Epoch,
  reading: Reading,
  first: firstRead(),
}));
/** What the store's adapter read from the page (src/extract/input.ts LabelInput): the page's own
 *  words, region by region, each within its cap (src/extract/input-caps.ts says why these caps). */
const Region = (max: number) => z.nullable(z.string().check(z.maxLength(max)));
export const LabelInputSchema = lazily(() => z.object({
  url: z.string().check(z.maxLength(CAPS.url)),
  source: z.string().check(z.maxLength(CAPS.source)),
  pageKind: PageKind,
  title: Region(CAPS.title),
  brand: Region(CAPS.brand),
  facts: Region(CAPS.facts),
  directions: Region(CAPS.directions),
  directionsElse: z.optional(Region(CAPS.directionsElse)),
  body: Region(CAPS.body),
  factsIsImage: z.optional(z.boolean()),
  category: z.optional(Region(CAPS.category)),
  kindFromBody: z.optional(z.boolean()),
}));
/** A product page's text, for the background to read (issue 14: the reading engine runs in the
 *  background, where it stays compiled from one page to the next, not in every page). */
export const PageInputMsg = lazily(() => z.object({
  type: z.literal('page-input'),
  url: z.string().check(z.maxLength(4000)),
  epoch: Epoch,
  input: LabelInputSchema,
  asked: Asked(),
  first: firstRead(),
}));
/** A small page's markup as the browser serialises it (document.documentElement.outerHTML), for the
 *  background to gate and read with the store's adapter (src/extract/html-tree.ts): one native call
 *  in the page instead of the gate's and the adapter's code compiled and run there (issue 14). It stays in the worker's
 *  memory: what is kept (kept-readings.ts) is what the adapter read, as for a page-input. */
export const PageHtmlMsg = lazily(() => z.object({
  type: z.literal('page-html'),
  url: z.string().check(z.maxLength(4000)),
  epoch: Epoch,
  html: z.string().check(z.maxLength(PAGE_HTML_CAP)),
  /** the page passed the gate already (gate.ts), or the user asked for it to be read ("Check this
   *  page"): read it whatever the gate would say; without it, the background gates it */
  gatePassed: z.optional(z.boolean()),
  asked: Asked(),
  first: firstRead(),
}));
/** The content script asks for one of the scripts the background injects into its world (a large
 *  page's read, the session, the note: src/core/files.ts); answered with a ScriptReply. */
export const LoadScriptMsg = lazily(() => z.object({ type: z.literal('load-script'), script: z.enum(Object.keys(INJECTED_SCRIPTS) as [InjectedScript, ...InjectedScript[]]) }));
/** The answer to a LoadScriptMsg: whether the script now runs in the page. */
export interface ScriptReply { type: 'script'; loaded: boolean }
/** The page moved (in place) to an address where nothing is read (an account or order page of a
 *  store): the verdict it reported before no longer belongs to it. */
export const NoProductMsg = lazily(() => z.object({
  type: z.literal('no-product'),
  url: z.string().check(z.maxLength(4000)),
  epoch: Epoch,
}));
/** From the note itself: its close button (this product's note stays closed) or "Don't show notes
 *  on this site". Which page or site is taken from the sender, as the browser reports it. */
export const NoteDismissMsg = lazily(() => z.object({
  type: z.literal('note-dismiss'),
  scope: z.enum(['page', 'site']),
}));
/** Answered with a VerdictMsg: that answer is the acknowledgement the content script retries for. */
export const ContentToBackground = lazily(() => z.discriminatedUnion('type', [PageInputMsg, PageHtmlMsg, PageReadingMsg, NoProductMsg, NoteDismissMsg, LoadScriptMsg]));
export type ContentToBackground = z.infer<typeof ContentToBackground>;

// ---- extension pages (popup, options) -> background --------------------------------------
const TabId = lazily(() => z.int().check(z.nonnegative()));
/** The page address the popup showed: an action is refused when the tab has moved on since. */
const ShownUrl = lazily(() => z.string().check(z.maxLength(4000)));
export const GetTabStateMsg = lazily(() => z.object({ type: z.literal('get-tab-state'), tabId: TabId }));
export const ManualEntryMsg = lazily(() => z.object({
  type: z.literal('manual-entry'),
  tabId: TabId,
  url: ShownUrl,
  perServingMg: z.number().check(z.positive(), z.maximum(10_000)),
  servingsPerDay: Range,
}));
export const ClearManualMsg = lazily(() => z.object({ type: z.literal('clear-manual'), tabId: TabId, url: ShownUrl }));
export const AddToStackMsg = lazily(() => z.object({ type: z.literal('add-to-stack'), tabId: TabId, url: ShownUrl }));
/** "Undo" after "I take this", and "Remove from my list": takes this page's product out of the list. */
export const RemoveFromStackMsg = lazily(() => z.object({ type: z.literal('remove-from-stack'), tabId: TabId, url: ShownUrl }));
/** The popup's first-run form (nothing saved yet): age and sex, saved into the profile. */
export const SaveBasicsMsg = lazily(() => z.object({
  type: z.literal('save-basics'),
  tabId: TabId,
  url: ShownUrl,
  ageYears: z.nullable(z.number().check(z.minimum(0), z.maximum(120))),
  sex: Sex,
}));
export const ScanTabMsg = lazily(() => z.object({ type: z.literal('scan-tab'), tabId: TabId }));
/** The popup's one-tap switch to the standard of the store's region ("Use the EU limit"). */
export const SetStandardMsg = lazily(() => z.object({ type: z.literal('set-standard'), tabId: TabId, url: ShownUrl, standard: Standard }));
/** A site's host name as the browser gives it ("shop.example.com"). */
const Site = z.string().check(z.minLength(3), z.maxLength(253), z.regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/));
/** After the popup's "Always check this site" was granted: register the script there and read
 *  the tab. (The background also registers on its own when the permission arrives.) */
export const AddSiteMsg = lazily(() => z.object({ type: z.literal('add-site'), tabId: TabId, site: Site }));
/** The options page's "Remove": the site's permission is given back, its script unregistered. */
export const RemoveSiteMsg = lazily(() => z.object({ type: z.literal('remove-site'), site: Site }));
/** The options page lists the sites added. */
export const ListSitesMsg = lazily(() => z.object({ type: z.literal('list-sites') }));
/** Sent by the options page after "Delete all my data". */
export const DataDeletedMsg = lazily(() => z.object({ type: z.literal('data-deleted') }));
export const UiToBackground = lazily(() => z.discriminatedUnion('type', [
  GetTabStateMsg, ManualEntryMsg, ClearManualMsg, AddToStackMsg, RemoveFromStackMsg, SaveBasicsMsg, ScanTabMsg, DataDeletedMsg,
  SetStandardMsg, AddSiteMsg, RemoveSiteMsg, ListSitesMsg,
]));
export type UiToBackground = z.infer<typeof UiToBackground>;

/** What the popup shows for one tab. Kept per tab in storage.session. */
export const TabState = lazily(() => z.object({
  tabId: TabId,
  url: z.string(),
  reading: Reading,
  /** set when the user typed the amount in the popup; it replaces the page's figures */
  manual: z.nullable(z.object({ perServingMg: z.number(), servingsPerDay: Range })),
  assessment: z.nullable(Assessment),
  /** true when this product is already in the user's stack (so it is not counted twice) */
  inStack: z.boolean(),
  /** profile fields that could not be read and took their defaults (the popup says so) */
  profileRepaired: z.optional(z.array(z.string())),
  updatedAt: z.number(),
}));
export type TabState = z.infer<typeof TabState>;

export const TabStateReply = lazily(() => z.object({ ok: z.literal(true), state: z.nullable(TabState) }));
export type TabStateReply = z.infer<typeof TabStateReply>;
/** The sites added with "Always check this site", for the options page's list. */
export const SitesReply = lazily(() => z.object({ ok: z.literal(true), sites: z.array(Site) }));
export type SitesReply = z.infer<typeof SitesReply>;
export const ErrorReply = lazily(() => z.object({ ok: z.literal(false), error: z.string() }));
export type ErrorReply = z.infer<typeof ErrorReply>;

// ---- background -> content script ---------------------------------------------------------
const NoteWord = lazily(() => z.string().check(z.maxLength(300)));
export const VerdictMsg = lazily(() => z.object({
  type: z.literal('verdict'),
  level: Level,
  /** accent colour of the note, as the badge's */
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i)),
  /** the page the verdict is for (its address when read): a tab that has moved on to another
   *  page by the time it arrives does not show it */
  url: z.optional(z.string().check(z.maxLength(4000))),
  /** the toolbar badge's text, shown on the note's chip */
  badge: z.string().check(z.maxLength(8)),
  headline: z.string().check(z.maxLength(200)),
  detail: z.string().check(z.maxLength(400)),
  showNote: z.boolean(),
  /** the note's own words in the browser's language, rendered here rather than in the page (a
   *  translator set up in a page costs it tens of milliseconds: issue 14); with a note to show */
  words: z.optional(z.object({
    title: NoteWord, hint: NoteWord, offSite: NoteWord, details: NoteWord, close: NoteWord,
  })),
}));
export const RescanMsg = lazily(() => z.object({ type: z.literal('rescan') }));
/** A worker has just started: a page whose reading is still waiting to be retried sends it now. */
export const WorkerStartedMsg = lazily(() => z.object({ type: z.literal('worker-started') }));
export const BackgroundToContent = lazily(() => z.discriminatedUnion('type', [VerdictMsg, RescanMsg, WorkerStartedMsg]));
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;
