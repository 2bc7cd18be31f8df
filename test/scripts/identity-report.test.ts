// scripts/identity-report.ts, the Wikidata part: owl:sameAs links are read per actor from merged
// N-Quads (one named graph per article), whatever article states them. Lines written for this test.
import { describe, expect, it } from 'vitest';
import { wikidataLinks } from '../../scripts/identity-report.js';

const ID = 'https://w3id.org/newsgraph/id';
const SAME = '<http://www.w3.org/2002/07/owl#sameAs>';
const line = (actor: string, target: string, article: string): string => `<${ID}/${actor}> ${SAME} <${target}> <${ID}/article/${article}> .`;

describe('wikidataLinks', () => {
  it('collects each actor\'s Wikidata ids over all articles, once each', () => {
    const nq = [
      line('person/ada-ruiz', 'http://www.wikidata.org/entity/Q42', 'a1'),
      line('person/ada-ruiz', 'http://www.wikidata.org/entity/Q42', 'a2'),
      line('organization/acme', 'http://www.wikidata.org/entity/Q7', 'a1'),
      line('person/bo-lind', 'http://example.org/other/Q9', 'a1'),
      `<${ID}/person/bo-lind> <http://www.w3.org/2000/01/rdf-schema#label> "Bo Lind" <${ID}/article/a1> .`,
    ].join('\n');
    const links = wikidataLinks(nq);
    expect([...links.entries()].map(([k, v]) => [k.slice(ID.length), [...v]])).toEqual([
      ['/person/ada-ruiz', ['Q42']],
      ['/organization/acme', ['Q7']],
    ]);
  });
});
