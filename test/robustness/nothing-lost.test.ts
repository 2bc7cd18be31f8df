// Issue 8, "nothing lost": over real news (PolNeAR dev; train too in the long set),
// every quotation stage 1 finds (src/1-text/quotations.ts) is held by a statement in the RDF: an
// attributed ng:Statement or an ng:UnattributedQuotation whose evidence span overlaps it — except a
// nickname quoted inside a person's name ("Robert C. “Bobby” Scott"), which quotes no one's words
// and is counted apart. Skipped with a message when ../shared/eval is not beside the project.

import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NG, OA, RDF, toQuads } from '../../src/4-rdf/index.js';
import { parseCorpusLine } from '../../src/corpus/index.js';
import { analyze } from '../../src/pipeline.js';
import { longOr } from '../_long.js';

const EVAL = new URL('../../../shared/eval/', import.meta.url);

function corpus(name: string): string[] {
  return gunzipSync(readFileSync(new URL(name, EVAL))).toString('utf8').split('\n').filter(Boolean);
}

// Statement evidence spans in the quads: statement IRI → [start, end) of its content.
function evidenceSpans(quads: ReturnType<typeof toQuads>): Array<{ start: number; end: number; unattributed: boolean }> {
  const num = new Map<string, { start?: number; end?: number }>();
  const evidence = new Map<string, string>();
  // Evidence is an oa:SpecificResource; its TextPositionSelector holds the offsets.
  const position = new Map<string, string>();
  const unattributed = new Set<string>();
  const statements = new Set<string>();
  for (const q of quads) {
    const s = q.subject.value;
    if (q.predicate.value === OA.start) (num.get(s) ?? num.set(s, {}).get(s)!).start = Number(q.object.value);
    if (q.predicate.value === OA.end) (num.get(s) ?? num.set(s, {}).get(s)!).end = Number(q.object.value);
    if (q.predicate.value === NG.evidence) evidence.set(s, q.object.value);
    if (q.predicate.value === OA.hasSelector && q.object.value.includes('#position=')) position.set(s, q.object.value);
    if (q.predicate.value === RDF.type && q.object.value === NG.Statement) statements.add(s);
    if (q.predicate.value === RDF.type && q.object.value === NG.UnattributedQuotation) unattributed.add(s);
  }
  return [...statements].map((s) => {
    const span = num.get(position.get(evidence.get(s) ?? '') ?? '') ?? {};
    return { start: span.start ?? -1, end: span.end ?? -1, unattributed: unattributed.has(s) };
  });
}


describe.skipIf(!existsSync(new URL('polnear-dev.jsonl.gz', EVAL)))('every quotation of real news ends up in a statement', () => {
  it.each(longOr(['polnear-dev.jsonl.gz', 'polnear-train.jsonl.gz'], ['polnear-dev.jsonl.gz']))('%s', (file) => {
    let found = 0;
    let attributed = 0;
    let nicknames = 0;
    const lost: string[] = [];
    for (const [i, line] of corpus(file).entries()) {
      const article = parseCorpusLine(line, { source: file, line: i + 1 });
      const a = analyze({ id: article.id, text: article.text, published: article.published }, { today: '2024-01-01' });
      const spans = evidenceSpans(toQuads(a));
      for (const q of a.text.quotations) {
        found++;
        if (a.mentions.mentions.some((m) => m.kind === 'name' && m.start < q.start && q.end < m.end)) {
          nicknames++;
          continue;
        }
        const holders = spans.filter((s) => s.start < q.contentEnd && q.contentStart < s.end);
        if (!holders.length) lost.push(`${file}:${i + 1} [${q.contentStart}, ${q.contentEnd}) ${JSON.stringify(a.text.text.slice(q.contentStart, q.contentEnd).slice(0, 60))}`);
        else if (holders.some((h) => !h.unattributed)) attributed++;
      }
    }
    console.info(`nothing-lost: ${file}: ${found} quotations, ${attributed} in attributed statements, ${found - attributed - nicknames - lost.length} only in unattributed ones, ${nicknames} nicknames inside a name, ${lost.length} lost`);
    expect(found).toBeGreaterThan(100);
    expect(lost).toEqual([]);
  }, 600_000);
});
