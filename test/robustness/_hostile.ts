// Test fixture: hostile and odd inputs for `newsgraph build` (issue 8), written as bytes into a
// temporary directory. Small ones are written by writeHostileFiles; the big ones (a 50 MB article,
// a 100,000-line corpus) by functions that stream them to disk, also used by scripts/gen-hostile.ts.
// Every text is invented here; nothing is copied from the evaluation data.

import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** A paragraph of invented news with attributed and unattributed quotations. */
export const NEWS =
  'Foreign Minister Anna Berg said on Tuesday that the talks in Oslo would resume in March. ' +
  '"We are not leaving the table," Berg told reporters. ' +
  'The ministry said in a statement that "a fair deal" was close.\n\n';

/** Names and quotations with characters that must be escaped in Turtle, JSON and XML. */
export const HOSTILE_NAMES = [
  'Dr. Quote "The Hammer" O\'Neil',
  'Anna <script>alert(1)</script> Berg',
  'Back\\Slash Institute',
  'Emoji 😀 Party',
  'עמית כהן', // RTL (Hebrew)
  'محمد الأحمد', // RTL (Arabic)
  'Rtl\u202eOverride Corp',
  'Ctrl\u0001\u0007\u001b[31mRed Ministry',
  'Zero\u200bWidth\ufeffNames',
];

/** Small hostile inputs: file name → bytes. Article names say what each one is. */
export function hostileFiles(): Record<string, Uint8Array> {
  const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
  const utf16le = (s: string): Uint8Array => Buffer.from(s, 'utf16le');
  const utf16be = (s: string): Uint8Array => Buffer.from(s, 'utf16le').swap16();
  const hostileText = HOSTILE_NAMES.map((n, i) => `${n} said on Monday that "${n} is ${i < 3 ? '<b>bold</b> \\ "fine"' : 'here 😀'}," according to ${n}.`).join('\n\n');
  return {
    'empty.txt': new Uint8Array(0),
    'whitespace.txt': utf8('   \n\t\n \r\n  \u00a0\n'),
    'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256)]),
    'control-bytes.txt': Uint8Array.from(Array.from({ length: 400 }, (_, i) => [1, 2, 3, 4, 5, 6, 0x41][i % 7]!)),
    'latin1.txt': Buffer.from('The mayor of S\xe3o Paulo said the caf\xe9 would stay open. \x93We will not close,\x94 she told reporters.\n', 'latin1'),
    'bad-utf8.txt': Buffer.concat([utf8('Minister Anna Berg said “the talks are over”. '), Buffer.from([0xff, 0xc3]), utf8('\n\nBerg said the café was “closed”.\n')]),
    'utf8-bom.txt': utf8('\ufeff' + NEWS),
    'utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(NEWS + 'São Paulo’s mayor said “yes”.\n')]),
    'utf16be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(NEWS)]),
    'utf16le-nobom.txt': utf16le(NEWS),
    'crlf.txt': utf8(`Title: Line ends\r\nDate: 2023-01-31\r\n\r\n${NEWS.replace(/\n/g, '\r\n')}Old Mac line end.\rAnother.\r`),
    'quotes.txt': utf8(
      [
        'Berg said "unbalanced straight quote and never closed.',
        'Berg said “curly unbalanced.',
        'Berg said "outer \'inner single\' and “inner curly” end".',
        '“Nested «guillemets ‹single› inside» curly,” Berg said.',
        '«Guillemets français», a dit Berg. »Reversed German« said Berg. „German low-high“ said Berg.',
        '"""Triple""" said Berg. "" said Berg. ” Closing first “ said Berg.',
        '「Japanese corner brackets」 said Berg.',
        '"' + 'Very long quotation '.repeat(200) + '" said Berg.',
      ].join('\n\n'),
    ),
    'non-english.txt': utf8(
      'Министр иностранных дел Сергей Лавров заявил, что «переговоры окончены».\n\n' +
        '外交部发言人汪文斌说：“我们反对。”\n\n' +
        'قال وزير الخارجية إن "المحادثات انتهت".\n\n' +
        'Der Minister sagte: „Wir verhandeln weiter.“\n',
    ),
    'hostile-names.txt': utf8(`Title: Names <with> "quotes" & \\ 😀\n\n${hostileText}\n`),
    'hostile-names.md': utf8(`---\ntitle: "Markdown <b>title</b> \\u0000 😀"\n---\n# Heading\n\n${hostileText}\n`),
    'hostile.html': utf8(
      `<html><head><title>T &lt;i&gt; "q" \\ 😀</title><script>var x = "<p>not text</p>";</script></head><body><article>` +
        HOSTILE_NAMES.map((n) => `<p>${n.replace(/&/g, '&amp;').replace(/</g, '&lt;')} said &quot;ok&quot; &#0; &#xD800; &#x1F600; &bogus; <b>today</b>.</p>`).join('') +
        `<p>Unclosed <i>tags <div> everywhere</article>`,
    ),
    'only-markup.html': utf8('<html><body><script>alert(1)</script><nav>Home</nav></body></html>'),
  };
}

/** JSON Lines records (one string per line, some malformed on purpose) and what each line is. */
export function hostileJsonl(): Array<{ line: string; what: string; bad?: true }> {
  const rec = (o: unknown): string => JSON.stringify(o);
  return [
    { line: rec({ id: 'ok-1', text: NEWS, published: '2023-01-31' }), what: 'a good record' },
    { line: '{"id": "broken", "text": "unterminated', what: 'not JSON', bad: true },
    { line: '[1, 2, 3]', what: 'an array, not an object', bad: true },
    { line: rec({ id: 'no-text' }), what: 'no text', bad: true },
    { line: rec({ id: 'blank-text', text: ' \n\t ' }), what: 'blank text', bad: true },
    { line: rec({ id: '../../escape', text: NEWS }), what: 'an id with ../..' },
    { line: rec({ id: '/etc/passwd', text: NEWS }), what: 'an absolute path as id' },
    { line: rec({ id: 'C:\\Windows\\x', text: NEWS }), what: 'a Windows path as id' },
    { line: rec({ id: 'emoji 😀 <id> "q"', text: HOSTILE_NAMES.map((n) => `${n} said "yes".`).join(' ') }), what: 'hostile names and id' },
    { line: '{"id":"surrogates","text":"Berg said \\"lone \\ud800 high and \\udc00 low\\" today. \\u0000 NUL \\uffff and \\ufffe.","title":"T\\ud83d"}', what: 'lone surrogates, NUL, U+FFFE/FFFF via escapes' },
    { line: rec({ id: 42, text: NEWS, published: 'not a date', url: 'javascript:alert("x") <b>' }), what: 'numeric id, bad date, hostile url' },
    { line: '', what: 'a blank line' },
    { line: rec({ id: 'crlf', text: NEWS }) + '\r', what: 'a CRLF line end' },
    { line: rec({ id: 'dup', text: NEWS }), what: 'an id that repeats' },
    { line: rec({ id: 'dup', text: NEWS + 'More.' }), what: 'the repeated id' },
    { line: '"just a string"', what: 'a JSON string', bad: true },
    { line: 'null', what: 'JSON null', bad: true },
  ];
}

/** A JSON Lines corpus file holding hostileJsonl() plus a line of invalid UTF-8 bytes (line 18). */
export function hostileJsonlBytes(): Buffer {
  const lines = hostileJsonl().map((r) => Buffer.from(r.line + '\n', 'utf8'));
  lines.push(Buffer.concat([Buffer.from('{"id":"bad-bytes","text":"Berg said \\"caf', 'utf8'), Buffer.from([0xe9, 0xff]), Buffer.from('\\" today."}\n', 'utf8')]));
  return Buffer.concat(lines);
}

/**
 * Streams an article of about `bytes` bytes to `path`: invented news paragraphs with quotations,
 * varied by a counter so tokens and entities are not all the same. Returns the bytes written.
 */
export function writeBigArticle(path: string, bytes: number): number {
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    for (let i = 0; written < bytes; i++) {
      const p = `Minister ${NAMES[i % NAMES.length]} said on day ${i} that "the talks in ${CITIES[i % CITIES.length]} are going well." ${NEWS}`;
      written += writeSync(fd, p);
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

/**
 * Writes a JSON Lines corpus of `lines` lines to `path`; every `badEvery`-th line is malformed (not
 * JSON, or without text), the others are short articles. Returns the 1-based numbers of the bad lines.
 */
export function writeBigCorpus(path: string, lines: number, badEvery: number): number[] {
  const bad: number[] = [];
  const out: string[] = [];
  for (let n = 1; n <= lines; n++) {
    if (n % badEvery === 0) {
      bad.push(n);
      out.push(n % (2 * badEvery) === 0 ? `{"id":"bad-${n}","text":` : JSON.stringify({ id: `empty-${n}` }));
    } else out.push(JSON.stringify({ id: `a-${n}`, text: `${NAMES[n % NAMES.length]} said "item ${n} is ready" in ${CITIES[n % CITIES.length]}.` }));
  }
  writeFileSync(path, out.join('\n') + '\n');
  return bad;
}

const NAMES = ['Anna Berg', 'Olav Lund', 'Maria Silva', 'Kenji Sato', 'Amara Okafor', 'Lena Novak'];
const CITIES = ['Oslo', 'Bergen', 'Lisbon', 'Osaka', 'Lagos', 'Prague'];

/** Writes hostileFiles() into `dir`; returns the file names. */
export function writeHostileFiles(dir: string): string[] {
  const files = hostileFiles();
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return Object.keys(files);
}
