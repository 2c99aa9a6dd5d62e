import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactImportSession } from '../../../../../electron/core/contacts-import/contact-import-session';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import type { ContactImportProgress } from '../../../../../electron/shared/schemas/contact-transfer';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { importTime, openScenarioStore, scenarioVCard, seedDirectory } from './support/import-scenario';

let dataDir: string;
let store: NewsroomStore;
let progress: ContactImportProgress[];
let session: ContactImportSession;

beforeEach(async () => {
  dataDir = await makeTempDir();
  store = await openScenarioStore(dataDir);
  await store.contactIndexReady;
  progress = [];
  // No worker: files are read in this thread, as tools and the IPC fuzzer read them.
  session = new ContactImportSession({
    store: () => store,
    onProgress: (report) => progress.push(report),
    now: () => importTime,
  });
});
afterEach(async () => {
  await store.close();
  await removeTempDir(dataDir);
});

const dropped = (text: string, fileName = 'press.vcf') => ({ fileName, bytes: Buffer.from(text) });

describe('a contact import session without a worker', () => {
  it('reads a file in this thread, a batch at a time, with the same plan', async () => {
    await seedDirectory(store);
    const step = await session.read(dropped(scenarioVCard));
    expect(step).toMatchObject({
      kind: 'planned',
      counts: { new: 2, duplicates: 4, rejected: 1 },
      photos: 1,
    });
    expect(progress.map((report) => report.phase)).toEqual(['reading', 'reading', 'checking']);
  });

  it('keeps the plan when applying is refused, so that the person can choose again', async () => {
    await seedDirectory(store);
    const step = await session.read(dropped(scenarioVCard));
    if (step.kind !== 'planned') throw new Error('not planned');
    // Record 2 (Zoë Larsen) is new: there is nothing to merge it into.
    await expect(
      session.apply({
        importId: step.importId,
        duplicates: 'merge',
        decisions: [{ index: 2, decision: 'merge' }],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(store.contacts.count).toBe(3);
    const applied = await session.apply({ importId: step.importId, duplicates: 'skip', decisions: [] });
    expect(applied).toMatchObject({ added: 2, merged: 0, skipped: 4, fileName: 'press.vcf' });
    expect(store.contacts.count).toBe(5);
  });

  it('reads one file at a time, and a new file replaces the plan waiting', async () => {
    const first = session.read(dropped(scenarioVCard));
    await expect(session.read(dropped(scenarioVCard, 'again.vcf'))).rejects.toMatchObject({ code: 'BUSY' });
    const planned = await first;
    if (planned.kind !== 'planned') throw new Error('not planned');
    await session.read(dropped('Name,Paper\r\nAnne Dupont,Le Monde\r\n', 'other.csv'));
    expect(() => session.page(planned.importId, 'new', 0, 5)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('has columns to map only for a CSV file, one target per column', async () => {
    const vcard = await session.read(dropped(scenarioVCard));
    if (vcard.kind !== 'planned') throw new Error('not planned');
    await expect(session.remap(vcard.importId, [{ field: 'fullName' }])).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('says a chosen file that cannot be opened cannot be read', async () => {
    expect(await session.read({ path: join(dataDir, 'gone.vcf') })).toMatchObject({
      kind: 'refused',
      fileName: 'gone.vcf',
      reason: 'unreadable',
    });
  });
});
