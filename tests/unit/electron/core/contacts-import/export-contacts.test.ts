import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../../../../electron/core/contacts-import/apply-import';
import {
  exportContacts,
  type ExportFormat,
} from '../../../../../electron/core/contacts-import/export-contacts';
import { parseImportFile } from '../../../../../electron/core/contacts-import/import-file';
import { planImport } from '../../../../../electron/core/contacts-import/plan-import';
import { selectContacts } from '../../../../../electron/core/contacts-import/select-contacts';
import { writeContactsCsv } from '../../../../../electron/core/contacts-io/csv/write-csv';
import { writeVCards } from '../../../../../electron/core/contacts-io/vcard/write-vcards';
import type { NewsroomStore } from '../../../../../electron/core/store/newsroom-store';
import { generateContacts } from '../../../../support/generate';
import { openTestStore } from '../../../../support/open-test-store';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { contacts as contactLists, fieldsOf } from '../contacts-io/support/contact-arbitrary';
import { sampleContact } from '../contacts-io/support/sample-contact';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
const formats: readonly ExportFormat[] = ['vcard4', 'vcard3', 'csv'];

describe('exporting contacts', () => {
  // More than two slices of a thousand, with the widest contact last, where a sliced writer would go wrong.
  const many = [...generateContacts(2_400), { ...sampleContact, role: '=HYPERLINK("http://x")' }];

  it('writes exactly the bytes of the contacts-io writers, a slice at a time', async () => {
    expect(text((await exportContacts(many, 'vcard4')).bytes)).toBe(writeVCards(many));
    expect(text((await exportContacts(many, 'vcard3')).bytes)).toBe(writeVCards(many, { version: '3.0' }));
    expect(text((await exportContacts(many, 'csv')).bytes)).toBe(writeContactsCsv(many));
    expect(text((await exportContacts(many, 'csv', { delimiter: ';' })).bytes)).toBe(
      writeContactsCsv(many, { delimiter: ';' }),
    );
    expect(text((await exportContacts([], 'csv')).bytes)).toBe(writeContactsCsv([]));
    expect((await exportContacts([], 'vcard4')).bytes).toHaveLength(0);
  });

  it('writes CSV as UTF-8 with a byte-order mark, and escapes cells a spreadsheet would run', async () => {
    const { bytes, mimeType } = await exportContacts(many.slice(-1), 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes)).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(mimeType).toBe('text/csv');
  });

  it('names the file safely for every system, keeping the date whole', async () => {
    const named = await exportContacts([], 'vcard4', { baseName: 'Press/TV: list?', date: '2026-11-28' });
    expect(named).toMatchObject({
      fileName: 'Press-TV- list 2026-11-28.vcf',
      mimeType: 'text/vcard',
      count: 0,
    });
    expect((await exportContacts([], 'csv')).fileName).toBe('contacts.csv');
    expect((await exportContacts([], 'csv', { baseName: 'CON', date: '' })).fileName).toBe('_CON.csv');
    const long = await exportContacts([], 'vcard3', { baseName: 'Ø'.repeat(200), date: '2026-11-28' });
    expect(Buffer.byteLength(long.fileName)).toBeLessThanOrEqual(255);
    expect(long.fileName).toBe(`${'Ø'.repeat(120)} 2026-11-28.vcf`);
  });

  for (const format of formats) {
    it(`gives back the same contacts when the export is imported again (${format})`, async () => {
      await fc.assert(
        fc.asyncProperty(contactLists(), async (generated) => {
          const exported = await exportContacts(generated, format);
          const parsed = await parseImportFile(exported.bytes, exported.fileName);
          expect(parsed).toMatchObject({ status: 'read', errors: [], records: generated.map(fieldsOf) });
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('choosing the contacts to export, and importing them into another directory', () => {
  let dataDir: string;
  let store: NewsroomStore;
  beforeEach(async () => {
    dataDir = await makeTempDir();
    store = await openTestStore(dataDir);
    await store.contacts.insert(generateContacts(60));
    await store.contactIndexReady;
  });
  afterEach(async () => {
    await store.close();
    await removeTempDir(dataDir);
  });

  it('selects all, a view, a selection or a list, in the order the person sees them', async () => {
    const all = (await selectContacts(store, { kind: 'all' }, 'en')).contacts;
    expect(all).toHaveLength(60);
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const sortKey = (contact: (typeof all)[number]) => `${contact.familyName} ${contact.givenName}`;
    expect(collator.compare(sortKey(all[0]!), sortKey(all.at(-1)!))).toBeLessThanOrEqual(0);

    const view = await selectContacts(store, { kind: 'query', query: { text: 'reuters' } }, 'en');
    expect(view.contacts.length).toBeGreaterThan(0);
    expect(view.contacts.every((contact) => contact.organisation === 'Reuters')).toBe(true);

    const [first, second] = all;
    const chosen = await selectContacts(store, { kind: 'ids', ids: [second!.id, 'gone', first!.id] }, 'en');
    expect(chosen.contacts).toEqual([second, first]);

    const list = await store.contactLists.create('Shipping');
    await store.contactLists.add(list.id, [first!.id]);
    expect(await selectContacts(store, { kind: 'list', listId: list.id }, 'en')).toEqual({
      contacts: [first],
      listName: 'Shipping',
    });
    await expect(selectContacts(store, { kind: 'list', listId: 'nope' }, 'en')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  for (const format of formats) {
    it(`exports the directory to ${format} and imports it whole into an empty one`, async () => {
      const { contacts } = await selectContacts(store, { kind: 'all' }, 'en');
      const exported = await exportContacts(contacts, format, { baseName: 'Directory' });
      const otherDir = await makeTempDir();
      const other = await openTestStore(otherDir);
      try {
        const parsed = await parseImportFile(exported.bytes, exported.fileName);
        if (parsed.status !== 'read') throw new Error(`Not read: ${parsed.status}`);
        const plan = await planImport(parsed, other.contacts.all());
        expect(plan.counts).toEqual({ new: 60, duplicates: 0, rejected: 0 });
        await applyImport(other, plan, {}, { importId: 'round-trip', now: new Date() });
        // The generator may give a contact the same beat twice; an import reads lists without repeats.
        const fields = (list: Iterable<(typeof contacts)[number]>) =>
          [...list]
            .map((contact) => JSON.stringify({ ...fieldsOf(contact), beats: [...new Set(contact.beats)] }))
            .sort();
        expect(fields(other.contacts.all())).toEqual(fields(contacts));
      } finally {
        await other.close();
        await removeTempDir(otherDir);
      }
    });
  }
});
