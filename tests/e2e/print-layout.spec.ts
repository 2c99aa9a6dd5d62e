import { execFileSync } from 'node:child_process';
import { expect, test } from './print/print-test';
import type { PrintPage } from './print/print-page';
import { longPrint, printed, sampleRelease, samplePrint } from './print/print-samples';
import type { RichTextNode } from '../../electron/shared/schemas/rich-text';

const MM = 96 / 25.4;
const PAPER_PX = {
  A4: { width: 210 * MM, height: 297 * MM },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
};

const long = longPrint();
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

function pdfInfo(path: string, lastPage: number): string {
  return execFileSync('pdfinfo', ['-f', '1', '-l', String(lastPage), path], { encoding: 'utf8' });
}

function pdfPageText(path: string, pageNumber: number): string {
  return execFileSync(
    'pdftotext',
    ['-f', String(pageNumber), '-l', String(pageNumber), '-layout', path, '-'],
    {
      encoding: 'utf8',
    },
  );
}

async function renderLong(print: PrintPage, pageSize: 'A4' | 'Letter' = 'A4'): Promise<number> {
  return print.render(long.html, pageSize);
}

test('the sample release fits on one page, numbered and without "-more-"', async ({ print }, testInfo) => {
  expect(await print.render(samplePrint('en').html, 'A4')).toBe(1);
  const pdf = testInfo.outputPath('sample-a4.pdf');
  await print.page.pdf({ path: pdf, preferCSSPageSize: true });
  expect(pdfInfo(pdf, 1)).toMatch(/^Pages:\s+1$/m);
  // Text a journalist can copy, in reading order.
  expect(pdfPageText(pdf, 1).replace(/\s+/g, ' ')).toContain(
    'Bergen, 12 November 2026 – The Alliance for Coastal Towns and Nordlys Energy have signed an agreement',
  );
  const [page, ...others] = await print.laidOutPages();
  expect(others).toEqual([]);
  expect(page).toMatchObject({
    pageNumber: 'Page 1 of 1',
    more: null,
    runningHeader: null,
    contentInside: true,
  });
  expect(words(page?.bodyText ?? '').slice(0, 5)).toEqual(['Bergen,', '12', 'November', '2026', '–']);

  expect(await print.render(samplePrint('fr').html, 'A4')).toBe(1);
  expect((await print.laidOutPages())[0]).toMatchObject({ pageNumber: 'Page 1 sur 1', more: null });
  await expect(print.page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a long release runs over pages with "-more-", page numbers and a running header', async ({ print }) => {
  const count = await renderLong(print);
  expect(count).toBeGreaterThanOrEqual(3);
  const pages = await print.laidOutPages();
  expect(pages).toHaveLength(count);
  const runningHeader = long.html.match(/data-running-header="([^"]+)"/)?.[1];
  pages.forEach((page, index) => {
    const last = index === count - 1;
    expect(page.pageNumber).toBe(`Page ${index + 1} of ${count}`);
    expect(page.more).toBe(last ? null : '-more-');
    expect(page.runningHeader).toBe(index === 0 ? null : runningHeader);
    expect(page.contentInside, `page ${index + 1} overflows`).toBe(true);
    if (!last)
      expect(page.lastBlock?.keepsWithNext, `page ${index + 1} ends on ${page.lastBlock?.tag}`).toBe(false);
  });
});

test('every word of the body is printed once, in reading order', async ({ print }) => {
  await renderLong(print);
  const pages = await print.laidOutPages();
  const printed = pages.flatMap((page) => words(page.bodyText));
  expect(printed).toEqual(['Bergen,', '12', 'November', '2026', '–', ...long.bodyWords]);
});

test('quotes stay whole, the paragraph taller than a page is split, and lists keep their numbers', async ({
  print,
}) => {
  await renderLong(print);
  const layout = await print.page.evaluate(() => ({
    quotes: Array.from(document.querySelectorAll('.page blockquote'), (quote) => quote.className),
    splitParagraphs: document.querySelectorAll('.page p.is-split').length,
    continuedParagraphs: document.querySelectorAll('.page p.is-continuation').length,
    numbers: Array.from(document.querySelectorAll('.page .release-body ol > li'), (item) =>
      item instanceof HTMLLIElement ? item.value : -1,
    ),
  }));
  expect(layout.quotes).toEqual(['']);
  expect(layout.splitParagraphs).toBeGreaterThanOrEqual(1);
  expect(layout.continuedParagraphs).toBe(layout.splitParagraphs);
  expect(layout.numbers).toEqual([1, 2, 3, 4]);
});

test('blocks taller than a page are broken, not looped over, and lose no word', async ({ print }) => {
  const numbered = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, index) => `${prefix}${index}`);
  const paragraph = (list: string[]): RichTextNode => ({
    type: 'paragraph',
    content: [{ type: 'text', text: list.join(' ') }],
  });
  const quote = numbered(1_200, 'q');
  const item = numbered(900, 'i');
  const huge = numbered(2_500, 'p');
  const release = {
    ...sampleRelease('en'),
    dateline: { place: '', date: null },
    body: {
      type: 'doc' as const,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Heading' }] },
        { type: 'blockquote', content: [paragraph(quote)] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(item)] }] },
        paragraph(huge),
      ],
    },
  };
  const count = await print.render(printed(release).html, 'A4');
  const pages = await print.laidOutPages();
  expect(pages).toHaveLength(count);
  expect(pages.flatMap((page) => words(page.bodyText))).toEqual(['Heading', ...quote, ...item, ...huge]);
  pages.forEach((page, index) => expect(page.contentInside, `page ${index + 1} overflows`).toBe(true));
});

test('A4 and Letter give boxes of the paper’s size', async ({ print }) => {
  for (const size of ['Letter', 'A4'] as const) {
    await renderLong(print, size);
    for (const page of await print.laidOutPages()) {
      expect(page.width).toBeCloseTo(PAPER_PX[size].width, 0);
      expect(page.height).toBeCloseTo(PAPER_PX[size].height, 0);
    }
  }
});

test('printing gives one PDF sheet of the right size per page, with header and "-more-" as text', async ({
  print,
}, testInfo) => {
  const count = await renderLong(print);
  const a4 = testInfo.outputPath('long-a4.pdf');
  await print.page.pdf({ path: a4, preferCSSPageSize: true, tagged: true });
  const info = pdfInfo(a4, count);
  expect(info).toMatch(new RegExp(`^Pages:\\s+${count}$`, 'm'));
  expect(info.match(/^Page\s+\d+ size:.*$/gm)).toEqual(
    Array.from({ length: count }, (_, index) =>
      expect.stringMatching(new RegExp(`^Page\\s+${index + 1} size:.*\\(A4\\)`)),
    ),
  );
  const second = pdfPageText(a4, 2);
  expect(second).toContain('ACT 042(2026) – Coastal towns, energy companies and research institutes…');
  expect(second).toContain('-more-');
  expect(second).toContain(`Page 2 of ${count}`);
  expect(pdfPageText(a4, count)).not.toContain('-more-');

  const letterCount = await renderLong(print, 'Letter');
  const letter = testInfo.outputPath('long-letter.pdf');
  await print.page.pdf({ path: letter, preferCSSPageSize: true });
  const letterInfo = pdfInfo(letter, letterCount);
  expect(letterInfo).toMatch(new RegExp(`^Pages:\\s+${letterCount}$`, 'm'));
  expect(letterInfo.match(/^Page\s+\d+ size:\s+612 x 792 pts \(letter\)/gm)).toHaveLength(letterCount);
  expect(pdfPageText(letter, 1)).toContain('Bergen, 12 November 2026 – Coast');
});

test('embedded in a scaled or zoomed frame, as the editor’s preview, the layout is the same', async ({
  print,
}) => {
  const count = await renderLong(print);
  const direct = (await print.laidOutPages()).map((page) => words(page.bodyText).length);
  // The editor scales its preview from outside, with a transform or with zoom.
  await print.page.evaluate(() =>
    Promise.all(
      (
        [
          ['transform', (frame: HTMLIFrameElement) => (frame.style.transform = 'scale(0.37)')],
          ['zoom', (frame: HTMLIFrameElement) => (frame.style.zoom = '0.6')],
        ] as const
      ).map(
        ([name, scale]) =>
          new Promise<void>((resolve) => {
            const frame = document.createElement('iframe');
            frame.addEventListener('load', () => resolve(), { once: true });
            frame.src = `print.html?preview=${name}`;
            frame.style.width = '900px';
            frame.style.height = '600px';
            scale(frame);
            document.body.prepend(frame);
          }),
      ),
    ),
  );
  for (const name of ['transform', 'zoom']) {
    const frame = print.page.frames().find((candidate) => candidate.url().endsWith(`preview=${name}`));
    if (!frame) throw new Error(`No ${name} frame`);
    await frame.waitForSelector('html[data-print-state]');
    const pages = await frame.evaluate(async (html) => {
      const target = window as unknown as {
        newsroomPrint: { render(h: string, o: { pageSize: 'A4' }): Promise<{ pages: number }> };
      };
      await target.newsroomPrint.render(html, { pageSize: 'A4' });
      return Array.from(document.querySelectorAll<HTMLElement>('.page'), (page) => {
        const box = page.getBoundingClientRect();
        const text = Array.from(
          page.querySelectorAll<HTMLElement>('.release-body'),
          (body) => body.innerText,
        ).join('\n');
        return { width: box.width, words: text.split(/\s+/).filter((word) => word !== '').length };
      });
    }, long.html);
    expect(pages).toHaveLength(count);
    expect(pages.map((page) => page.words)).toEqual(direct);
    for (const page of pages) expect(page.width).toBeCloseTo(PAPER_PX.A4.width, 0);
  }
});

test('the print page strips scripts, styles, handlers and unsafe links before printing', async ({
  print,
  harness,
}) => {
  const hostile =
    '<article class="release" lang="en" data-page-label="Page {page} of {pages}" data-more-label="-more-">' +
    '<div class="release-body"><p style="color:red" onclick="alert(1)">Text <a href="javascript:alert(1)">bad</a> ' +
    '<a href="https://www.example.org/" rel="noopener noreferrer" onmouseover="alert(2)">good</a>' +
    '<a href="/inside-the-app">relative</a><img src="x" onerror="alert(3)"></p><ol start="3"><li>Third</li></ol>' +
    '<script>window.hacked = true</script><style>p { display: none }</style><iframe src="https://example.org"></iframe>' +
    '<form action="https://example.org"><input name="q"></form><object data="x"></object><embed src="x">' +
    '<link rel="stylesheet" href="https://example.org/x.css"><meta http-equiv="refresh" content="0"><base href="https://example.org/">' +
    '</div></article>';
  expect(await print.render(hostile, 'A4')).toBe(1);
  const found = await print.page.evaluate(() => ({
    forbidden: document.querySelectorAll(
      '.page :is(script, style, iframe, form, object, embed, link, meta, base), .page [style], .page [onclick], .page [onmouseover], .page [onerror]',
    ).length,
    links: Array.from(document.querySelectorAll<HTMLAnchorElement>('.page a'), (link) => [
      link.getAttribute('href'),
      link.rel,
    ]),
    images: Array.from(document.querySelectorAll('.page img'), (image) => image.getAttribute('src')),
    numbers: Array.from(document.querySelectorAll('.page ol > li'), (item) =>
      item instanceof HTMLLIElement ? item.value : -1,
    ),
    lang: document.documentElement.lang,
    hacked: 'hacked' in window,
  }));
  expect(found).toEqual({
    forbidden: 0,
    links: [
      [null, ''],
      ['https://www.example.org/', 'noopener noreferrer'],
      [null, ''],
    ],
    images: [null],
    numbers: [3],
    lang: 'en',
    hacked: false,
  });
  await expect(print.render('<p>No article here</p>', 'A4')).rejects.toThrow(/no <article class="release">/);
  // Parsing the string inside the page already meets the CSP, which blocks every inline handler,
  // style and base URL it finds; nothing else may be reported (no request, no frame, no script).
  expect(await print.violations()).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^(script-src-attr|style-src-attr|style-src-elem|base-uri) /),
    ]),
  );
  for (const violation of await print.violations()) {
    expect(violation).toMatch(/^(script-src-attr|style-src-attr|style-src-elem|base-uri) /);
  }
  await print.forgetViolations();
  harness.pageErrors.splice(0);
});

test('renders and paginates 3,000 words well under 100 ms', async ({ print }) => {
  await renderLong(print);
  const times = await print.timeRenders(long.html, 'A4', 10);
  const sorted = [...times].sort((a, b) => a - b);
  const median = ((sorted[4] ?? 0) + (sorted[5] ?? 0)) / 2;
  test.info().annotations.push({
    type: 'render+paginate (ms)',
    description: `median ${median.toFixed(1)}; runs ${times.map((time) => time.toFixed(1)).join(', ')}`,
  });
  console.log(`render+paginate of ${long.bodyWords.length} words: median ${median.toFixed(1)} ms`, times);
  expect(median).toBeLessThan(100);
});
