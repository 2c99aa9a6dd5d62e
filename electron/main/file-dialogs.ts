import { dialog, type BrowserWindow } from 'electron';
import type { UiLanguage } from '../shared/languages';
import type { FilePurpose, FolderPurpose } from './platform-handlers';
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
  const options: Electron.OpenDialogOptions = {
    title: purpose === 'backup' ? labels.backupFolderTitle : labels.backupFolderTitle,
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
