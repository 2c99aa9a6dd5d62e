import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planImport, type ImportPlan } from '../../../../../../electron/core/contacts-import/plan-import';
import type { ImportDecision } from '../../../../../../electron/core/contacts-import/resolve-import';
import { parseVCards } from '../../../../../../electron/core/contacts-io/vcard/read-vcards';
import type { NewsroomStore } from '../../../../../../electron/core/store/newsroom-store';
import type { Contact, ContactFields } from '../../../../../../electron/shared/schemas/contact';
import { contactQuerySchema } from '../../../../../../electron/shared/schemas/contact-query';
import { openTestStore } from '../../../../../support/open-test-store';
import { crlf, tinyPng } from '../../contacts-io/support/fixture-builders';

/** Every store of these tests runs at this time, so that two runs give the same timestamps. */
export const storeTime = new Date('2026-11-28T09:00:00.000Z');
export const importTime = new Date('2026-11-28T10:00:00.000Z');

export const openScenarioStore = (dataDir: string) => openTestStore(dataDir, { clock: () => storeTime });

/** Jürgen Müller of the Hamburger Blatt, as the directory knows him before an import. */
export const mullerFields = {
  givenName: 'Jürgen',
  familyName: 'Müller',
  organisation: 'Hamburger Blatt',
  role: 'Redakteur',
  emails: [{ address: 'jm@example.de', label: 'work' }],
  phones: [{ number: '+49 (0)40 1234 5678', kind: 'tel' }],
} satisfies Partial<ContactFields>;

/** The directory before the import: a reporter, a second reporter and a newsdesk. */
export async function seedDirectory(store: NewsroomStore) {
  const muller = await store.contacts.create(mullerFields);
  const nowak = await store.contacts.create({
    givenName: 'Anna',
    familyName: 'Nowak',
    organisation: 'Gazeta Bałtycka',
    emails: [{ address: 'anna@gazeta.example', label: 'work' }],
  });
  const desk = await store.contacts.create({
    organisation: 'Reuters',
    emails: [{ address: 'desk@reuters.example', label: 'work' }],
  });
  return { muller, nowak, desk };
}

/**
 * The file imported: one record per duplicate reason, a record that repeats an earlier one, two new
 * people (one with a photo), and a card that cannot be read (record 6).
 */
export const scenarioVCard = crlf([
  ...['BEGIN:VCARD', 'VERSION:3.0', 'N:Muller;Jurgen;;;', 'FN:Jurgen Muller', 'ORG:hamburger blatt'],
  ...['TITLE:Chefredakteur', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:3.0', 'N:Nowak;A.;;;', 'FN:A. Nowak', 'ORG:Gazeta Bałtycka'],
  ...['EMAIL;TYPE=INTERNET:ANNA@GAZETA.EXAMPLE', 'TITLE:Editor', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:4.0', 'N:Larsen;Zoë;;;', 'FN:Zoë Larsen', 'ORG:Øresund Tidende'],
  ...['EMAIL:zoe@example.no', 'TEL;VALUE=text;TYPE=cell:+47 912 34 567'],
  ...[`PHOTO:data:image/png;base64,${tinyPng}`, 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:4.0', 'N:Larsen;Zoe;;;', 'FN:Zoe Larsen', 'EMAIL:Zoe@Example.no'],
  ...['NOTE:Prefers email.', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:3.0', 'N:Schmidt;Petra;;;', 'FN:Petra Schmidt', 'ORG:Hamburger Blatt'],
  ...['TEL;TYPE=WORK:+49 40 1234 5678', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:3.0', 'FN:', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:4.0', 'N:Dubois;Inès;;;', 'FN:Inès Dubois', 'ORG:Radio Brest'],
  ...['EMAIL:ines@radio-brest.example', 'END:VCARD'],
]);

/** Merge the three that match, keep Petra Schmidt beside Jürgen Müller (they share a switchboard). */
export const scenarioDecisions: Readonly<Record<number, ImportDecision>> = {
  0: 'merge',
  1: 'merge',
  3: 'merge',
  4: 'keep-both',
};

export const scenarioPlan = (store: NewsroomStore): Promise<ImportPlan> =>
  planImport(parseVCards(scenarioVCard), store.contacts.all());

/**
 * The directory as the disk holds it, comparable across runs: contacts without their ids (new ones
 * get random ids), photo files by extension and content, and how many imports can be undone.
 */
export async function snapshotDirectory(store: NewsroomStore) {
  const contacts = [...store.contacts.all()].map(({ id: _id, ...rest }) => JSON.stringify(rest)).sort();
  const photosFolder = join(store.dataDir, 'contacts', 'photos');
  const photos = await Promise.all(
    (await namesIn(photosFolder)).map(async (name) => {
      const hash = createHash('sha256')
        .update(await readFile(join(photosFolder, name)))
        .digest('hex');
      return `${name.split('.').pop()}:${hash}`;
    }),
  );
  const imports = (await namesIn(join(store.dataDir, 'contacts', 'imports'))).length;
  return { contacts, photos: photos.sort(), imports };
}

/** How many contacts a search for `text` finds, once the index is ready. */
export async function searchCount(store: NewsroomStore, text: string): Promise<number> {
  await store.contacts.whenIndexReady();
  return store.contacts.query(contactQuerySchema.parse({ text, limit: 50 }), 'en').total;
}

/** The contact with this family name; fails the test when there is not exactly one. */
export function byFamilyName(store: NewsroomStore, familyName: string): Contact {
  const found = [...store.contacts.all()].filter((contact) => contact.familyName === familyName);
  if (found.length !== 1) throw new Error(`Expected one ${familyName}, found ${found.length}`);
  return found[0]!;
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    return [];
  }
}
