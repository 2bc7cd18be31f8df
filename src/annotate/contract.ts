// The annotation contract of ../shared/eval/README.md: one JSON object per document with
// statements, entities and dates, taken from an Analysis. Used by `newsgraph annotate`; with
// `explain`, each statement also carries why it is there (3-statements/explain.ts).

import { explainStatements, type StatementExplanation } from '../3-statements/explain.js';
import type { Analysis, Entity, StatementKind } from '../types.js';

export interface ContractSpan {
  start: number;
  end: number;
  text: string;
}

export interface ContractStatement {
  content: ContractSpan;
  speaker: (ContractSpan & { name: string | null }) | null;
  cue: ContractSpan | null;
  type: 'direct' | 'indirect' | 'mixed';
  /** What the statement reports: speech, thought, stance, intention or finding. */
  kind: StatementKind;
  date: string | null;
  place: string | null;
  about: string[];
  /** Index (in `statements`) of the statement that reports this one, or null. */
  parent: number | null;
  /** The statement-confidence model's probability (extra to the contract; scorers ignore it). */
  confidence: number | null;
  /** The cue is negated ("did not say", "does not believe"): the source is reported as not saying it (extra to the contract; absent when affirmative). */
  negated?: true;
  /** The words said in pieces when a cue clause interrupts the quotation (extra to the contract; `content` spans them all). */
  parts?: ContractSpan[];
  /** With `explain` only: the rule, cue, confidence and model features behind the statement (extra to the contract). */
  explain?: StatementExplanation;
}

export interface ContractDocument {
  id: string;
  statements: ContractStatement[];
  entities: { start: number; end: number; text: string; type: string; name: string }[];
  dates: { start: number; end: number; text: string; value: string }[];
}

/** Options of toContract. */
export interface ContractOptions {
  /** Add an `explain` object to every statement (default false: the contract as scorers read it). */
  explain?: boolean;
}

/** Converts one analysis to the annotation contract. */
export function toContract(a: Analysis, options: ContractOptions = {}): ContractDocument {
  const byKey = new Map<string, Entity>(a.mentions.entities.map((e) => [e.key, e]));
  // A key may name an entity the article only implies (a capital's country): its name is in the key.
  const name = (key: string | null) => (key ? (byKey.get(key)?.name ?? key.slice(key.indexOf('/') + 1)) : null);
  // The contract reports who said what: quotations with no speaker stay in the graph only.
  const said = a.statements.filter((s) => !s.unattributed);
  const index = new Map(said.map((s, i) => [s.id, i]));
  const explained = options.explain ? new Map(explainStatements(a).map((x) => [x.statement, x])) : null;
  return {
    id: a.article.id,
    statements: said.map((s) => ({
      content: s.content,
      speaker: s.speaker ? { ...s.speaker, name: name(s.speakerEntity) } : s.speakerEntity ? { start: s.content.start, end: s.content.start, text: '', name: name(s.speakerEntity) } : null,
      cue: s.cue,
      type: s.form,
      kind: s.kind ?? 'speech',
      date: s.date,
      place: name(s.place),
      about: s.about.map((k) => name(k)).filter((n): n is string => !!n),
      parent: s.parent === null ? null : (index.get(s.parent) ?? null),
      confidence: s.confidence,
      ...(s.negated ? { negated: true as const } : {}),
      ...(s.parts ? { parts: s.parts } : {}),
      ...(explained ? { explain: explained.get(s.id)! } : {}),
    })),
    entities: a.mentions.mentions
      .filter((m) => m.kind === 'name' || m.kind === 'acronym')
      .map((m) => ({ start: m.start, end: m.end, text: m.text, type: byKey.get(m.entity)?.type ?? 'Thing', name: byKey.get(m.entity)?.name ?? m.text })),
    dates: a.mentions.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value })),
  };
}
