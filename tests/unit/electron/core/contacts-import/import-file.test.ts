import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectImportFormat } from '../../../../../electron/core/contacts-import/detect-import-format';
import {
  parseImportFile,
  type ImportProgress,
} from '../../../../../electron/core/contacts-import/import-file';
import { parseCsvContacts, previewCsv } from '../../../../../electron/core/contacts-io/csv/read-csv';
import { MAX_IMPORT_BYTES } from '../../../../../electron/core/contacts-io/import-limits';
import { parseVCards } from '../../../../../electron/core/contacts-io/vcard/read-vcards';
import { contactFixturesDir, readContactFixture } from '../contacts-io/support/read-fixture';
import { scenarioVCard } from './support/import-scenario';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('reading an import file in batches', () => {
  const fixtures = readdirSync(contactFixturesDir).filter((name) => /\.(vcf|csv)$/.test(name));

  it.each(fixtures)('gives exactly what the contacts-io parser gives for %s', async (name) => {
    const bytes = readContactFixture(name);
    // Batches of two records, so that every fixture is read in several.
    const parsed = await parseImportFile(bytes, name, { batchSize: 2 });
    if (name.endsWith('.vcf')) {
      expect(parsed).toEqual({ status: 'read', format: 'vcard', ...parseVCards(bytes) });
    } else {
      const preview = previewCsv(bytes);
      expect(parsed).toEqual({
        status: 'read',
        format: 'csv',
        preview,
        mapping: preview.mapping,
        ...parseCsvContacts(bytes, preview.mapping),
      });
    }
  });

  it('reports progress up to every record and byte, and stops when cancelled', async () => {
    const bytes = utf8(scenarioVCard);
    const progress: ImportProgress[] = [];
    await parseImportFile(bytes, 'press.vcf', { batchSize: 3, onProgress: (step) => progress.push(step) });
    expect(progress.map((step) => step.recordsRead)).toEqual([0, 3, 6, 7]);
    expect(progress.at(-1)).toEqual({
      recordsRead: 7,
      totalRecords: 7,
      bytesRead: bytes.byteLength,
      totalBytes: bytes.byteLength,
    });

    const controller = new AbortController();
    const reading = parseImportFile(bytes, 'press.vcf', {
      batchSize: 1,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a file over 50 MB before reading it, and an empty one', async () => {
    const refused = await parseImportFile(new Uint8Array(MAX_IMPORT_BYTES + 1), 'huge.csv');
    expect(refused).toEqual({
      status: 'refused',
      error: { record: 0, reason: 'The file is 50.0 MB; files over 50 MB cannot be imported.' },
    });
    expect(await parseImportFile(utf8(' \n\n'), 'empty.vcf')).toEqual({
      status: 'refused',
      error: { record: 0, reason: 'The file is empty.' },
    });
  });

  it('asks for a mapping when the CSV columns are not recognised, then reads with the one confirmed', async () => {
    const file = utf8('Person;Mail\nInès Dubois;ines@radio-brest.example\n');
    const first = await parseImportFile(file, 'list.csv');
    expect(first).toMatchObject({
      status: 'needs-mapping',
      preview: {
        headers: ['Person', 'Mail'],
        rows: [['Inès Dubois', 'ines@radio-brest.example']],
        delimiter: ';',
        layout: 'unknown',
      },
    });
    const mapping = { Person: { field: 'fullName' }, Mail: { field: 'email', label: 'work' } } as const;
    const read = await parseImportFile(file, 'list.csv', { mapping });
    expect(read).toMatchObject({
      status: 'read',
      mapping,
      errors: [],
      records: [
        {
          givenName: 'Inès',
          familyName: 'Dubois',
          emails: [{ address: 'ines@radio-brest.example', label: 'work' }],
        },
      ],
    });
  });
});

describe('telling vCard from CSV', () => {
  it('goes by the content first, then by the name', () => {
    expect(detectImportFormat('\r\nbegin:vcard\r\nVERSION:3.0', 'export.csv')).toBe('vcard');
    expect(detectImportFormat('Name,Email\n', 'contacts.VCF')).toBe('vcard');
    expect(detectImportFormat('Name,Email\n', 'contacts.txt')).toBe('csv');
    expect(detectImportFormat('Name\tEmail\n', 'contacts')).toBe('csv');
  });
});
