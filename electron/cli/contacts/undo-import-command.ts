import { listImports } from '../../core/contacts-import/import-record';
import { describeImportUndo, undoImport } from '../../core/contacts-import/undo-import';
import { CliError } from '../cli-error';
import { ACCESS, type Command } from '../command';
import { assertDataFolder, openStoreToWrite, withStore } from '../open-store';
import { textTable } from '../text-table';

export const contactsUndoImportCommand: Command = {
  words: ['contacts', 'undo-import'],
  summary: 'List the contact imports, or undo one.',
  synopsis: '[IMPORT_ID] [--force]',
  shortSynopsis: '[IMPORT_ID]',
  description: [
    'Without IMPORT_ID, lists the imports that can be undone, newest first. With it, puts the directory back as it was before that import, in one step: the contacts it added are removed, the contacts it merged into get their earlier version back. Contacts deleted since stay deleted.',
    'When contacts of the import were edited since, undoing it loses those edits: the command then refuses unless --force is given.',
  ],
  options: {
    force: { type: 'boolean', description: 'Undo even if contacts of the import were edited since.' },
  },
  positionals: { min: 0, max: 1, name: 'IMPORT_ID' },
  examples: [
    'newsroom contacts undo-import',
    'newsroom contacts undo-import 3f6c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f',
  ],
  access: ACCESS.listsOrWrites,
  async run({ output, dataDir }, args) {
    await assertDataFolder(dataDir);
    const importId = args.positionals[0];
    if (importId === undefined) {
      const imports = await listImports(dataDir);
      output.document({ imports });
      if (imports.length === 0) output.line('There is no contact import to undo.');
      const table = textTable(imports, [
        { header: 'IMPORT_ID', cell: (entry) => entry.importId },
        { header: 'IMPORTED', cell: (entry) => entry.importedAt },
        { header: 'ADDED', cell: (entry) => String(entry.added) },
        { header: 'MERGED', cell: (entry) => String(entry.merged) },
        { header: 'FILE', cell: (entry) => entry.fileName },
      ]);
      if (imports.length > 0) for (const line of table) output.line(line);
      return 0;
    }

    const undone = await withStore(openStoreToWrite(dataDir, output), async (store) => {
      const preview = await describeImportUndo(store, importId);
      if (preview.editedSinceImport.length > 0 && !args.flag('force')) {
        throw new CliError(
          1,
          'EDITED_SINCE_IMPORT',
          `${preview.editedSinceImport.length} contact(s) of this import were edited since; undoing it would lose those edits. Nothing was changed; run again with --force to undo anyway.`,
        );
      }
      return undoImport(store, importId);
    });
    output.document(undone);
    output.line(
      `Undid import ${undone.importId}: removed ${undone.removed} contact(s), restored ${undone.restored} to their earlier version.`,
    );
    if (undone.alreadyGone > 0)
      output.line(`${undone.alreadyGone} contact(s) of the import had been deleted since.`);
    return 0;
  },
};
