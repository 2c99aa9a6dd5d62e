import { resolve } from 'node:path';
import { exportContacts, type ExportFormat } from '../../core/contacts-import/export-contacts';
import { selectContacts, type ContactSelection } from '../../core/contacts-import/select-contacts';
import type { CsvDelimiter } from '../../core/contacts-io/csv/csv-mapping';
import { writeFailure } from '../../core/backup/fs-errors';
import { writeFileAtomically } from '../../core/store/atomic-write';
import type { NewsroomStore } from '../../core/store/newsroom-store';
import { CliError, usageError } from '../cli-error';
import { ACCESS, type Command } from '../command';
import { openStoreToRead, withStore } from '../open-store';

const FORMATS = ['vcard', 'vcard4', 'vcard3', 'csv'] as const;
const exportFormatOf: Readonly<Record<(typeof FORMATS)[number], ExportFormat>> = {
  vcard: 'vcard4',
  vcard4: 'vcard4',
  vcard3: 'vcard3',
  csv: 'csv',
};
const DELIMITERS = [',', ';', 'tab'] as const;
const delimiterOf: Readonly<Record<(typeof DELIMITERS)[number], CsvDelimiter>> = {
  ',': ',',
  ';': ';',
  tab: '\t',
};

export const contactsExportCommand: Command = {
  words: ['contacts', 'export'],
  summary: 'Export the directory, or one list, to vCard or CSV.',
  synopsis: '--format vcard|vcard3|csv [--list NAME] [--out FILE] [--delimiter ,|;|tab]',
  shortSynopsis: '--format F',
  description: [
    'vcard writes vCard 4.0, vcard3 writes vCard 3.0 for older address books; csv writes a UTF-8 spreadsheet with a byte-order mark, every contact on one row, and cells that a spreadsheet would run as a formula escaped. The file is written exactly as the app’s export writes it.',
    'Without --out the export goes to standard output, and the count to standard error. With --out it is written to FILE (replaced whole, never left half-written).',
  ],
  options: {
    format: { type: 'string', value: 'vcard|vcard3|csv', description: 'The file format. Required.' },
    list: {
      type: 'string',
      value: 'NAME',
      description: 'Only the contacts of this distribution list (its name, or its id).',
    },
    out: { type: 'string', value: 'FILE', description: 'Write to FILE instead of standard output.' },
    delimiter: {
      type: 'string',
      value: ',|;|tab',
      description:
        'The CSV separator. Default: a comma; ";" suits Excel where the comma is the decimal mark.',
    },
  },
  positionals: { min: 0, max: 0, name: '' },
  examples: [
    'newsroom contacts export --format vcard --out contacts.vcf',
    'newsroom contacts export --format csv --list "Health desk" --delimiter ";" > health.csv',
  ],
  access: ACCESS.reads,
  async run({ output, dataDir, cwd }, args) {
    const format = exportFormatOf[args.choice('format', FORMATS) ?? missingFormat()];
    const delimiter = args.choice('delimiter', DELIMITERS);
    if (delimiter !== undefined && format !== 'csv')
      throw usageError('--delimiter only applies to --format csv.');
    const out = args.string('out');
    if (out === undefined && output.json) {
      throw usageError('--json needs --out FILE: without it, the export itself goes to standard output.');
    }
    const listName = args.string('list');

    const exported = await withStore(openStoreToRead(dataDir, output), async (store) => {
      const locale = store.settings.get().uiLanguage;
      const selection =
        listName === undefined ? ({ kind: 'all' } as const) : findList(store, listName, locale);
      const { contacts, listName: chosenList } = await selectContacts(store, selection, locale);
      const file = await exportContacts(contacts, format, { delimiter: delimiterOf[delimiter ?? ','] });
      return { ...file, list: chosenList ?? null };
    });

    if (out === undefined) {
      await output.bytes(exported.bytes);
      output.note(`exported ${exported.count} contact${exported.count === 1 ? '' : 's'}.`);
      return 0;
    }
    const target = resolve(cwd, out);
    try {
      await writeFileAtomically(target, exported.bytes);
    } catch (error) {
      throw new CliError(1, 'EXPORT_FAILED', writeFailure(target, error).message, { cause: error });
    }
    output.document({ path: target, format, list: exported.list, count: exported.count });
    output.line(`Exported ${exported.count} contact${exported.count === 1 ? '' : 's'} to ${target}.`);
    return 0;
  },
};

function missingFormat(): never {
  throw usageError('--format is required: vcard, vcard3 or csv.');
}

/** The list named `nameOrId` (its name in any case, or its id), or an error naming the lists there are. */
function findList(store: NewsroomStore, nameOrId: string, locale: string): ContactSelection {
  const lists = store.contactLists.list(locale);
  const wanted = nameOrId.trim().toLocaleLowerCase();
  const found =
    lists.find((list) => list.id === nameOrId.trim()) ??
    lists.find((list) => list.name.trim().toLocaleLowerCase() === wanted);
  if (found) return { kind: 'list', listId: found.id };
  const known = lists.map((list) => `"${list.name}"`).join(', ');
  throw new CliError(
    1,
    'NOT_FOUND',
    `There is no distribution list "${nameOrId}". ${known ? `The lists are: ${known}.` : 'There are no lists.'}`,
  );
}
