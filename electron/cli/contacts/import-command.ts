import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { applyImport } from '../../core/contacts-import/apply-import';
import { listContactPhotos } from '../../core/contacts-import/contact-photos';
import { findContact } from '../../core/contacts-import/find-contact';
import { parseImportFile, type ParsedImportFile } from '../../core/contacts-import/import-file';
import { planImport, type ImportPlan } from '../../core/contacts-import/plan-import';
import { resolveImport, type ImportDecision } from '../../core/contacts-import/resolve-import';
import type { ImportError } from '../../core/contacts-io/import-result';
import type { NewsroomStore } from '../../core/store/newsroom-store';
import { CliError } from '../cli-error';
import { ACCESS, type Command } from '../command';
import { readInputFile, type InputFile } from '../input-file';
import { openStoreToRead, openStoreToWrite, withStore } from '../open-store';
import type { Output } from '../output';

const FORMATS = ['vcard', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const ON_DUPLICATE = ['skip', 'merge', 'keep'] as const;
type OnDuplicate = (typeof ON_DUPLICATE)[number];

const decisionFor: Readonly<Record<OnDuplicate, ImportDecision>> = {
  skip: 'skip',
  merge: 'merge',
  keep: 'keep-both',
};

/** What an import did (or, with --dry-run, would do): the `--json` document. */
interface ImportReport {
  file: string;
  format: Format;
  dryRun: boolean;
  /** The id to undo it with; null for a dry run or when nothing was written. */
  importId: string | null;
  imported: number;
  merged: number;
  skipped: number;
  rejected: number;
  rejections: { record: number; line: number | null; reason: string }[];
}

export const contactsImportCommand: Command = {
  words: ['contacts', 'import'],
  summary: 'Import contacts from a vCard or CSV file.',
  synopsis: 'FILE [--dry-run] [--format vcard|csv] [--on-duplicate skip|merge|keep]',
  shortSynopsis: 'FILE',
  description: [
    'The file is read with the app’s rules: the format is told from the content (or --format), each record is checked, and a record that cannot be imported is rejected with its number and the reason, while the others are imported. The import lands whole or not at all, and can be undone with "newsroom contacts undo-import".',
    'A record is a duplicate when it shares an email address or a phone number with a contact, or has the same name at the same outlet (or repeats an earlier record of the file). --on-duplicate says what to do with duplicates: skip them (the default, nothing existing changes), merge them into the contact they match (empty fields are filled, different values are kept in the notes), or keep both.',
    'A CSV file must have the columns of a Google, Outlook or Thunderbird export or of a Newsroom export; other layouts need the app’s column mapping.',
  ],
  options: {
    'dry-run': {
      type: 'boolean',
      description: 'Read the file and report what would be done; change nothing.',
    },
    format: {
      type: 'string',
      value: 'vcard|csv',
      description: 'The file’s format, when its name does not say it.',
    },
    'on-duplicate': {
      type: 'string',
      value: 'skip|merge|keep',
      description: 'What to do with a record that duplicates a contact. Default: skip.',
    },
  },
  positionals: { min: 1, max: 1, name: 'FILE, the vCard or CSV file to import' },
  examples: [
    'newsroom contacts import press-list.vcf',
    'newsroom contacts import export.csv --on-duplicate merge --json',
    'newsroom contacts import contacts.txt --format vcard --dry-run',
  ],
  access: ACCESS.writes + ' With --dry-run it only reads, and works meanwhile.',
  async run({ output, dataDir, cwd }, args) {
    const format = args.choice('format', FORMATS);
    const onDuplicate = args.choice('on-duplicate', ON_DUPLICATE, 'skip')!;
    const dryRun = args.flag('dry-run');
    const file = await readInputFile(args.positionals[0]!, cwd);
    const parsed = readRecords(
      file,
      await parseImportFile(file.bytes, nameForFormat(file.name, format)),
      format,
    );

    const report = (plan: ImportPlan, outcome: Outcome): ImportReport => ({
      file: file.path,
      format: parsed.format,
      dryRun,
      importId: outcome.importId,
      imported: outcome.added,
      merged: outcome.merged,
      skipped: outcome.skipped,
      rejected: plan.rejected.length,
      rejections: plan.rejected.map(({ record, line, reason }) => ({ record, line: line ?? null, reason })),
    });
    const decision = decisionFor[onDuplicate];

    if (dryRun && !(await folderExists(dataDir))) {
      // A dry run into a folder not made yet: the directory it would import into is empty.
      const plan = await planImport(parsed, []);
      printReport(report(plan, countWithoutWriting(plan, decide(plan, decision), null, new Set())), output);
      return 0;
    }
    const open = dryRun ? openStoreToRead(dataDir, output) : openStoreToWrite(dataDir, output);
    const done = await withStore(open, async (store) => {
      const plan = await planImport(parsed, store.contacts.all());
      const decisions = decide(plan, decision);
      if (!dryRun) return report(plan, await write(store, plan, decisions, file.name));
      const photos = await listContactPhotos(store.dataDir);
      return report(plan, countWithoutWriting(plan, decisions, store, new Set(photos.keys())));
    });
    printReport(done, output);
    return 0;
  },
};

/** What was (or would be) done with the records read. */
interface Outcome {
  importId: string | null;
  added: number;
  merged: number;
  skipped: number;
}

/**
 * The records of a file that could be read, or why it cannot be imported at all: too big, empty,
 * a CSV layout that needs the app's mapping, a file of another format than --format said, or a file
 * in which not one record could be read (a malformed file). Rejected records are not an error here.
 */
function readRecords(file: InputFile, parsed: ParsedImportFile, format: Format | undefined) {
  switch (parsed.status) {
    case 'refused':
      throw new CliError(1, 'IMPORT_REFUSED', `${file.name} cannot be imported: ${parsed.error.reason}`);
    case 'needs-mapping':
      throw new CliError(
        1,
        'IMPORT_REFUSED',
        `The columns of ${file.name} were not recognised (${describeHeaders(parsed.preview.headers)}). ` +
          'Import a CSV exported by Google Contacts, Outlook, Thunderbird or Newsroom, or import the file in the app, which lets you map its columns.',
      );
    case 'read':
      break;
  }
  if (format !== undefined && parsed.format !== format) {
    throw new CliError(
      1,
      'IMPORT_REFUSED',
      `${file.name} is a ${parsed.format === 'vcard' ? 'vCard' : 'CSV'} file (by its content), not ${format === 'vcard' ? 'vCard' : 'CSV'}; leave out --format or give the right one.`,
    );
  }
  if (parsed.records.length === 0 && parsed.errors.length > 0) {
    throw new CliError(
      1,
      'IMPORT_REFUSED',
      `No contact could be read from ${file.name}: ${describeErrors(parsed.errors)}`,
    );
  }
  return { format: parsed.format, records: parsed.records, errors: parsed.errors };
}

/** The file name the format detection sees: --format overrides the extension (content still wins). */
function nameForFormat(name: string, format: Format | undefined): string {
  if (format === 'vcard') return `${name}.vcf`;
  if (format === 'csv') return `${name}.csv`;
  return name;
}

/** One decision for every duplicate, as the app asks for one per duplicate; new records are added. */
function decide(plan: ImportPlan, decision: ImportDecision): Record<number, ImportDecision> {
  const decisions: Record<number, ImportDecision> = {};
  for (const planned of plan.records) if (planned.status === 'duplicate') decisions[planned.index] = decision;
  return decisions;
}

/**
 * What applyImport would do, resolved with the same function against the directory as it is (none
 * when the data folder does not exist yet), without writing anything.
 */
function countWithoutWriting(
  plan: ImportPlan,
  decisions: Record<number, ImportDecision>,
  store: NewsroomStore | null,
  photos: ReadonlySet<string>,
): Outcome {
  const { counts } = resolveImport(plan, decisions, {
    find: (id) => (store ? findContact(store, id) : undefined),
    hasPhoto: (id) => photos.has(id),
    now: new Date().toISOString(),
    newId: randomUUID,
  });
  return { importId: null, ...counts };
}

async function folderExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function write(
  store: NewsroomStore,
  plan: ImportPlan,
  decisions: Record<number, ImportDecision>,
  fileName: string,
): Promise<Outcome> {
  // Nothing to add or merge: no undo record for an import that changes nothing.
  if (plan.records.every((planned) => decisions[planned.index] === 'skip')) {
    return { importId: null, added: 0, merged: 0, skipped: plan.records.length };
  }
  const applied = await applyImport(store, plan, decisions, {
    importId: randomUUID(),
    now: new Date(),
    fileName,
  });
  return applied;
}

function printReport(report: ImportReport, output: Output): void {
  output.document(report);
  const verb = report.dryRun ? 'Would import' : 'Imported';
  output.line(
    `${verb} ${plural(report.imported, 'new contact')}, merge${report.dryRun ? '' : 'd'} ${report.merged}, skip${report.dryRun ? '' : 'ped'} ${report.skipped} (${report.format === 'vcard' ? 'vCard' : 'CSV'}).`,
  );
  if (report.rejected > 0) {
    output.line(`${plural(report.rejected, 'record')} rejected:`);
    for (const rejection of report.rejections) {
      const where = rejection.line === null ? '' : ` (line ${rejection.line})`;
      output.line(`  record ${rejection.record}${where}: ${rejection.reason}`);
    }
  }
  if (report.dryRun) output.line('Dry run: nothing was changed.');
  else if (report.importId) output.line(`Undo with: newsroom contacts undo-import ${report.importId}`);
}

function describeHeaders(headers: readonly string[]): string {
  if (headers.length === 0) return 'no header row';
  const shown = headers.slice(0, 6).map((header) => `"${header}"`);
  return `columns ${shown.join(', ')}${headers.length > 6 ? ', …' : ''}`;
}

function describeErrors(errors: readonly ImportError[]): string {
  const first = errors
    .slice(0, 3)
    .map((error) => (error.record === 0 ? error.reason : `record ${error.record}: ${error.reason}`));
  return first.join(' ') + (errors.length > 3 ? ` (and ${errors.length - 3} more)` : '');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
