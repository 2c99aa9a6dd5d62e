import { api } from '../../../app/api-client';
import { useNavigation } from '../../../app/navigation-store';
import { fileToBase64 } from '../../../ui/file-bytes';
import { useReleaseImport } from './release-import-store';

/** File > Import release…: main asks for the file, reads it and says what it found. */
export async function importReleaseFromDisk(): Promise<void> {
  const state = useReleaseImport.getState();
  state.setReading(true);
  try {
    const outcome = await api.importReleaseFromDisk();
    if (outcome.kind !== 'cancelled') useNavigation.getState().goTo('releases');
    state.show(outcome);
  } finally {
    state.setReading(false);
  }
}

/** A file dropped on the release list. */
export async function importDroppedRelease(file: File): Promise<void> {
  const state = useReleaseImport.getState();
  state.setReading(true);
  try {
    state.show(await api.importReleaseFile({ fileName: file.name, dataBase64: await fileToBase64(file) }));
  } finally {
    state.setReading(false);
  }
}
