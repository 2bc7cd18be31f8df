// Stage 2 of the flow, named entities: TextLayer → typed name mentions and canonical entities. This
// module only orchestrates: the tagger (entities/tagger.ts) proposes name spans, then the steps in
// entities/ reshape them (spans.ts), make typed candidates (candidates.ts), type a capitals
// headline's names by the body (headline-types.ts) and companies (companies.ts), name them and merge
// them (names.ts), qualify government bodies (government.ts), and read roles, metonymy (roles.ts)
// and the dateline (dateline.ts); gazetteer.ts holds the lists.

import type { Entity, Mention, TextLayer, Token } from '../types.js';
import { candidatesOf, addTheWest, addUntaggedDemonyms, addUntaggedSyllableNames, markPlaceModifiers } from './entities/candidates.js';
import type { Cand } from './entities/candidate.js';
import { addNamedOrganisations, addUntaggedCompanies, companyEvidence } from './entities/companies.js';
import { typeHeadlineNames } from './entities/headline-types.js';
import { addFunctionWordSurnames } from './entities/function-word-surnames.js';
import { NUMBERED_SERVICE_WORDS } from './entities/words.js';
import { findDateline } from './entities/dateline.js';
import { governmentBodies } from './entities/government.js';
import { entitiesOf, resolveNames } from './entities/names.js';
import { readCityOrSurname, readHomonyms } from './entities/homonyms.js';
import { retypeSpans } from './entities/span-types.js';
import { splitLocalOffices } from './entities/span-local-offices.js';
import { markMetonymy, readRoles } from './entities/roles.js';
import { joinQualifiedNames, joinRecurringCuts, mendCarrierNames, moveGivenNameTails, propagate, splitTitledSpans, trimHeadlineWords } from './entities/spans.js';
import { NER_MODEL, type PackedModel, unpackWeights, weightTableFromArrays } from './entities/packed-model.js';
import { readJson, readModelFile } from '../model-files.js';
import { standsApartFromName } from '../1-text/glued-words.js';
import { type WeightTable, prepare, spansOf, tagTokens } from './entities/tagger.js';

let weights: WeightTable | null = null;

/**
 * Name edges the tagger misplaces: a first token cut from a number or word written against it takes
 * that piece back ("3G iPhone"), unless stage 1 reads the piece as apart from the name ("5PM" |
 * "Chris Christie"); a carrier's name leaves the service word before a number ("Air
 * France Flight 447" → "Air France").
 */
function mendNameEdges(toks: Token[], cands: Cand[]): void {
  cands.forEach((c, i) => {
    const floor = i > 0 ? cands[i - 1]!.to : 0;
    // (Not a clock time or a function word glued to the name: "5PM" | "Chris", "about" | "Vladimir", glued-words.ts.)
    while (c.from > floor && toks[c.from - 1]!.end === toks[c.from]!.start && /^[\p{L}\p{N}]+$/u.test(toks[c.from - 1]!.text) && !standsApartFromName(toks[c.from - 1]!.text)) c.from--;
    if (c.to - c.from >= 2 && NUMBERED_SERVICE_WORDS.has(toks[c.to - 1]!.text.toLowerCase()) && toks[c.to]?.pos === 'NUM') c.to--;
  });
}

/** The candidates outside the paragraphs stage 1 marked as boilerplate: a byline's or a credit's names are no actors. */
function outsideBoilerplate(layer: TextLayer, cands: Cand[]): Cand[] {
  if (!layer.paragraphs.some((p) => p.boilerplate)) return cands;
  return cands.filter((c) => {
    const p = layer.paragraphs[layer.sentences[layer.tokens[c.from]!.sentence]!.paragraph];
    return !p?.boilerplate || layer.tokens[c.from]!.start >= (p.boilerplateEnd ?? p.end);
  });
}

/** The tagger's weights on first use: from the model file when there is a fresh one, else unpacked from the JSON. */
function model(): WeightTable {
  if (weights) return weights;
  const file = readModelFile(NER_MODEL);
  weights = file ? weightTableFromArrays(file.arrays) : unpackWeights(readJson<PackedModel>(NER_MODEL.source));
  return weights;
}

/**
 * Finds named entities, types them, gives them canonical names and merges their mentions.
 * @param layer - the text layer from stage 1
 * @returns entities (one per canonical key), mentions in text order (kinds 'name', 'acronym',
 *   'demonym'), and the entity key of the dateline place, or null
 */
export function findEntities(layer: TextLayer): { entities: Entity[]; mentions: Mention[]; dateline: string | null } {
  const toks = layer.tokens;
  if (!toks.length) return { entities: [], mentions: [], dateline: null };
  const prep = prepare(layer);
  const tags = tagTokens(layer, prep, model());
  // The steps are separate functions so that V8 optimises (and, when a rare branch first runs,
  // re-optimises) each on its own: as one function, findEntities was compiled up to 9 times per
  // thread at ≈100 ms each (node --trace-opt, PolNeAR), work every worker thread repeats.
  const pieces = splitTitledSpans(toks, prep, spansOf(layer, prep, tags));
  splitLocalOffices(toks, prep, pieces);
  trimHeadlineWords(toks, prep, pieces);
  joinQualifiedNames(prep, pieces);
  joinRecurringCuts(toks, prep, pieces);
  mendCarrierNames(toks, prep, pieces);
  moveGivenNameTails(toks, prep, pieces);
  propagate(layer, prep, pieces);
  retypeSpans(toks, prep, pieces, layer.text);
  const covered = new Uint8Array(toks.length);
  const cands = candidatesOf(layer, prep, pieces, covered);
  addUntaggedDemonyms(toks, prep, covered, cands);
  addUntaggedSyllableNames(toks, prep, covered, cands);
  addFunctionWordSurnames(toks, prep, covered, cands);
  addTheWest(toks, prep, cands);
  addUntaggedCompanies(layer, prep, covered, cands.sort((a, b) => a.from - b.from));
  addNamedOrganisations(layer, prep, covered, cands);
  const inText = outsideBoilerplate(layer, cands).sort((a, b) => a.from - b.from);
  mendNameEdges(toks, inText);
  markPlaceModifiers(toks, inText);
  typeHeadlineNames(layer, prep, inText);
  inText.sort((a, b) => a.from - b.from);

  companyEvidence(layer, prep, inText);
  readHomonyms(layer, inText);
  readCityOrSurname(layer, inText);
  resolveNames(layer, inText);
  governmentBodies(layer, prep, inText);

  const { entities, mentions, mentionCand } = entitiesOf(layer, inText);
  readRoles(layer, prep.lower, mentions, mentionCand, entities);
  markMetonymy(layer, prep.lower, mentions, mentionCand, entities);
  const dateline = findDateline(layer, mentions, entities);
  return { entities: [...entities.values()], mentions, dateline };
}
