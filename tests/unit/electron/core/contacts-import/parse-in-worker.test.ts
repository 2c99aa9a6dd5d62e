import { open, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseImportFile,
  type ImportProgress,
} from '../../../../../electron/core/contacts-import/import-file';
import {
  parseImportFileInWorker,
  type StartImportWorker,
} from '../../../../../electron/core/contacts-import/parse-in-worker';
import { writeContactsCsv } from '../../../../../electron/core/contacts-io/csv/write-csv';
import { MAX_IMPORT_BYTES } from '../../../../../electron/core/contacts-io/import-limits';
import { writeVCards } from '../../../../../electron/core/contacts-io/vcard/write-vcards';
import { generateContacts } from '../../../../support/generate';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { bundledImportWorker } from './support/import-worker-bundle';
import { scenarioVCard } from './support/import-scenario';

let folder: string;
let startWorker: StartImportWorker;
/** Every worker started, so that a test can wait for one to be gone. */
const started: Worker[] = [];

beforeAll(async () => {
  folder = await makeTempDir();
  const bundle = await bundledImportWorker();
  startWorker = (options) => {
    const worker = bundle.startWorker(options);
    started.push(worker);
    return worker;
  };
});
afterAll(() => removeTempDir(folder));

describe('reading an import file in a worker thread', () => {
  it('gives what reading in this thread gives, from a path, with progress', async () => {
    const path = join(folder, 'press.vcf');
    await writeFile(path, scenarioVCard);
    const progress: ImportProgress[] = [];
    const parsed = await parseImportFileInWorker(
      { path },
      { startWorker, onProgress: (step) => progress.push(step) },
    );
    expect(parsed).toEqual(await parseImportFile(Buffer.from(scenarioVCard), 'press.vcf'));
    expect(progress.at(-1)).toMatchObject({ recordsRead: 7, totalRecords: 7 });
  });

  it('reads 5,000 contacts from bytes in pieces while this thread keeps running', async () => {
    const contacts = generateContacts(5_000);
    const bytes = Buffer.from(writeContactsCsv(contacts));
    let turns = 0;
    const ticking = setInterval(() => turns++, 1);
    const progress: ImportProgress[] = [];
    const parsed = await parseImportFileInWorker(
      { bytes, fileName: 'directory.csv' },
      { startWorker, onProgress: (step) => progress.push(step) },
    );
    clearInterval(ticking);
    expect(parsed.status === 'read' && parsed.records.length).toBe(5_000);
    expect(parsed).toMatchObject({ format: 'csv', errors: [] });
    expect(progress.map((step) => step.recordsRead)).toEqual([0, 1_000, 2_000, 3_000, 4_000, 5_000]);
    expect(turns).toBeGreaterThan(5);
  });

  it('ends the worker when cancelled', async () => {
    const path = join(folder, 'many.vcf');
    await writeFile(path, writeVCards(generateContacts(20_000)));
    const controller = new AbortController();
    const reading = parseImportFileInWorker(
      { path },
      {
        startWorker,
        signal: controller.signal,
        onProgress: (step) => step.recordsRead > 0 && controller.abort(),
      },
    );
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    const worker = started.at(-1)!;
    await new Promise((resolve) => (worker.threadId === -1 ? resolve(null) : worker.once('exit', resolve)));
    expect(worker.threadId).toBe(-1);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const path = join(folder, 'huge.csv');
    // A sparse file: 50 MB that take no room and no time.
    const handle = await open(path, 'w');
    await handle.truncate(MAX_IMPORT_BYTES + 1);
    await handle.close();
    expect(await parseImportFileInWorker({ path }, { startWorker })).toEqual({
      status: 'refused',
      error: { record: 0, reason: 'The file is 50.0 MB; files over 50 MB cannot be imported.' },
    });
    await rm(path);
  });

  it('asks for a mapping, then reads with the one given', async () => {
    const bytes = Buffer.from('Person,Mail\nInès Dubois,ines@radio-brest.example\n');
    const source = { bytes, fileName: 'list.csv' };
    expect(await parseImportFileInWorker(source, { startWorker })).toMatchObject({ status: 'needs-mapping' });
    const mapping = { Person: { field: 'fullName' }, Mail: { field: 'email', label: 'work' } } as const;
    expect(await parseImportFileInWorker(source, { startWorker, mapping })).toMatchObject({
      status: 'read',
      records: [{ givenName: 'Inès', familyName: 'Dubois' }],
    });
  });

  it('reports a file it cannot open as a failure', async () => {
    await expect(
      parseImportFileInWorker({ path: join(folder, 'missing.vcf') }, { startWorker }),
    ).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('ENOENT'),
    });
  });
});
