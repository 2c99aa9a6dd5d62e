import { releaseLanguages } from '../../shared/languages';
import { findContact } from '../../core/contacts-import/find-contact';
import { ACCESS, type Command } from '../command';
import { contactName } from '../contacts/contact-text';
import { openStoreToRead, withStore } from '../open-store';
import { findRelease, languageOption } from './find-release';
import { releaseAsText } from './release-text';

export const releasesShowCommand: Command = {
  words: ['releases', 'show'],
  summary: 'Show a release: its fields, text, notes and contacts.',
  synopsis: 'ID|REF [--language LANG]',
  shortSynopsis: 'ID|REF',
  description: [
    'ID|REF is the release’s id or its reference number, such as "ACT 042(2026)" (quote it: it has a space). Language versions share a reference number: the original is shown unless --language picks a version. With --json, the whole release as stored.',
  ],
  options: { language: languageOption },
  positionals: { min: 1, max: 1, name: 'ID|REF, the id or reference number of the release' },
  examples: [
    'newsroom releases show "ACT 042(2026)"',
    'newsroom releases show "ACT 042(2026)" --language fr --json',
  ],
  access: ACCESS.reads,
  async run({ output, dataDir }, args) {
    const language = args.choice('language', releaseLanguages);
    const { release, contacts } = await withStore(openStoreToRead(dataDir, output), async (store) => {
      const found = await findRelease(store, args.positionals[0]!, language);
      const named = found.pressContactIds.flatMap((id) => {
        const contact = findContact(store, id);
        return contact ? [contactName(contact)] : [];
      });
      return { release: found, contacts: named };
    });
    output.document(release);
    for (const line of releaseAsText(release, contacts)) output.line(line);
    return 0;
  },
};
