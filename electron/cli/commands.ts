import { backupCommand } from './backup/backup-command';
import { restoreCommand } from './backup/restore-command';
import type { Command } from './command';
import { contactsExportCommand } from './contacts/export-command';
import { contactsImportCommand } from './contacts/import-command';
import { contactsSearchCommand } from './contacts/search-command';
import { contactsUndoImportCommand } from './contacts/undo-import-command';
import { pdfCommand } from './pdf/pdf-command';
import { releasesImportCommand } from './releases/import-command';
import { releasesListCommand } from './releases/list-command';
import { releasesShowCommand } from './releases/show-command';

/** Every command of `newsroom`, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  contactsImportCommand,
  contactsExportCommand,
  contactsSearchCommand,
  contactsUndoImportCommand,
  releasesListCommand,
  releasesShowCommand,
  releasesImportCommand,
  pdfCommand,
  backupCommand,
  restoreCommand,
];
