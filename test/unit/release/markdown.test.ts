// The privacy page the extension ships is built from docs/privacy.md: what the Markdown says is
// what the page shows, and nothing in the document can become markup or script.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownPage, markdownToHtml } from '../../../scripts/lib/markdown.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('markdown page', () => {
  it('renders headings, paragraphs joined across lines, lists with wrapped items, bold, code and https links', () => {
    const { title, html } = markdownToHtml([
      '# Policy', '', 'One line', 'and the next.', '', '## Kept', '', '- **Profile**: age', '  and sex.', '- `storage` only', '',
      'See [the store](https://addons.mozilla.org/).',
    ].join('\n'));
    expect(title).toBe('Policy');
    expect(html).toBe([
      '<h1>Policy</h1>', '<p>One line and the next.</p>', '<h2>Kept</h2>',
      '<ul>\n<li><strong>Profile</strong>: age and sex.</li>\n<li><code>storage</code> only</li>\n</ul>',
      '<p>See <a href="https://addons.mozilla.org/" rel="noopener noreferrer" target="_blank">the store</a>.</p>',
    ].join('\n'));
  });

  it('keeps markup in the text as text, and links only to https addresses', () => {
    const { html } = markdownToHtml('<script>alert(1)</script> [x](javascript:alert(1)) "quoted" & more');
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) &quot;quoted&quot; &amp; more</p>');
  });

  it('makes docs/privacy.md a page with no script, titled by its heading, with every section', () => {
    const markdown = readFileSync(path.join(root, 'docs/privacy.md'), 'utf8');
    const page = markdownPage(markdown);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('<title>Dose Guard privacy policy</title>');
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThanOrEqual(3);
    for (const heading of headings) expect(page).toContain(`<h2>${heading}</h2>`);
  });
});
