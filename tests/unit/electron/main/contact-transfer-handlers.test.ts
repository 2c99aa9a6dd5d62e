import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCoreHandlers } from '../../../../electron/core/ipc/core-handlers';
import type { StartImportWorker } from '../../../../electron/core/contacts-import/parse-in-worker';
import { StoreSession } from '../../../../electron/core/store/store-session';
import { ExportedFiles } from '../../../../electron/main/exported-files';
import { createRouter, type RequestSender, type Router } from '../../../../electron/main/ipc/router';
import { createPlatformHandlers, type Desktop } from '../../../../electron/main/platform-handlers';
import { createSenderPolicy } from '../../../../electron/main/security/sender-policy';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../electron/shared/ipc/channels';
import type { ContactImportProgress } from '../../../../electron/shared/schemas/contact-transfer';
import type { Result } from '../../../../electron/shared/result';
import { testStoreOptions } from '../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../support/temp-dir';
import { bundledImportWorker } from '../core/contacts-import/support/import-worker-bundle';
import { scenarioVCard, seedDirectory } from '../core/contacts-import/support/import-scenario';

const app: RequestSender = { frameUrl: 'app://newsroom/index.html', isMainFrame: true, fromAppWindow: true };

let folder: string;
let session: StoreSession;
let route: Router;
let startWorker: StartImportWorker;
let progress: ContactImportProgress[];
/** Called with each progress report, as the window's listener is. */
let onProgress: ((report: ContactImportProgress) => void) | null;
const desktop = {
  nextFile: null as string | null,
  nextSavePath: null as string | null,
  saveDialogs: [] as { purpose: string; defaultName: string }[],
  opened: [] as string[],
};

beforeAll(async () => {
  ({ startWorker } = await bundledImportWorker());
});

beforeEach(async () => {
  folder = await makeTempDir('newsroom-contact-transfer-');
  session = await StoreSession.open(testStoreOptions(join(folder, 'data')));
  progress = [];
  onProgress = null;
  Object.assign(desktop, { nextFile: null, nextSavePath: null, saveDialogs: [], opened: [] });
  const fakeDesktop: Desktop = {
    openExternal: async () => undefined,
    openPath: async (path) => {
      desktop.opened.push(path);
      return '';
    },
    writeClipboard: async () => undefined,
    rendererReadyToQuit: () => undefined,
    chooseFile: async () => desktop.nextFile,
    chooseFolder: async () => null,
    chooseSavePath: async (purpose, defaultName) => {
      desktop.saveDialogs.push({ purpose, defaultName });
      return desktop.nextSavePath;
    },
    showItemInFolder: () => undefined,
  };
  route = createRouter({
    handlers: {
      ...createCoreHandlers(session, { version: '1.2.3' }),
      ...createPlatformHandlers(
        session,
        fakeDesktop,
        {
          printer: {
            print: () => Promise.reject(new Error('No printing here')),
            close: async () => undefined,
          },
          appVersion: '1.2.3',
          sendProgress: () => undefined,
          exportedFiles: new ExportedFiles(),
        },
        {
          startWorker,
          sendProgress: (report) => {
            progress.push(report);
            onProgress?.(report);
          },
          today: () => '2026-11-28',
        },
      ),
    },
    isTrustedSender: createSenderPolicy(['app://newsroom']),
    logError: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
  });
});

afterEach(async () => {
  await session.close();
  await removeTempDir(folder);
});

/** Calls a channel through main's router, as the window does. */
async function call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await route(channel, app, input)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value;
}

async function failure(channel: ChannelName, input?: unknown): Promise<string> {
  const result = await route(channel, app, input);
  if (result.ok) throw new Error(`${channel} succeeded`);
  return result.error.code;
}

async function writeTemp(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

const contactsJson = () => JSON.stringify([...session.store.contacts.all()]);

describe('importing a vCard file chosen in the open dialog', () => {
  it('reads it in the worker with progress, previews it, applies it with merges and undoes it', async () => {
    const { muller, nowak } = await seedDirectory(session.store);
    const before = contactsJson();
    desktop.nextFile = await writeTemp('press.vcf', scenarioVCard);

    const step = await call('contactImport:chooseFile');
    expect(step).toMatchObject({
      kind: 'planned',
      fileName: 'press.vcf',
      format: 'vcard',
      csv: null,
      counts: { new: 2, duplicates: 4, rejected: 1 },
      photos: 1,
    });
    if (step.kind !== 'planned') throw new Error('not planned');
    expect(progress.at(0)).toMatchObject({ phase: 'reading' });
    expect(progress.at(-1)).toEqual({ phase: 'checking', recordsRead: 6, totalRecords: 6 });

    const duplicates = await call('contactImport:page', {
      importId: step.importId,
      kind: 'duplicate',
      offset: 0,
      limit: 10,
    });
    if (duplicates.kind !== 'duplicate') throw new Error('not duplicates');
    expect(duplicates.total).toBe(4);
    expect(duplicates.items[0]).toMatchObject({
      index: 0,
      record: { familyName: 'Muller', role: 'Chefredakteur', hasPhoto: false },
      match: { contact: { id: muller.id }, reasons: ['name-and-outlet'] },
    });
    expect(duplicates.items[1]?.match).toMatchObject({ contact: { id: nowak.id }, reasons: ['email'] });
    // Zoe Larsen's second card repeats the first, which is new: it merges into what that one becomes.
    expect(duplicates.items.find((item) => item.match === null)).toMatchObject({
      index: 3,
      sameAsRecord: { index: 2, record: { givenName: 'Zoë', hasPhoto: true }, reasons: ['email'] },
    });
    const rejected = await call('contactImport:page', {
      importId: step.importId,
      kind: 'rejected',
      offset: 0,
      limit: 10,
    });
    expect(rejected).toEqual({
      kind: 'rejected',
      total: 1,
      items: [{ record: 6, line: expect.any(Number), reason: 'It has neither a name nor an organisation.' }],
    });
    // Nothing is written before the person applies.
    expect(contactsJson()).toBe(before);

    const applied = await call('contactImport:apply', {
      importId: step.importId,
      duplicates: 'merge',
      decisions: [{ index: 4, decision: 'keep-both' }],
    });
    expect(applied).toEqual({
      importId: step.importId,
      fileName: 'press.vcf',
      added: 3,
      merged: 3,
      skipped: 0,
      photos: 1,
    });
    expect(session.store.contacts.get(muller.id).notes).toBe('Imported: role: Chefredakteur');
    // Applied once: the plan is gone, a second click finds nothing to apply.
    expect(
      await failure('contactImport:apply', { importId: step.importId, duplicates: 'merge', decisions: [] }),
    ).toBe('NOT_FOUND');

    const undone = await call('contactImport:undo', { importId: step.importId });
    expect(undone).toMatchObject({ removed: 3, restored: 2, editedSinceImport: [] });
    expect(contactsJson()).toBe(before);
    expect(await failure('contactImport:undo', { importId: step.importId })).toBe('NOT_FOUND');
  });

  it('refuses a file over 50 MB before reading it, and says so', async () => {
    const path = await writeTemp('huge.vcf', '');
    await truncate(path, 50 * 1024 * 1024 + 1);
    desktop.nextFile = path;
    expect(await call('contactImport:chooseFile')).toMatchObject({
      kind: 'refused',
      fileName: 'huge.vcf',
      reason: 'too-large',
      size: 50 * 1024 * 1024 + 1,
      detail: 'The file is 50.0 MB; files over 50 MB cannot be imported.',
    });
    expect(progress).toEqual([]);
  });

  it('says cancelled when no file is chosen, or when Cancel ends the worker', async () => {
    expect(await call('contactImport:chooseFile')).toEqual({ kind: 'cancelled' });
    const cards = Array.from(
      { length: 20_000 },
      (_, n) => `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person ${n}\r\nN:${n};Person;;;\r\nEND:VCARD\r\n`,
    );
    desktop.nextFile = await writeTemp('many.vcf', cards.join(''));
    // Cancel as soon as the first batch is reported, as a person would while the bar moves.
    onProgress = () => void call('contactImport:cancel');
    expect(await call('contactImport:chooseFile')).toEqual({ kind: 'cancelled' });
    expect(progress.length).toBeLessThan(20);
    expect(session.store.contacts.count).toBe(0);
  });
});

describe('importing a dropped CSV file', () => {
  const csv =
    'Person;Paper;Mail\r\nAnne Dupont;Le Monde;anne@lemonde.example\r\n;;\r\nJan Kowalski;;jan@gazeta.example\r\n';
  const dropped = (text: string, fileName = 'press list.csv') => ({
    fileName,
    dataBase64: Buffer.from(text).toString('base64'),
  });

  it('asks for the columns of a layout it does not know, then reads it with them', async () => {
    const step = await call('contactImport:readDropped', dropped(csv));
    expect(step).toMatchObject({
      kind: 'needs-mapping',
      fileName: 'press list.csv',
      csv: {
        headers: ['Person', 'Paper', 'Mail'],
        rows: [
          ['Anne Dupont', 'Le Monde', 'anne@lemonde.example'],
          ['Jan Kowalski', '', 'jan@gazeta.example'],
        ],
        delimiter: ';',
        layout: 'unknown',
      },
    });
    if (step.kind !== 'needs-mapping') throw new Error('no mapping step');
    expect(
      await failure('contactImport:remap', { importId: step.importId, targets: [{ field: 'fullName' }] }),
    ).toBe('INVALID_INPUT');

    const planned = await call('contactImport:remap', {
      importId: step.importId,
      targets: [{ field: 'fullName' }, { field: 'organisation' }, { field: 'email', label: 'work' }],
    });
    expect(planned).toMatchObject({
      kind: 'planned',
      format: 'csv',
      counts: { new: 2, duplicates: 0, rejected: 0 },
      csv: { targets: [{ field: 'fullName' }, { field: 'organisation' }, { field: 'email', label: 'work' }] },
    });
    if (planned.kind !== 'planned') throw new Error('not planned');
    // The mapping step's id is spent: the plan has its own.
    expect(planned.importId).not.toBe(step.importId);
    expect(
      await failure('contactImport:page', { importId: step.importId, kind: 'new', offset: 0, limit: 5 }),
    ).toBe('NOT_FOUND');
    const added = await call('contactImport:page', {
      importId: planned.importId,
      kind: 'new',
      offset: 0,
      limit: 5,
    });
    if (added.kind !== 'new') throw new Error('not the new records');
    expect(added.items.map((item) => item.record.familyName)).toEqual(['Dupont', 'Kowalski']);
    await call('contactImport:apply', { importId: planned.importId, duplicates: 'merge', decisions: [] });
    expect(session.store.contacts.count).toBe(2);
  });

  it('keeps a header named __proto__ as a column like any other', async () => {
    const step = await call(
      'contactImport:readDropped',
      dropped('__proto__,Paper\r\nAnne Dupont,Le Monde\r\n'),
    );
    if (step.kind !== 'needs-mapping') throw new Error('no mapping step');
    const planned = await call('contactImport:remap', {
      importId: step.importId,
      targets: [{ field: 'fullName' }, { field: 'ignore' }],
    });
    expect(planned).toMatchObject({ kind: 'planned', counts: { new: 1 } });
    expect(Object.prototype).not.toHaveProperty('field');
  });

  it('reports a file it cannot read, and changes nothing', async () => {
    const step = await call(
      'contactImport:readDropped',
      dropped('BEGIN:VCARD\r\nFN;broken\r\n', 'broken.vcf'),
    );
    expect(step).toMatchObject({ kind: 'planned', counts: { new: 0, duplicates: 0, rejected: 1 } });
    const empty = await call('contactImport:readDropped', dropped(' \r\n', 'empty.csv'));
    expect(empty).toMatchObject({ kind: 'refused', reason: 'unreadable', detail: 'The file is empty.' });
    expect(session.store.contacts.count).toBe(0);
  });

  it('refuses input the contract does not allow', async () => {
    expect(await failure('contactImport:readDropped', { fileName: 'x.csv', dataBase64: '!!!' })).toBe(
      'INVALID_INPUT',
    );
    expect(
      await failure('contactImport:page', {
        importId: crypto.randomUUID(),
        kind: 'new',
        offset: 0,
        limit: 5,
      }),
    ).toBe('NOT_FOUND');
    expect(await failure('contactImport:undo', { importId: '../../etc' })).toBe('INVALID_INPUT');
    expect(await failure('contacts:export', { selection: { kind: 'ids', ids: [] }, format: 'csv' })).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('exporting contacts', () => {
  it('exports a list through the save dialog under a safe name, and lets the person open it', async () => {
    const { muller, desk } = await seedDirectory(session.store);
    const list = await session.store.contactLists.create('Hamburg: press/TV');
    await session.store.contactLists.add(list.id, [desk.id, muller.id]);
    const target = join(folder, 'hamburg.csv');
    desktop.nextSavePath = target;

    const outcome = await call('contacts:export', {
      selection: { kind: 'list', listId: list.id },
      format: 'csv',
      delimiter: ';',
      baseName: 'Press contacts',
    });
    expect(outcome).toEqual({ kind: 'exported', path: target, count: 2 });
    expect(desktop.saveDialogs).toEqual([
      { purpose: 'contacts-export', defaultName: 'Hamburg- press-TV 2026-11-28.csv' },
    ]);
    const text = await readFile(target, 'utf8');
    expect(text.startsWith('\uFEFFGiven name;Family name;')).toBe(true);
    expect(text).toContain('\r\n;;;Reuters;');
    expect(text).toContain('Jürgen;Müller;Redakteur;Hamburger Blatt;');

    await call('exports:open', { path: target });
    expect(desktop.opened).toEqual([target]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    await seedDirectory(session.store);
    expect(await call('contacts:export', { selection: { kind: 'all' }, format: 'vcard3' })).toEqual({
      kind: 'cancelled',
    });
    expect(desktop.saveDialogs).toEqual([
      { purpose: 'contacts-export', defaultName: 'contacts 2026-11-28.vcf' },
    ]);
  });
});
