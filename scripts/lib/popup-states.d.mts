import type { BrowserContext, Page, Worker } from 'playwright-core';

export interface PopupState {
  id: string;
  label: string;
  page: string;
  profile: string | null;
  badge: string;
  verdict: string | null;
}
export const POPUP_WIDTH: number;
export const POPUP_MAX_HEIGHT: number;
export const demoPages: { file: string; url: string; shows: string }[];
export const popupStates: PopupState[];
export function statePage(state: PopupState): { url: string; body: string | Buffer };
export function stateProfile(state: PopupState): unknown;
export function routeStatePages(context: BrowserContext): Promise<void>;
export function openState(context: BrowserContext, worker: () => Promise<Worker>, state: PopupState, options?: { uiPrefs?: unknown }): Promise<{ page: Page; tabId: number }>;
export function openPopupPage(context: BrowserContext, extensionId: string, tabId: number, options?: { colorScheme?: 'light' | 'dark'; height?: number }): Promise<Page>;
export function popupContentHeight(popup: Page): Promise<number>;
