/**
 * The page part of the content script: injected by the background (`scripting.executeScript`) into a page only after
 * the loader's cheap checks said Dramatis runs there. It registers its factory for the loader (same isolated world).
 */
import { PAGE_PART_GLOBAL, type CreatePagePart } from '@/lib/page/page-part-api';
import { PageController } from './controller';

export default defineUnlistedScript(() => {
  const create: CreatePagePart = (ctx, config) => new PageController(ctx, config);
  (globalThis as unknown as Record<string, CreatePagePart>)[PAGE_PART_GLOBAL] = create;
});
