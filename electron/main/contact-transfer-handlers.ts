import type { PlatformHandlers } from '../core/ipc/channel-handlers';
import { ContactImportSession } from '../core/contacts-import/contact-import-session';
import { contactExportFileName, exportContacts } from '../core/contacts-import/export-contacts';
import type { StartImportWorker } from '../core/contacts-import/parse-in-worker';
import { selectContacts } from '../core/contacts-import/select-contacts';
import { undoImport } from '../core/contacts-import/undo-import';
import { writeFailure } from '../core/backup/fs-errors';
import { writeFileAtomically } from '../core/store/atomic-write';
import type { StoreSession } from '../core/store/store-session';
import type { ContactTransferChannel } from '../shared/ipc/contact-transfer-channels';
import type { ContactImportProgress } from '../shared/schemas/contact-transfer';
import type { ExportedFiles } from './exported-files';
import type { Desktop } from './platform-handlers';

export interface ContactTransferOptions {
  /**
   * Starts the import worker (out/main/import-worker.js in the app). Without it, files are read in
   * this thread, as the unit tests and the IPC fuzzer do; the app always gives it.
   */
  startWorker?: StartImportWorker;
  /** Tells the renderer how reading a file is getting on. */
  sendProgress?: (progress: ContactImportProgress) => void;
  /** The files exported this session, which "Open" and "Show in folder" accept. */
  exportedFiles?: ExportedFiles;
  /** Today as `YYYY-MM-DD`, for the default name of an export; the computer's local date by default. */
  today?: () => string;
}

type ContactTransferHandlers = Pick<PlatformHandlers, ContactTransferChannel>;

/** The computer's date, as people name files with it. */
function localDate(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Importing contacts from a vCard or CSV file (chosen in the open dialog or dropped on the
 * directory) and exporting them through the save dialog. Each handler checks its input with the
 * channel's schema (the router did) and leaves the work to core; bad files give a step the window
 * shows, never an exception.
 */
export function createContactTransferHandlers(
  session: StoreSession,
  desktop: Desktop,
  { startWorker, sendProgress, exportedFiles, today = localDate }: ContactTransferOptions = {},
): ContactTransferHandlers {
  const imports = new ContactImportSession({
    store: () => session.store,
    startWorker,
    onProgress: sendProgress,
  });
  const locale = () => session.store.settings.get().uiLanguage;

  return {
    'contactImport:chooseFile': async () => {
      const path = await desktop.chooseFile('contacts-import');
      return path ? imports.read({ path }) : { kind: 'cancelled' };
    },
    'contactImport:readDropped': ({ fileName, dataBase64 }) =>
      imports.read({ fileName, bytes: Buffer.from(dataBase64, 'base64') }),
    'contactImport:remap': ({ importId, targets }) => imports.remap(importId, targets),
    'contactImport:cancel': () => {
      imports.cancel();
      return null;
    },
    'contactImport:page': ({ importId, kind, offset, limit }) => imports.page(importId, kind, offset, limit),
    'contactImport:apply': (input) => imports.apply(input),
    'contactImport:discard': ({ importId }) => {
      imports.discard(importId);
      return null;
    },
    'contactImport:undo': ({ importId }) => undoImport(session.store, importId),
    'contacts:export': async ({ selection, format, delimiter, baseName }) => {
      const { contacts, listName } = await selectContacts(session.store, selection, locale());
      const naming = { baseName: listName ?? baseName, date: today() };
      const path = await desktop.chooseSavePath('contacts-export', contactExportFileName(format, naming));
      if (!path) return { kind: 'cancelled' };
      const exported = await exportContacts(contacts, format, { ...naming, delimiter });
      try {
        // Atomically: a failed write must not leave half a file where an older export was.
        await writeFileAtomically(path, exported.bytes);
      } catch (error) {
        throw writeFailure(path, error);
      }
      exportedFiles?.remember(path);
      return { kind: 'exported', path, count: exported.count };
    },
  };
}
