import type { i18n as I18n } from 'i18next';
import { MAX_CONTACT_IMPORT_BYTES, type ContactImportStep } from '@shared/schemas/contact-transfer';
import { api } from '../../../app/api-client';
import { showError } from '../../../app/error-notifications';
import { useContactImport } from './contact-import-store';

/**
 * Reads a file through `read` while the dialog shows its progress, then shows what main found.
 * A failure closes the dialog with a notification: nothing was imported.
 */
async function readWithProgress(
  i18n: I18n,
  fileName: string | null,
  read: () => Promise<ContactImportStep>,
): Promise<void> {
  const state = useContactImport.getState();
  if (state.view.name === 'reading') return;
  state.startReading(fileName);
  const stopProgress = api.onContactImportProgress((progress) =>
    useContactImport.getState().progress(progress),
  );
  try {
    useContactImport.getState().received(await read());
  } catch (error) {
    useContactImport.getState().close();
    showError(i18n, error);
  } finally {
    stopProgress();
  }
}

/**
 * A file's bytes as base64, encoded by the browser off the page's thread: a 50 MB file turned into
 * text here, a piece at a time, would hold up the window for seconds.
 */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

/** "Import…" and File > Import Contacts…: main asks for the file and reads it in its worker. */
export function importContactsFromDisk(i18n: I18n): Promise<void> {
  return readWithProgress(i18n, null, api.importContactsFromDisk);
}

/**
 * A file dropped on the directory. One over the size limit is refused here, before its bytes are
 * read into the window or sent to main.
 */
export function importDroppedContacts(i18n: I18n, file: File): Promise<void> {
  if (file.size > MAX_CONTACT_IMPORT_BYTES) {
    useContactImport.getState().received({
      kind: 'refused',
      fileName: file.name,
      reason: 'too-large',
      size: file.size,
      maxSize: MAX_CONTACT_IMPORT_BYTES,
      detail: '',
    });
    return Promise.resolve();
  }
  return readWithProgress(i18n, file.name, async () =>
    api.importDroppedContacts({
      fileName: file.name.slice(0, 255) || 'contacts',
      dataBase64: await readAsBase64(file),
    }),
  );
}

/** Reads the CSV file again with the columns as the person mapped them. */
export function confirmMapping(i18n: I18n): Promise<void> {
  const { view } = useContactImport.getState();
  if (view.name !== 'mapping') return Promise.resolve();
  const { importId, fileName } = view.step;
  const targets = view.targets;
  return readWithProgress(i18n, fileName, () => api.remapContactImport({ importId, targets }));
}

/** Cancel while a file is read: main ends its worker, and the read comes back as cancelled. */
export function cancelReading(i18n: I18n): void {
  useContactImport.getState().cancelling();
  api.cancelContactImport().catch((error: unknown) => showError(i18n, error));
}

/** Closes the dialog, letting main drop the plan it keeps for it. */
export function closeImport(): void {
  const { view, close } = useContactImport.getState();
  close();
  const importId = view.name === 'mapping' || view.name === 'preview' ? view.step.importId : null;
  // Nothing depends on it: a plan left behind is replaced by the next file read.
  if (importId) api.discardContactImport(importId).catch(() => undefined);
}
