import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { defaultPdfFileName } from '../../electron/core/pdf/export-file-name';
import { renderReleasePdf } from '../../electron/core/pdf/render-release-pdf';
import { resolveInsideFolder } from '../../electron/core/pdf/resolve-inside-folder';
import { writeFileAtomically } from '../../electron/core/store/atomic-write';
import { renderReleaseHtml } from '../../electron/core/release-render/render-release-html';
import { startCanaryServer } from './pdf/canary-server';
import {
  hostilePayloads,
  hostileReleases,
  VISIBLE_MARKER_COPIES,
  type HostilePayload,
} from './pdf/hostile-releases';
import { noActivity, PageWatch } from './pdf/page-watch';
import { PDF_CASES, type PdfCase } from './pdf/pdf-cases';
import { pdfActions } from './pdf/pdf-links';
import { HARNESS_ORIGIN } from './harness/app-harness';
import { APP_VERSION, builtRendererPrinter, exportToFile } from './pdf/built-renderer-printer';
import { expect, test } from './pdf/pdf-test';
import { pageSizes, pageTexts, pdfFonts, pdfInfo } from './pdf/poppler';

// One worker and one warm printer for the whole file, as the app keeps one print page.
test.describe.configure({ mode: 'default' });

/** Folds whitespace as `pageText` does, no-break spaces included. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const PAPER_POINTS = { A4: { width: 595.28, height: 841.89 }, Letter: { width: 612, height: 792 } };
/** Chromium rounds the sheet to its own units: A4 comes out 594.96 x 841.92 pt, within 0.12 mm. */
const PAPER_TOLERANCE_PT = 0.5;

/** Where each text of `order` starts, each searched after the one before; -1 when not found there. */
function positionsInOrder(text: string, order: readonly string[]): number[] {
  let from = 0;
  return order.map((wanted) => {
    const at = text.indexOf(normalise(wanted), from);
    if (at >= 0) from = at + normalise(wanted).length;
    return at;
  });
}

async function catalogOf(pdf: Uint8Array) {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).catalog;
}

function checkTextAndPages(pdfCase: PdfCase, texts: string[]): void {
  const whole = texts.join(' ');
  const positions = positionsInOrder(whole, pdfCase.readingOrder);
  expect(
    pdfCase.readingOrder.filter((_, index) => (positions[index] ?? -1) < 0),
    'texts missing, or out of reading order',
  ).toEqual([]);
  for (const verbatim of pdfCase.verbatim) expect(whole).toContain(normalise(verbatim));
  const { more, pageOf } = pdfCase.marks;
  texts.forEach((text, index) => {
    const last = index === texts.length - 1;
    expect(text, `page ${index + 1}`).toContain(pageOf(index + 1, texts.length));
    if (last) expect(text, 'the last page').not.toContain(more);
    else expect(text, `page ${index + 1}`).toContain(more);
  });
  // One end mark, standing alone (the reading order has already placed it before the contacts).
  expect(whole.split(` ${pdfCase.marks.endMark} `)).toHaveLength(2);
}

for (const pdfCase of PDF_CASES) {
  test(`${pdfCase.name}: reading order, page marks, fonts, tags, metadata and paper`, async ({
    printer,
  }, testInfo) => {
    const path = testInfo.outputPath(`${pdfCase.name}.pdf`);
    const { pdf, pages } = await exportToFile(printer, pdfCase.release, pdfCase.context, path);
    expect(pages).toBe(pdfCase.pages);
    checkTextAndPages(pdfCase, pageTexts(path, pages));

    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    // Bundled fonts only, embedded as subsets: no system font decided any glyph.
    for (const font of fonts) expect(font.name).toMatch(/^[A-Z]{6}\+Noto(Sans|Serif)-/);

    const { release } = pdfCase;
    expect(pdfInfo(path)).toMatchObject({
      Title: normalise(release.headline),
      Author: 'Alliance for Coastal Towns',
      Subject: pdfCase.subject,
      Keywords: release.tags.join(', '),
      Producer: `Newsroom ${APP_VERSION}`,
      Creator: 'Newsroom',
      CreationDate: '2026-11-12T09:30:00Z',
      ModDate: '2026-11-12T09:30:00Z',
      Tagged: 'yes',
      JavaScript: 'no',
      Pages: String(pages),
    });
    const catalog = await catalogOf(pdf);
    expect(String(catalog.get(PDFName.of('Lang')))).toBe(`(${release.language})`);
    expect(catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
    expect(catalog.has(PDFName.of('Outlines'))).toBe(true);

    const paper = PAPER_POINTS[pdfCase.context.pageSize];
    const sizes = pageSizes(path, pages);
    expect(sizes).toHaveLength(pages);
    for (const size of sizes) {
      expect(Math.abs(size.width - paper.width)).toBeLessThan(PAPER_TOLERANCE_PT);
      expect(Math.abs(size.height - paper.height)).toBeLessThan(PAPER_TOLERANCE_PT);
    }

    const actions = await pdfActions(pdf);
    expect(actions.uris.length).toBeGreaterThan(0);
    expect(actions.uris.filter((uri) => !/^(https|mailto):/.test(uri))).toEqual([]);
    expect([actions.otherActions, actions.documentTriggers]).toEqual([[], []]);
  });
}

test('the printer runs concurrent jobs one by one, each on its own release, and recovers after a broken one', async ({
  printer,
}, testInfo) => {
  const [english, , french] = PDF_CASES;
  const job = (pdfCase: PdfCase, articleHtml = renderReleaseHtml(pdfCase.release, pdfCase.context)) => ({
    articleHtml,
    pageSize: pdfCase.context.pageSize,
    title: pdfCase.release.headline,
    language: pdfCase.release.language,
  });
  const [first, broken, third] = await Promise.allSettled([
    printer.print(job(english!)),
    printer.print(job(english!, '<p>No article here</p>')),
    printer.print(job(french!)),
  ]);
  expect(broken).toMatchObject({
    status: 'rejected',
    reason: { code: 'print-failed', message: expect.stringMatching(/no <article class="release">/) },
  });
  const texts = await Promise.all(
    [first, third].map(async (outcome, index) => {
      if (outcome?.status !== 'fulfilled') throw new Error(`job ${index} failed`);
      const path = testInfo.outputPath(`concurrent-${index}.pdf`);
      await writeFileAtomically(path, outcome.value.pdf);
      return pageTexts(path, 1)[0];
    }),
  );
  expect(texts[0]).toContain('PRESS RELEASE');
  expect(texts[1]).toContain('COMMUNIQUÉ DE PRESSE');
});

/**
 * How many times `marker` is printed. A right-to-left override (U+202E) in a payload makes the
 * rest of its line read backwards, the marker included: those copies count too.
 */
function copiesOf(marker: string, text: string): number {
  const backwards = [...marker].reverse().join('');
  return text.split(marker).length - 1 + text.split(backwards).length - 1;
}

/** The payloads whose text did not come through: too few markers, or not printed as typed. */
function lostPayloads(payloads: readonly HostilePayload[], text: string): string[] {
  const compact = text.replace(/\s+/g, '');
  return payloads.flatMap((payload) => {
    const copies = copiesOf(payload.marker, text);
    const lost =
      copies < VISIBLE_MARKER_COPIES ? [`${copies} × ${payload.marker} ${JSON.stringify(payload.text)}`] : [];
    // A payload of printable ASCII must be printed as the very characters typed.
    if (/^[\x20-\x7e]+$/.test(payload.text) && !compact.includes(payload.text.replace(/\s+/g, '')))
      lost.push(`${payload.marker} ${JSON.stringify(payload.text)} not verbatim`);
    return lost;
  });
}

test('hostile text in every field neither runs nor loads anything, and stays visible', async ({
  browser,
}, testInfo) => {
  const canary = await startCanaryServer();
  const payloads = hostilePayloads(canary.origin);
  expect(payloads.length).toBeGreaterThanOrEqual(100);
  const watch = new PageWatch(browser);
  const printer = builtRendererPrinter(watch.newPage);
  const folder = testInfo.outputPath('hostile');
  await mkdir(folder);
  const lost: string[] = [];
  try {
    for (const { release, context, payloads: carried } of hostileReleases(payloads)) {
      // Through the export path itself: default file name, folder, atomic write.
      const path = await resolveInsideFolder(folder, defaultPdfFileName(release));
      expect(dirname(path)).toBe(folder);
      const { pdf, pages } = await renderReleasePdf(release, context, printer, APP_VERSION, new Date());
      await writeFileAtomically(path, pdf);
      lost.push(...lostPayloads(carried, pageTexts(path, pages).join(' ')));
      const actions = await pdfActions(await readFile(path));
      expect(actions.uris.length).toBeGreaterThan(0);
      expect(actions.uris.filter((uri) => !/^(https|mailto):/.test(uri))).toEqual([]);
      expect([actions.otherActions, actions.documentTriggers]).toEqual([[], []]);
      expect(pdfInfo(path)).toMatchObject({ JavaScript: 'no', Tagged: 'yes' });
    }
    await printer.close();
    expect(lost, 'payloads whose text was not printed in full').toEqual([]);
    expect(watch.report()).toEqual(noActivity());
    // One page laid the releases out; the one that printed them had no JavaScript at all.
    expect(watch.javaScriptByPage).toEqual([true, false]);
    expect(printer.blockedRequests).toEqual([]);
    expect([canary.connections(), canary.requests]).toEqual([0, []]);

    // The control: the same watchers and canary do see a page that runs and loads things.
    const control = new PageWatch(browser);
    const page = await control.newPage({ javaScriptEnabled: true });
    // Served and navigated to like the print page, so that the watchers' init script runs in it.
    await page.route(`${HARNESS_ORIGIN}/control.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': `img-src ${canary.origin}; frame-src 'none'` },
        body:
          `<img src="${canary.origin}/control"><iframe src="https://example.org/"></iframe>` +
          '<script>xssCanary = 1; alert(1)</script>',
      }),
    );
    await page.goto(`${HARNESS_ORIGIN}/control.html`);
    // Chromium upgrades an http: image on an https: page to https:, so the canary sees a connection.
    await expect.poll(() => canary.connections()).toBeGreaterThan(0);
    expect(control.report()).toMatchObject({
      dialogs: ['alert: 1'],
      ranMessages: ['ran: the canary global was set'],
      foreignRequests: [expect.stringMatching(/^https?:\/\/127\.0\.0\.1:\d+\/control$/)],
      cspViolations: [expect.stringMatching(/^csp-violation frame-src https:\/\/example\.org/)],
      framesAttached: 1,
    });
    await page.close();
  } finally {
    await printer.close();
    await canary.close();
  }
  testInfo.annotations.push({ type: 'hostile payloads', description: `${payloads.length}` });
});

/**
 * What the CSP may report while the print page's sanitiser parses raw markup: the inline
 * handlers, styles and base URL it meets, and the https: images it lets through (the CSP keeps
 * them from loading).
 */
const EXPECTED_VIOLATION =
  /^csp-violation (script-src-attr inline|style-src-attr inline|style-src-elem inline|base-uri \S*|img-src https:\S+)$/;

test('raw payload HTML handed straight to the print page, past core, still runs and loads nothing', async ({
  browser,
}, testInfo) => {
  const canary = await startCanaryServer();
  const payloads = hostilePayloads(canary.origin);
  const watch = new PageWatch(browser);
  const printer = builtRendererPrinter(watch.newPage);
  const body = payloads.map((payload) => `<p>${payload.marker}</p>${payload.text}`).join('');
  const articleHtml =
    '<article class="release" lang="en" data-page-label="Page {page} of {pages}" data-more-label="-more-">' +
    `<div class="release-body">${body}</div></article>`;
  try {
    const { pdf } = await printer.print({ articleHtml, pageSize: 'A4', title: 'Raw', language: 'en' });
    await writeFileAtomically(testInfo.outputPath('raw.pdf'), pdf);
    const actions = await pdfActions(pdf);
    expect(actions.uris.filter((uri) => !/^(https|mailto):/.test(uri))).toEqual([]);
    expect([actions.otherActions, actions.documentTriggers]).toEqual([[], []]);
  } finally {
    await printer.close();
    await canary.close();
  }
  const activity = watch.report();
  expect(activity).toMatchObject({ dialogs: [], ranMessages: [], pageErrors: [], framesAttached: 0 });
  expect(activity.cspViolations.filter((violation) => !EXPECTED_VIOLATION.test(violation))).toEqual([]);
  // A request Chromium began was one the CSP then refused: none reached the route or the network.
  const refused = new Set(activity.cspViolations.map((violation) => violation.split(' ')[2]));
  expect(activity.foreignRequests.filter((url) => !refused.has(url))).toEqual([]);
  expect(printer.blockedRequests).toEqual([]);
  expect([canary.connections(), canary.requests]).toEqual([0, []]);
});
