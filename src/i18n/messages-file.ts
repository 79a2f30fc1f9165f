// The rules of a messages.json file (the WebExtension i18n format), for the places that read the
// files themselves: the `check` command and the unit tests in Node. The browser applies the same
// rules in chrome.i18n.getMessage: named placeholders $NAME$ (any case) whose "content" is $1..$9,
// and "$$" for a literal dollar sign.
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessagesFile = Record<string, MessageEntry>;

export function substitute(entry: MessageEntry, subs: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const fill = (content: string) => content.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return entry.message
    .replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, '$');
}

/** The placeholder names a message uses in its text, lower case, sorted. */
export function placeholdersUsed(entry: MessageEntry): string[] {
  return [...new Set([...entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
}
