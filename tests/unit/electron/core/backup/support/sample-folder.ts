import { openTestStore } from '../../../../../support/open-test-store';

/**
 * Fills `dataDir` with the first-run sample, then changes it so that a backup of the first state
 * differs from the second in every way a restore must handle: a changed file, a new file that the
 * backup does not have, a removed contact. Leaves the store closed.
 */
export async function sampleThenEdited(dataDir: string, takeBackup: () => Promise<unknown>): Promise<void> {
  const store = await openTestStore(dataDir, { seedSampleOnFirstRun: true });
  await takeBackup();
  await store.settings.update({ theme: 'dark' });
  await store.releases.create({ language: 'en', headline: 'Written after the backup' }, store.settings.get());
  const [contact] = store.contacts.all();
  await store.contacts.delete(contact!.id);
  await store.close();
}
