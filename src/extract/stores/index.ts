import type { PageIndex } from '../page-index.ts';
// Store adapter registry: host match first, then markup match (Shopify themes, saved pages with
// no URL), then the generic adapter.
import type { StoreAdapter } from './common.ts';
import { amazon } from './amazon.ts';
import { generic } from './generic.ts';
import { iherb } from './iherb.ts';
import { shopify } from './shopify.ts';
import { target } from './target.ts';
import { vitacost } from './vitacost.ts';
import { walmart } from './walmart.ts';

export type { StoreAdapter } from './common.ts';

export const ADAPTERS: readonly StoreAdapter[] = [iherb, amazon, vitacost, walmart, target, shopify, generic];

export function adapterFor(url: string, ix?: PageIndex): StoreAdapter {
  for (const a of ADAPTERS) if (a !== generic && a.matchesUrl(url)) return a;
  if (ix) for (const a of ADAPTERS) if (a.matchesDocument?.(ix)) return a;
  return generic;
}
