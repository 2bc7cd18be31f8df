// Stage 2: named entities. (Placeholder signature; the implementation is being written.)

import type { Entity, Mention, TextLayer } from '../types.js';

/**
 * Finds named entities, types them, gives them canonical names and merges their mentions.
 * @param layer - the text layer from stage 1
 */
export function findEntities(_layer: TextLayer): { entities: Entity[]; mentions: Mention[]; dateline: string | null } {
  return { entities: [], mentions: [], dateline: null };
}
