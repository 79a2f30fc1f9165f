// "Always check this site" names a site one way everywhere (src/core/sites.ts): the permission
// asked is that one https host, and only such a pattern counts as a site the user added.
import { describe, expect, it } from 'vitest';
import { siteOfPage, siteOfPattern, siteOfScriptId, sitePattern, siteScriptId } from '../../../src/core/sites.ts';

describe('the site of a page', () => {
  it.each([
    ['https://shop.example.org/products/x?y=1#z', 'shop.example.org'],
    ['https://SHOP.Example.org/', 'shop.example.org'],
    ['https://xn--bcher-kva.example/p/1', 'xn--bcher-kva.example'],
  ])('%s -> %s', (url, site) => {
    expect(siteOfPage(url)).toBe(site);
  });

  it.each([
    'http://shop.example.org/p', // not https: never asked for
    'https://shop.example.org:8443/p', // a port: not a plain site
    'chrome://extensions/',
    'file:///tmp/page.html',
    'not an address',
    '',
    undefined,
  ])('%s -> none', (url) => {
    expect(siteOfPage(url)).toBeNull();
  });
});

describe('the permission asked and read back', () => {
  it('asks for the one host, https only, and reads it back', () => {
    expect(sitePattern('shop.example.org')).toBe('https://shop.example.org/*');
    expect(siteOfPattern(sitePattern('shop.example.org'))).toBe('shop.example.org');
  });

  it.each([
    'https://*/*', // the optional permission as a whole is never a site
    'https://*.iherb.com/*',
    'http://shop.example.org/*',
    'https://shop.example.org/products/*',
    '<all_urls>',
    'https://localhost/*',
  ])('%s is not one site', (pattern) => {
    expect(siteOfPattern(pattern)).toBeNull();
  });

  it('names the registered script after the site, and reads only its own scripts back', () => {
    expect(siteOfScriptId(siteScriptId('shop.example.org'))).toBe('shop.example.org');
    expect(siteOfScriptId('someone-else')).toBeNull();
    expect(siteOfScriptId(siteScriptId(''))).toBeNull();
  });
});
