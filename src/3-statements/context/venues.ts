// Stage 3, step 4: a building named in the cue's clause as where the words were said, though stage 2
// types it an organisation — a court or a building right after "outside"/"inside" ("told reporters
// outside the Moscow City Court"), a hospital, prison or hotel after "at"/"in" ("said from her bed
// at Dhaka Medical College Hospital"). Read by context/index.ts after place.ts's own rules.

import type { Mention } from '../../types.js';
import { placedBy, venueName, type PlaceFrame } from './place.js';
import { CONTEXT_WORDS } from './words.js';

/** One venue rule: `test` reads the words before the building's name (lower case, nearest last) and the name's mention. */
export interface VenueRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly test: (before: readonly string[], m: Mention) => boolean;
}

/** Is the last word of the name one of context.json venueHeads ("Hospital", "Prison", "Hotel")? */
function venueHead(m: Mention): boolean {
  return m.text.includes(' ') && CONTEXT_WORDS.venueHeads.has(m.text.toLowerCase().split(/\s+/).at(-1) ?? '');
}

/** Does a preposition of `list` stand right before the name, "the" between allowed? */
function rightAfter(before: readonly string[], list: ReadonlySet<string>): boolean {
  const i = before.at(-1) === 'the' ? before.length - 2 : before.length - 1;
  return i >= 0 && list.has(before[i]!);
}

/** The venue rules in order; a building any of them accepts is where the statement was made. */
export const VENUE_RULES: readonly VenueRule[] = [
  {
    id: 'outside-venue',
    reason: 'a court or a building by its name right after "outside"/"inside" in the cue\'s clause, outside the content: where the speaker stood (a court alone after "in" is left to court-after-cue, which reads only one right after the cue)',
    example: 'The lawyer told reporters outside the Harbour City Court that the case was weak.',
    test: (before, m) => (venueName(m) || venueHead(m)) && rightAfter(before, CONTEXT_WORDS.positionPrepositions),
  },
  {
    id: 'venue-at',
    reason: 'a hospital, prison or hotel by its name (context.json venueHeads) right after "at"/"in" in the cue\'s clause: the speaker spoke from it ("said from her bed at X Hospital"); not in the speaker\'s description ("a surgeon at X Hospital said")',
    example: '“The fire spread in seconds,” she said from her bed at Riverside General Hospital.',
    test: (before, m) => venueHead(m) && rightAfter(before, CONTEXT_WORDS.locativePrepositions),
  },
];

/** The building of the cue's clause a venue rule places the words at (the first by start), or null. */
export function venuePlace(text: string, buildings: readonly Mention[], f: PlaceFrame): { place: string; by: string } | null {
  return placedBy(text, buildings, f, (before, _after, m) => VENUE_RULES.find((r) => r.test(before, m))?.id ?? null);
}
