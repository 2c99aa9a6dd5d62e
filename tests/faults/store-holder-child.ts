/*
 * A second program on the data folder, for the second-writer trials.
 *   hold <dataDir>: opens the store, says "ready", and keeps it open until killed.
 *   race <dataDir>: opens the store, holds it a moment, writes a contact and closes it, then says
 *     "opened <contact id> <opened at ms> <closed at ms>"; or says "locked".
 */
import { AppFailure } from '../../electron/shared/result';
import { openTrialStore } from './store-files';

const [mode, dataDir] = process.argv.slice(2);
if ((mode !== 'hold' && mode !== 'race') || !dataDir)
  throw new Error('usage: store-holder-child hold|race <dataDir>');

try {
  const store = await openTrialStore(dataDir, `the ${mode} child`);
  if (mode === 'hold') {
    process.stdout.write('ready\n');
    setInterval(() => undefined, 60_000);
  } else {
    const openedAt = Date.now();
    // Held long enough that a second holder at the same time would overlap it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const contact = await store.contacts.create({ givenName: 'Race', familyName: String(process.pid) });
    await store.close();
    process.stdout.write(`opened ${contact.id} ${openedAt} ${Date.now()}\n`);
  }
} catch (error) {
  if (error instanceof AppFailure && error.code === 'STORE_LOCKED') process.stdout.write('locked\n');
  else throw error;
}
