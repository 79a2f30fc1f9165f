// A heavy small page's markup is sent with its inline icons empty (markup-trim.ts; issue 14): what
// the background reads of it must not change (html-tree.test.ts reads every page both ways).
import { describe, expect, it } from 'vitest';
import { withEmptySvgs } from '../../../src/extract/markup-trim.ts';

describe('a page\'s inline svg icons, sent empty', () => {
  it('keeps the icon\'s start tag and the text around it, and drops what it draws', () => {
    const html = '<p>Magnesium <svg class="icon" viewBox="0 0 24 24" aria-label="leaf"><path d="M12 2L2 22h20z"></path><title>leaf</title></svg>400 mg</p>';
    expect(withEmptySvgs(html)).toBe('<p>Magnesium <svg class="icon" viewBox="0 0 24 24" aria-label="leaf"></svg>400 mg</p>');
  });

  it('empties every icon of a page, and only icons', () => {
    const icon = '<svg width="16"><circle r="4"></circle></svg>';
    const html = `<ul><li>${icon}Vegan</li><li>${icon}Gluten free</li></ul><div class="facts">Magnesium 200 mg</div>`;
    expect(withEmptySvgs(html)).toBe('<ul><li><svg width="16"></svg>Vegan</li><li><svg width="16"></svg>Gluten free</li></ul><div class="facts">Magnesium 200 mg</div>');
  });

  it('reads a quoted attribute value holding ">" as part of the start tag', () => {
    expect(withEmptySvgs('<svg data-x="a > b"><g></g></svg>after')).toBe('<svg data-x="a > b"></svg>after');
  });

  it('empties an icon inside another only, and leaves one holding a script or a style whole', () => {
    expect(withEmptySvgs('<svg><svg><path></path></svg><rect></rect></svg>')).toBe('<svg><svg></svg><rect></rect></svg>');
    const scripted = '<svg><script>var a = "<b>";</script><path></path></svg>';
    expect(withEmptySvgs(scripted)).toBe(scripted);
    const styled = '<svg><style>.a{fill:red}</style><path></path></svg>';
    expect(withEmptySvgs(styled)).toBe(styled);
  });

  it('leaves markup that only looks like an icon as it is', () => {
    for (const html of ['<svg-icon name="cart">Cart</svg-icon>', '<svg><path></path>', '<p>svg</svg> text</p>', '<svgx>a</svg>']) {
      expect(withEmptySvgs(html)).toBe(html);
    }
  });
});
