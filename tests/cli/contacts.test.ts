import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../electron/shared/schemas/contact';
import { openTestStore } from '../support/open-test-store';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import {
  pressListVcf,
  thunderbirdCsv,
  truncatedVcf,
  unknownLayoutCsv,
  updateVcf,
} from './support/contact-files';
import { described, fingerprint, jsonOf, newsroom, succeeded } from './support/newsroom-process';

interface ImportReport {
  file: string;
  format: 'vcard' | 'csv';
  dryRun: boolean;
  importId: string | null;
  imported: number;
  merged: number;
  skipped: number;
  rejected: number;
  rejections: { record: number; line: number | null; reason: string }[];
}
interface SearchReport {
  query: string;
  total: number;
  contacts: Contact[];
}
interface ErrorReport {
  error: { code: string; message: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let root: string;
let dataDir: string;
const file = (name: string) => join(root, name);
const run = (args: readonly string[]) => newsroom(args, { dataDir });

beforeAll(async () => {
  root = await makeTempDir('newsroom-cli-contacts-');
  // Not created: the first import makes the data folder.
  dataDir = join(root, 'data');
  await writeFile(file('press-list.vcf'), pressListVcf);
  await writeFile(file('update.vcf'), updateVcf);
  await writeFile(file('thunderbird.csv'), thunderbirdCsv);
  await writeFile(file('truncated.vcf'), truncatedVcf);
  await writeFile(file('columns.csv'), unknownLayoutCsv);
  await writeFile(file('empty.vcf'), '');
  await mkdir(file('a-folder.vcf'));
});
afterAll(() => removeTempDir(root));

// The steps of this describe build on each other, in order: one data folder, as a person would use it.
describe('contacts import, search, export and undo on one data folder', () => {
  let inesId: string;

  it('imports a vCard into a new data folder, and reports each rejected record with its number and reason', async () => {
    const report = jsonOf<ImportReport>(
      succeeded(await run(['contacts', 'import', file('press-list.vcf'), '--json'])),
    );
    expect(report).toEqual({
      file: file('press-list.vcf'),
      format: 'vcard',
      dryRun: false,
      importId: expect.stringMatching(UUID),
      imported: 2,
      merged: 0,
      skipped: 0,
      rejected: 2,
      rejections: [
        { record: 3, line: 17, reason: 'It has neither a name nor an organisation.' },
        { record: 4, line: 21, reason: 'The email 1 "not-an-email" is not a valid email address.' },
      ],
    });
    // The command line never adds the app's first-run sample.
    const [releases, everyone] = await Promise.all([
      run(['releases', 'list', '--json']),
      run(['contacts', 'search', '', '--json']),
    ]);
    expect(jsonOf<{ releases: unknown[] }>(releases).releases).toEqual([]);
    expect(jsonOf<SearchReport>(everyone).contacts.map((contact) => contact.familyName)).toEqual([
      'Benali',
      'Berg',
    ]);
  });

  it('searches as the app does: accents and case do not matter, a word may be a prefix', async () => {
    const [accentless, prefix, nothing, limited] = await Promise.all([
      run(['contacts', 'search', 'INES', '--json']),
      run(['contacts', 'search', 'nordl']),
      run(['contacts', 'search', 'zzyzx']),
      run(['contacts', 'search', '', '--limit', '1']),
    ]);
    const found = jsonOf<SearchReport>(succeeded(accentless));
    expect(found.total).toBe(1);
    expect(found.contacts[0]).toMatchObject({
      givenName: 'Inès',
      familyName: 'Benali',
      role: 'Health reporter',
    });
    inesId = found.contacts[0]!.id;
    succeeded(prefix);
    expect(prefix.stdout.split('\n')[0]).toMatch(/^NAME\s+ORGANISATION\s+ROLE\s+EMAIL\s+PHONE\s+ID$/);
    expect(prefix.stdout).toMatch(/Jonas Berg\s+Nordlys Radio\s+jonas@nordlys\.example\s+\+47 22 00 11 22/);
    expect(succeeded(nothing).stdout).toBe('No contact matches "zzyzx".\n');
    expect(succeeded(limited).stdout.trim().split('\n')).toHaveLength(2);
    expect(limited.stderr).toContain('showing 1 of 2 matches; use --limit to see more.');
  });

  it('with --dry-run, says what the import would do and changes nothing', async () => {
    const before = await fingerprint(dataDir);
    const [json, text] = await Promise.all([
      run(['contacts', 'import', file('update.vcf'), '--dry-run', '--on-duplicate', 'merge', '--json']),
      run(['contacts', 'import', file('update.vcf'), '--dry-run']),
    ]);
    expect(jsonOf<ImportReport>(succeeded(json))).toMatchObject({
      dryRun: true,
      importId: null,
      imported: 1,
      merged: 1,
      skipped: 0,
      rejected: 0,
    });
    expect(succeeded(text).stdout).toBe(
      'Would import 1 new contact, merge 0, skip 1 (vCard).\nDry run: nothing was changed.\n',
    );
    expect(await fingerprint(dataDir)).toBe(before);
  });

  it('skips duplicates by default, merges or keeps both when asked, and undoes each import', async () => {
    const skipped = jsonOf<ImportReport>(
      succeeded(await run(['contacts', 'import', file('update.vcf'), '--json'])),
    );
    expect(skipped).toMatchObject({ imported: 1, merged: 0, skipped: 1 });
    const listed = succeeded(await run(['contacts', 'undo-import', '--json']));
    expect(jsonOf<{ imports: { importId: string; added: number }[] }>(listed).imports.slice(0, 1)).toEqual([
      expect.objectContaining({ importId: skipped.importId, added: 1, fileName: 'update.vcf' }),
    ]);
    expect(succeeded(await run(['contacts', 'undo-import', skipped.importId!])).stdout).toContain(
      'removed 1 contact(s), restored 0',
    );

    const merged = jsonOf<ImportReport>(
      succeeded(await run(['contacts', 'import', file('update.vcf'), '--on-duplicate', 'merge', '--json'])),
    );
    expect(merged).toMatchObject({ imported: 1, merged: 1, skipped: 0 });
    const afterMerge = jsonOf<SearchReport>(await run(['contacts', 'search', 'benali', '--json']));
    expect(afterMerge.total).toBe(1);
    expect(afterMerge.contacts[0]!.id).toBe(inesId);
    // The mobile number the second file brought was added to the contact it matched.
    expect(afterMerge.contacts[0]!.phones.map((phone) => phone.number)).toEqual(['+33 6 12 34 56 78']);
    const undone = jsonOf<{ removed: number; restored: number }>(
      succeeded(await run(['contacts', 'undo-import', merged.importId!, '--json'])),
    );
    expect(undone).toMatchObject({ removed: 1, restored: 1 });

    const kept = jsonOf<ImportReport>(
      succeeded(await run(['contacts', 'import', file('update.vcf'), '--on-duplicate', 'keep', '--json'])),
    );
    expect(kept).toMatchObject({ imported: 2, merged: 0, skipped: 0 });
    const both = jsonOf<SearchReport>(await run(['contacts', 'search', 'benali', '--json']));
    expect(both.total).toBe(2);
    expect(both.contacts.find((contact) => contact.id === inesId)!.phones).toEqual([]);
  });

  it('imports a CSV file whose layout it recognises, and says so in words', async () => {
    const result = succeeded(await run(['contacts', 'import', file('thunderbird.csv')]));
    expect(result.stdout).toMatch(
      /^Imported 2 new contacts, merged 0, skipped 0 \(CSV\)\.\nUndo with: newsroom contacts undo-import [0-9a-f-]{36}\n$/,
    );
    const found = jsonOf<SearchReport>(await run(['contacts', 'search', 'lagos ledger', '--json']));
    expect(found.contacts[0]).toMatchObject({
      givenName: 'Chidi',
      familyName: 'Okafor',
      role: 'Business editor',
    });
  });

  it('exports to vCard on standard output, to CSV in a file, and one distribution list', async () => {
    // A list, made the way the app makes one, while no command has the folder open.
    const store = await openTestStore(dataDir);
    const list = await store.contactLists.create('Health desk');
    await store.contactLists.add(list.id, [inesId]);
    await store.close();

    const [vcard, csv, oneList, noList] = await Promise.all([
      run(['contacts', 'export', '--format', 'vcard']),
      run(['contacts', 'export', '--format', 'csv', '--out', file('out/../contacts.csv'), '--json']),
      run(['contacts', 'export', '--format', 'vcard3', '--list', 'health DESK']),
      run([
        'contacts',
        'export',
        '--format',
        'csv',
        '--list',
        'Sports desk',
        '--out',
        file('sports.csv'),
        '--json',
      ]),
    ]);
    succeeded(vcard);
    expect(vcard.stdout.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(6);
    expect(vcard.stdout).toContain('VERSION:4.0\r\n');
    expect(vcard.stdout).toContain('FN:Inès Benali\r\n');
    expect(vcard.stderr).toBe('newsroom: exported 6 contacts.\n');

    expect(jsonOf(succeeded(csv))).toEqual({
      path: file('contacts.csv'),
      format: 'csv',
      list: null,
      count: 6,
    });
    const written = await readFile(file('contacts.csv'), 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    expect(written.trim().split('\r\n')).toHaveLength(7);
    expect(written).toContain('Okafor');

    succeeded(oneList);
    expect(oneList.stdout.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(1);
    expect(oneList.stdout).toContain('VERSION:3.0\r\n');
    expect(oneList.stdout).toContain('Benali');

    expect(noList.code).toBe(1);
    expect(jsonOf<ErrorReport>(noList).error).toEqual({
      code: 'NOT_FOUND',
      message: 'There is no distribution list "Sports desk". The lists are: "Health desk".',
    });
  });

  it('refuses files it cannot import, with the reason, and changes nothing', async () => {
    const before = await fingerprint(dataDir);
    const cases: { args: string[]; code: string; message: string }[] = [
      {
        args: [file('missing.vcf')],
        code: 'FILE_NOT_FOUND',
        message: `${file('missing.vcf')}: no such file.`,
      },
      { args: [file('a-folder.vcf')], code: 'FILE_UNREADABLE', message: 'is a folder, not a file.' },
      {
        args: [join(file('press-list.vcf'), 'inside')],
        code: 'FILE_UNREADABLE',
        message: 'cannot be read (ENOTDIR)',
      },
      {
        args: [file('empty.vcf')],
        code: 'IMPORT_REFUSED',
        message: 'empty.vcf cannot be imported: The file is empty.',
      },
      {
        args: [file('truncated.vcf')],
        code: 'IMPORT_REFUSED',
        message:
          'No contact could be read from truncated.vcf: record 1: The card has no END:VCARD; the file ends first.',
      },
      {
        args: [file('columns.csv')],
        code: 'IMPORT_REFUSED',
        message: 'The columns of columns.csv were not recognised ',
      },
      {
        args: [file('press-list.vcf'), '--format', 'csv'],
        code: 'IMPORT_REFUSED',
        message: 'press-list.vcf is a vCard file (by its content), not CSV',
      },
    ];
    const runs = await Promise.all(cases.map(({ args }) => run(['contacts', 'import', ...args, '--json'])));
    for (const [index, result] of runs.entries()) {
      const { code, message } = cases[index]!;
      expect(result.code, described(result)).toBe(1);
      const { error } = jsonOf<ErrorReport>(result);
      expect(error.code).toBe(code);
      expect(error.message).toContain(message);
      expect(result.stderr).toBe(`newsroom: error: ${error.message}\n`);
    }
    expect(await fingerprint(dataDir)).toBe(before);
  });
});
