import type { ImportApplyItem, ImportedBlock } from './types';

/** Blocks recognised as some of the body's own entries: included unless unticked. */
export const includedByDefault = (blocks: readonly ImportedBlock[]): Set<number> =>
  new Set(blocks.flatMap((block, index) => (block.entryIds.length > 0 ? [index] : [])));

/**
 * What the confirmation sends: one item per entry. A block on several measures ("13.3.6 and
 * 13.3.7") goes to each of their entries; several blocks on one entry are joined in file order.
 */
export function applyItems(blocks: readonly ImportedBlock[], included: ReadonlySet<number>): ImportApplyItem[] {
  const byEntry = new Map<string, ImportApplyItem>();
  blocks.forEach((block, index) => {
    if (!included.has(index)) return;
    for (const entryId of new Set(block.entryIds)) {
      const item = byEntry.get(entryId);
      if (!item) {
        byEntry.set(entryId, { entryId, narrative: block.text, activities: [...block.activities], figures: [...block.figures] });
        continue;
      }
      item.narrative = [item.narrative, block.text].filter((text) => text.trim() !== '').join('\n\n');
      item.activities.push(...block.activities);
      item.figures.push(...block.figures);
    }
  });
  return [...byEntry.values()];
}
