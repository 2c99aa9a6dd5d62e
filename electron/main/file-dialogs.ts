import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { UiLanguage } from '../shared/languages';
import type { FilePurpose, FolderPurpose, SavePurpose } from './platform-handlers';
import { menuLabels } from './menu-labels';

/** Each purpose's dialog title and the file types it offers, in the interface's language. */
function openDialogOptions(purpose: FilePurpose, language: UiLanguage): Electron.OpenDialogOptions {
  const labels = menuLabels(language);
  switch (purpose) {
    case 'release-import':
      return {
        title: labels.importReleaseTitle,
        properties: ['openFile'],
        filters: [
          { name: labels.releaseFiles, extensions: ['docx', 'md', 'markdown', 'html', 'htm', 'txt'] },
        ],
      };
    case 'contacts-import':
      return {
        title: labels.importContactsTitle,
        properties: ['openFile'],
        // "All files" too: address books save cards as .txt, and the content decides the format.
        filters: [
          { name: labels.contactFiles, extensions: ['vcf', 'vcard', 'csv', 'txt'] },
          { name: labels.allFiles, extensions: ['*'] },
        ],
      };
  }
}

/** The native "open" dialog, attached to the app's window; null when the person cancels. */
export async function chooseFileToOpen(
  window: BrowserWindow | null,
  purpose: FilePurpose,
  language: UiLanguage,
): Promise<string | null> {
  const options = openDialogOptions(purpose, language);
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The native folder chooser, attached to the app's window; null when the person cancels. */
export async function chooseFolder(
  window: BrowserWindow | null,
  purpose: FolderPurpose,
  language: UiLanguage,
): Promise<string | null> {
  const labels = menuLabels(language);
  const titles = {
    backup: labels.backupFolderTitle,
    'pdf-export': labels.exportPdfFolderTitle,
  } satisfies Record<FolderPurpose, string>;
  const options: Electron.OpenDialogOptions = {
    title: titles[purpose],
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Each purpose's save dialog title and file type, in the interface's language. */
function saveDialogOptions(
  purpose: SavePurpose,
  language: UiLanguage,
  defaultName: string,
): Electron.SaveDialogOptions {
  const labels = menuLabels(language);
  switch (purpose) {
    case 'pdf':
      return { title: labels.exportPdfTitle, filters: [{ name: labels.pdfFiles, extensions: ['pdf'] }] };
    case 'contacts-export': {
      // The format was chosen before the dialog: offer the type its default name ends in.
      const csv = defaultName.toLowerCase().endsWith('.csv');
      return {
        title: labels.exportContactsTitle,
        filters: [
          csv
            ? { name: labels.csvFiles, extensions: ['csv'] }
            : { name: labels.vcardFiles, extensions: ['vcf'] },
        ],
      };
    }
  }
}

/**
 * The native "save" dialog, attached to the app's window, offering `defaultName` in `folder`; it
 * asks before replacing a file. Null when the person cancels.
 */
export async function chooseSavePath(
  window: BrowserWindow | null,
  purpose: SavePurpose,
  defaultName: string,
  folder: string,
  language: UiLanguage,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    ...saveDialogOptions(purpose, language, defaultName),
    defaultPath: join(folder, defaultName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
