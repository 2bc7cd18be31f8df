// Stage 3, the same document's date across paragraphs (src/3-statements/context/documents.ts): a
// speaker that refers back to a dated document with "the" ("The audit found", "the statement said",
// "the researchers found") speaks on the document's day. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { holding, read } from './_read.js';

const GAP = '\n\nThe ferry was built in 1998.\n\nIt carried 300 passengers a day.\n\nThe route opened in 1975.\n\n';

describe('a document referred back to in a later paragraph', () => {
  it.each([
    ['an audit office\'s finding, then "the audit"', 'The Harbour Audit Office said on Tuesday that the board had overpaid for dredging.\n\nThe audit found that the board had signed the contract without penalties.', 'the board had signed the contract', '2024-05-07'],
    ['"the statement said" after "according to a statement issued … on Monday"', 'Two harbour officials broke the tender rules, according to a statement issued by the harbour board on Monday.\n\nThe fees had been set too low, the statement said.', 'The fees had been set too low', '2024-05-06'],
    ['"the researchers found" after a study published on Tuesday', 'Seals avoid the new turbines, according to a study published on Tuesday in a journal.\n\nPups were born farther from the coast, the researchers found.', 'Pups were born farther from the coast', '2024-05-07'],
    ['"The report found" after a report the office published on Tuesday', 'The harbour office on Tuesday published a report on ferry delays.\n\nThe report found that crossings ran an average of 40 minutes late.', 'crossings ran an average', '2024-05-07'],
    ['"according to the report" four paragraphs after "in its final report yesterday"', `The ferry sank because of a faulty pump, the harbour authority said in its final report yesterday.${GAP}The crew had not been trained to use the pump, according to the report.`, 'The crew had not been trained', '2024-05-07'],
    ['a report named before the speaker', 'In a report published on Monday, the harbour office said that fees were too low.\n\nThe report found that ferries ran late.', 'ferries ran late', '2024-05-06'],
    ['a letter a sentence with no statement dates', 'The harbour watchdog sent a letter to the minister on Monday.\n\nThe letter said the contract was unlawful.', 'the contract was unlawful', '2024-05-06'],
    ['a report its description dates', 'The inquiry\'s report, published on Monday, runs to 400 pages.\n\nThe report found that warnings were ignored.', 'warnings were ignored', '2024-05-06'],
    ['"It said" after "The report found" in its paragraph', 'The harbour office on Tuesday published a report on ferry delays.\n\nThe report found that crossings ran late. It said the board had spent too little on boats.', 'the board had spent too little', '2024-05-07'],
    ['past another statement that referred back to it', 'The harbour office on Tuesday published a report on ferry delays.\n\nThe report found that crossings ran late.\n\nThe ferry company said it would add boats.\n\nThe report also said that fares had doubled.', 'fares had doubled', '2024-05-07'],
  ])('%s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });
});

describe('what the same document does not date', () => {
  it.each([
    ['a document the story never named before', 'The harbour board said on Monday that fees would rise.\n\nThe study found that fishermen earned less.', 'fishermen earned less', '2024-05-08'],
    ['a spokesman in the next paragraph (another occasion)', 'The harbour board said on Monday that fees would rise.\n\nA spokesman said the rise was modest.', 'the rise was modest', '2024-05-08'],
    ['a report named only in the words of a dated statement', 'The harbour minister said on Monday that the report was flawed.\n\nThe report found that ferries ran late.', 'ferries ran late', '2024-05-08'],
    ['a new report with no date between', 'The harbour office said in a report on Monday that fees would rise.\n\nA new report found that ferries ran late.\n\nThe report said crossings would be cut.', 'crossings would be cut', '2024-05-08'],
    ['a period the report covers, no issue', 'The harbour report covers the years from 2019 to 2023.\n\nThe report found that warnings were ignored.', 'warnings were ignored', '2024-05-08'],
    ['"It said" for another speaker than the report (guard)', 'The harbour office on Tuesday published a report on ferry delays.\n\nThe report found that crossings ran late. The ferry company rejected the findings. It said the boats ran on time.', 'the boats ran on time', '2024-05-08'],
    ['past the reach of five paragraphs', `The ferry sank because of a faulty pump, the harbour authority said in its final report yesterday.${GAP}The captain retired in 2019.\n\nHis son now runs the company.\n\nThe crew had not been trained to use the pump, according to the report.`, 'The crew had not been trained', '2024-05-08'],
  ])('%s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });
});

describe('a present-perfect finding dated by the document that follows', () => {
  it.each([
    ['an inquiry\'s finding, then its report', 'A harbour inquiry has found that poor signals let the ferries collide.\n\nThe report, presented on Tuesday, found that the pilots were tired.', 'poor signals let the ferries collide', '2024-05-07'],
    ['(guard) not a stance', 'The harbour board has defended the new fees.\n\nThe report, presented on Tuesday, found that the fees were fair.', 'the new fees', '2024-05-08'],
    ['(guard) not a person\'s dated words', 'A harbour inquiry has found that poor signals let the ferries collide.\n\nThe mayor said on Tuesday that the pilots were tired.', 'poor signals let the ferries collide', '2024-05-08'],
  ])('%s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });
});

describe('the lead\'s unnamed body, named in the next paragraph', () => {
  it('gives the named body\'s words the lead\'s day ("the regulator said on Tuesday" → "The … Authority said")', () => {
    const text = 'Harbour banks were fined for late reports, the regulator said on Tuesday.\n\nThe Harbour Conduct Authority said two banks had ignored its warnings.';
    expect(holding(read(text), 'two banks had ignored')?.date).toBe('2024-05-07');
  });
});
