/*
 * `npm run bench`: measures the store (and, as features land, search, PDF and import) and prints
 * the figures as a table, or as one JSON document with `--json`. `--quick` runs reduced sizes for CI.
 * Timings are medians and 95th percentiles of repeated runs: single runs are noise on these machines.
 */
import { benchContactsIo } from './contacts-io-bench';
import { benchDirectoryPaint } from './directory-paint-bench';
import { benchEditor } from './editor-bench';
import { benchPdf } from './pdf-bench';
import { benchSearch } from './search-bench';
import { benchStore } from './store-bench';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const json = args.has('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};

const results: Record<string, unknown> = {
  machine: { node: process.version, platform: `${process.platform}-${process.arch}`, quick },
};

log(`Store: ${quick ? 'quick' : 'full'} size`);
const store = await benchStore(
  quick ? { contacts: 2_000, releases: 200 } : { contacts: 20_000, releases: 2_000 },
);
results.store = store;
if (!json) {
  console.table({
    [`load (${store.contacts} contacts, ${store.releases} releases)`]: store.loadMs,
    'save one edited contact': store.saveContactMs,
    'save one contact in the first second (search indexes being built)': store.saveContactWhileIndexingMs,
    'save one edited release': store.saveReleaseMs,
  });
  log(`Longest event-loop block during the saves: ${store.eventLoopMaxBlockedMs} ms`);
}

log(`\nContact search: ${quick ? 5_000 : 100_000} generated contacts`);
const search = await benchSearch(quick ? 5_000 : 100_000);
results.search = search;
if (!json) {
  console.table({ 'build index': search.buildMs, ...prefixed('search ', search.searchMs) });
  log(
    `Index heap: ${search.heapMb} MB${search.heapMeasuredAfterGc ? '' : ' (approximate: run with --expose-gc)'}`,
  );
  log(`Longest event-loop block while building: ${search.buildEventLoopMaxBlockedMs} ms`);
}

const directorySize = quick ? 5_000 : 100_000;
log(`\nDirectory in the Chromium harness: ${directorySize} contacts`);
const directory = await benchDirectoryPaint(directorySize);
results.directory = directory;
if (!json) {
  console.table({ 'keystroke to painted list': directory.keystrokeToPaintMs });
  log(`Rows in the page while showing ${directorySize} contacts: ${directory.domRowsRendered}`);
}

log('\nRelease editor in the Chromium harness: a release of about 3,000 words');
const editor = await benchEditor();
results.editor = editor;
if (!json) {
  console.table({
    'keystroke to character on screen': editor.keystrokeToScreenMs,
    'keystroke to preview updated': editor.keystrokeToPreviewMs,
  });
  log(`The release: ${editor.releaseWords} words, ${editor.previewPages} pages`);
}

const batchSize = quick ? 20 : 100;
log(`\nPDF export through the Chromium printer: a two-page release, and a batch of ${batchSize}`);
const pdf = await benchPdf(batchSize);
results.pdf = pdf;
if (!json) {
  console.table({ 'warm export': pdf.warmMs });
  log(
    `First export, Chromium launch included: ${pdf.cold.firstExportMs} ms (launch ${pdf.cold.launchMs} ms)`,
  );
  log(`Batch of ${pdf.batch.releases}: ${pdf.batch.seconds} s (${pdf.batch.perReleaseMs} ms per release)`);
}

const transferSize = quick ? 5_000 : 100_000;
log(`\nContact import and export: ${transferSize} generated contacts (each import in a process of its own)`);
const contactsIo = await benchContactsIo({ contacts: transferSize, exportRuns: quick ? 1 : 3 });
results.contactsIo = contactsIo;
if (!json) {
  const { imports, read25Mb, exportMs } = contactsIo;
  console.table(
    Object.fromEntries(
      (['csv', 'vcard'] as const).map((format) => [
        `import ${format} (${imports[format].megabytes} MB)`,
        {
          'read ms': imports[format].readMs,
          'plan ms': imports[format].planMs,
          'apply ms': imports[format].applyMs,
          'total ms': imports[format].totalMs,
          'peak RSS MB': imports[format].rssPeakMb,
        },
      ]),
    ),
  );
  log(
    `Reading a ${read25Mb.megabytes} MB vCard file: ${read25Mb.readMs} ms, peak RSS ${read25Mb.rssPeakMb} MB`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(exportMs).map(([format, times]) => [
        `export ${format} (${times.megabytes} MB)`,
        { 'median ms': times.median, 'p95 ms': times.p95 },
      ]),
    ),
  );
}

if (json) console.log(JSON.stringify(results, null, 2));

function prefixed<T>(prefix: string, table: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(table).map(([key, value]) => [`${prefix}${key}`, value]));
}
