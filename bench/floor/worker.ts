// The floor's service worker: answers the page's one message by setting the tab's badge.
chrome.runtime.onMessage.addListener((message: { length?: unknown }, sender, sendResponse) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const text = typeof message?.length === 'number' ? String(Math.min(999, Math.round(message.length / 1000))) : '?';
  void chrome.action.setBadgeText({ tabId, text }).then(() => sendResponse({ ok: true }));
  return true;
});
