// Turns one of our own short documents (docs/privacy.md) into a page the extension ships, so the
// policy a user opens from the options page is the very text in the repository, offline.
// Only the Markdown those documents use: headings, paragraphs, "- " lists, **bold**, `code` and
// [links](https://...). Everything else is text: all of it is HTML-escaped first.

const STYLE = `
:root { color-scheme: light dark; --fg: #1f1f1f; --bg: #fff; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8eaed; --bg: #202124; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
ul { padding-left: 1.25rem; }
li { margin: 0 0 0.5rem; }
code { font-size: 0.95em; }`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g, '<a href="$2" rel="noopener noreferrer" target="_blank">$1</a>');
}

/** The body HTML of a Markdown document, and its first heading as a title. */
export function markdownToHtml(markdown: string): { title: string; html: string } {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b !== '');
  let title = '';
  const html = blocks.map((block) => {
    const heading = /^(#{1,3}) (.+)$/.exec(block);
    if (heading && !block.includes('\n')) {
      const level = heading[1]!.length;
      if (level === 1 && !title) title = heading[2]!;
      return `<h${level}>${inline(heading[2]!)}</h${level}>`;
    }
    if (block.startsWith('- ')) {
      // An item runs on until the next line starting with "- " (wrapped lines are indented).
      const items = block.split(/\n(?=- )/).map((item) => item.slice(2).replace(/\s*\n\s*/g, ' '));
      return `<ul>\n${items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`;
    }
    return `<p>${inline(block.replace(/\s*\n\s*/g, ' '))}</p>`;
  });
  return { title, html: html.join('\n') };
}

/** A complete, self-contained extension page (no script) for a Markdown document. */
export function markdownPage(markdown: string, lang = 'en'): string {
  const { title, html } = markdownToHtml(markdown);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${inline(title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
${html}
</main>
</body>
</html>
`;
}
