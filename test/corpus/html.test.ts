import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readHtmlArticle } from '../../src/corpus/index.js';

const P1 = 'Russian Foreign Minister Sergei Lavrov said on Tuesday that the talks were over.';
const P2 = '"We are done," he told reporters in Moscow, according to the ministry.';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks end - Example News</title>${head}</head><body>${body}</body></html>`;
}

const NEWS_PAGE = page(
  `<div class="cookie-banner">We use cookies. Accept all cookies?</div>
   <header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
   <main><article>
     <h1>Talks end in Geneva</h1>
     <div class="byline">By Jane Doe · <time datetime="2023-01-31T09:00:00Z">January 31</time></div>
     <p>${P1}</p>
     <script>var ad = "<p>not text</p>";</script>
     <div class="share-tools"><a>Share on Twitter</a></div>
     <p>${P2.replace(/"/g, '&quot;')}</p>
     <figure><img src="x.jpg"><figcaption>Lavrov in 2022.</figcaption></figure>
   </article>
   <aside><h2>Related stories</h2><p>Another story about something else entirely, with many words.</p></aside></main>
   <footer><p>Copyright 2023 Example News. All rights reserved.</p></footer>`,
  `<meta property="og:title" content="Talks end in Geneva">
   <meta property="article:published_time" content="2023-01-31T09:00:00Z">
   <link rel="canonical" href="https://example.org/talks-end">`,
);

describe('readHtmlArticle', () => {
  it('keeps the article paragraphs, separated by blank lines, and drops scripts, navigation and boilerplate', () => {
    const a = readHtmlArticle(NEWS_PAGE, { id: 'talks', source: 'pages/talks.html' });
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('reads title, date, canonical URL and byline', () => {
    const a = readHtmlArticle(NEWS_PAGE, { id: 'talks' });
    expect(a).toMatchObject({ id: 'talks', title: 'Talks end in Geneva', published: '2023-01-31', url: 'https://example.org/talks-end', author: 'Jane Doe' });
  });

  it('reads JSON-LD NewsArticle metadata', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', datePublished: '2022-09-30', author: { '@type': 'Person', name: 'Ann Lee' }, url: 'https://e.org/h' };
    const a = readHtmlArticle(page(`<article><p>${P1}</p></article>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`), { id: 'h' });
    expect(a).toMatchObject({ title: 'H', published: '2022-09-30', author: 'Ann Lee', url: 'https://e.org/h' });
  });

  it('finds the story without <article> by where the paragraph text is', () => {
    const html = page(
      `<div id="menu"><p>Home World Politics Business Sport Science Culture Opinion</p></div>
       <div class="content"><div class="story"><p>${P1}</p><p>${P2}</p></div>
       <div class="sidebar"><p>Most read: a story about the weather this weekend in London.</p></div></div>`,
    );
    expect(readHtmlArticle(html, { id: 'x' }).text).toBe(`${P1}\n\n${P2}`);
  });

  it('falls back to <title> and survives broken markup and broken JSON-LD', () => {
    const a = readHtmlArticle(`<html><head><title>Only a title</title><script type="application/ld+json">{broken</script></head><body><p>${P1}<p>${P2}</b></div>`, { id: 'x' });
    expect(a.title).toBe('Only a title');
    expect(a.text).toBe(`${P1}\n\n${P2}`);
    expect(a.published).toBeNull();
  });

  it('decodes entities', () => {
    expect(readHtmlArticle(page('<article><p>AT&amp;T&#8217;s chief said &ldquo;no&rdquo;.</p></article>'), { id: 'x' }).text).toBe('AT&T’s chief said “no”.');
  });

  it('throws InputError when the page holds no text', () => {
    expect(() => readHtmlArticle(page('<nav><a>Home</a></nav><script>x()</script>'), { id: 'x', source: 'empty.html' })).toThrow(InputError);
  });
});

describe('deeply nested HTML (issue 22 item 10)', () => {
  it.each([6_000, 50_000])('reads the story under %i nested <div> without overflowing the stack', (depth) => {
    const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>Minister Anna Berg said on Tuesday that the talks would resume.</p>${'</div>'.repeat(depth)}</body></html>`;
    const a = readHtmlArticle(html, { id: 'deep', source: 'deep.html' });
    expect(a.text).toBe('Minister Anna Berg said on Tuesday that the talks would resume.');
    expect(a.title).toBe('Deep');
  });
});
