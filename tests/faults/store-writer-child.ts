/*
 * A process that writes to a store as fast as it can, and says on stdout which writes the store
 * acknowledged. The kill trials SIGKILL it at random moments and check what survived.
 *
 * Usage: node store-writer-child.mjs <dataDir>
 */
import { NewsroomStore } from '../../electron/core/store/newsroom-store';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: store-writer-child <dataDir>');

const store = await NewsroomStore.open({
  dataDir,
  holder: 'the kill-test writer',
  locale: 'en-GB',
  timeZone: 'Europe/Paris',
  seedSampleOnFirstRun: false,
});
const say = (line: string) => process.stdout.write(`${line}\n`);
say('ready');

const release = await store.releases.create(
  { language: 'en', headline: 'Kill test 0' },
  store.settings.get(),
);
say(`release ${release.id} 0`);
for (let step = 1; ; step += 1) {
  const contact = await store.contacts.create({ givenName: 'Writer', familyName: `Step ${step}` });
  say(`contact ${contact.id} ${step}`);
  await store.settings.update({ referencePattern: `KT {n}/${step}` });
  say(`settings ${step}`);
  await store.releases.save({ ...(await store.releases.get(release.id)), headline: `Kill test ${step}` });
  say(`release ${release.id} ${step}`);
}
