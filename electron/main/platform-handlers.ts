import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES } from '../core/contacts-io/import-limits';
import type { PlatformHandlers } from '../core/ipc/channel-handlers';
import { importReleaseOutcome } from '../core/release-import/import-outcome';
import { backupToFolder } from '../core/backup/backup-to-folder';
import type { StoreSession } from '../core/store/store-session';
import { AppFailure } from '../shared/result';
import { createContactTransferHandlers, type ContactTransferOptions } from './contact-transfer-handlers';
import { createPdfExportHandlers, type PdfExportOptions } from './pdf-export-handlers';
import { toSafeExternalUrl } from './security/external-url';

/** What the platform channels need from the desktop: Electron's `shell` in the app, a fake in tests. */
export interface Desktop {
  openExternal: (url: string) => Promise<void>;
  /** Resolves to an error message, or to '' on success (as Electron's `shell.openPath`). */
  openPath: (path: string) => Promise<string>;
  /** Puts plain text on the system clipboard. */
  writeClipboard: (text: string) => Promise<void>;
  /** The renderer has saved what was pending and the app may quit. */
  rendererReadyToQuit: () => void;
  /** Asks the person for a file to open; resolves to its path, or null if they cancelled. */
  chooseFile: (purpose: FilePurpose) => Promise<string | null>;
  /** Asks the person for a folder; resolves to its path, or null if they cancelled. */
  chooseFolder: (purpose: FolderPurpose) => Promise<string | null>;
  /** Asks the person where to save a file, offering `defaultName`; null if they cancelled. */
  chooseSavePath: (purpose: SavePurpose, defaultName: string) => Promise<string | null>;
  /** Shows the file selected in the system's file manager. */
  showItemInFolder: (path: string) => void;
}

/** What a folder is chosen for. */
export type FolderPurpose = 'backup' | 'pdf-export';

/** What a file is saved as: it sets the dialog's title and file type. */
export type SavePurpose = 'pdf' | 'contacts-export';

/** What a file is chosen for: it sets the dialog's title and file types. */
export type FilePurpose = 'release-import' | 'contacts-import';

/** The channels that reach the desktop. Every URL goes through the external-URL guard first. */
export function createPlatformHandlers(
  session: StoreSession,
  desktop: Desktop,
  pdfExport: PdfExportOptions,
  contactTransfer: ContactTransferOptions = {},
): PlatformHandlers {
  const dataDir = () => session.store.dataDir;
  return {
    ...createPdfExportHandlers(session, desktop, pdfExport),
    // One record of exported files, so that "Open" works for contact exports as for PDFs.
    ...createContactTransferHandlers(session, desktop, {
      ...contactTransfer,
      exportedFiles: pdfExport.exportedFiles,
    }),
    'shell:openExternal': async ({ url }) => {
      const safe = toSafeExternalUrl(url);
      if (!safe)
        throw new AppFailure(
          'UNSAFE_URL',
          `Refused to open ${url.slice(0, 200)}: only https and mailto links open`,
        );
      await desktop.openExternal(safe);
      return null;
    },
    // Through main rather than navigator.clipboard: the page is granted no permission at all.
    'clipboard:writeText': async ({ text }) => {
      await desktop.writeClipboard(text);
      return null;
    },
    'releases:importFromDisk': async () => {
      const path = await desktop.chooseFile('release-import');
      if (!path) return { kind: 'cancelled' };
      const size = (await stat(path)).size;
      const fileName = basename(path);
      // Checked before reading, so that a huge file is never loaded into memory.
      if (size > MAX_IMPORT_BYTES) {
        return {
          kind: 'refused',
          fileName,
          problem: { code: 'file-too-large', size, maxSize: MAX_IMPORT_BYTES },
        };
      }
      return importReleaseOutcome(fileName, await readFile(path));
    },
    'backups:exportToFolder': async () => {
      const folder = await desktop.chooseFolder('backup');
      if (!folder) return null;
      await session.store.whenIdle();
      return { path: await backupToFolder(dataDir(), folder) };
    },
    'app:readyToQuit': () => {
      desktop.rendererReadyToQuit();
      return null;
    },
    'app:revealDataFolder': async () => {
      const problem = await desktop.openPath(dataDir());
      if (problem) throw new AppFailure('NOT_FOUND', `Could not open ${dataDir()}: ${problem}`);
      return null;
    },
  };
}
