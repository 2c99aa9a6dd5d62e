import { isAbsolute, resolve } from 'node:path';
import { listBackups } from '../../core/backup/list-backups';
import { parseBackupId } from '../../core/backup/backup-location';
import { restoreBackup } from '../../core/backup/restore-backup';
import { AppFailure } from '../../shared/result';
import { CliError } from '../cli-error';
import { ACCESS, type Command } from '../command';
import { assertDataFolder } from '../open-store';
import { backupTable, localTime } from './backup-text';

export const restoreCommand: Command = {
  words: ['restore'],
  summary: 'List the backups, or restore one.',
  synopsis: '[BACKUP_ID|ARCHIVE]',
  shortSynopsis: '[BACKUP_ID]',
  description: [
    'Without an argument, lists the data folder’s rolling backups, newest first, with their state. With a BACKUP_ID from that list, or the path of an archive written by "newsroom backup --out-dir", replaces the data by the backup’s, as Settings > Restore does: the backup is verified first (a damaged one is refused and nothing changes), then the current state is saved as a "before-restore" backup, so that the restore can itself be undone by restoring that one.',
  ],
  options: {},
  positionals: { min: 0, max: 1, name: 'BACKUP_ID' },
  examples: [
    'newsroom restore',
    'newsroom restore 20261128T170512Z-start',
    'newsroom restore "/media/usb/Newsroom backup 2026-11-28 1705.tar"',
  ],
  access: ACCESS.listsOrWrites,
  async run({ output, dataDir, cwd }, args) {
    await assertDataFolder(dataDir);
    const wanted = args.positionals[0];
    if (wanted === undefined) {
      const backups = await listBackups(dataDir);
      output.document({ backups });
      if (backups.length === 0) {
        output.line(`There are no backups in ${dataDir}. Take one with: newsroom backup`);
        return 0;
      }
      for (const line of backupTable(backups)) output.line(line);
      output.line('Restore one with: newsroom restore BACKUP_ID');
      return 0;
    }

    // A rolling backup is named by its id; anything else is taken as the path of an archive.
    const source = parseBackupId(wanted) !== null || isAbsolute(wanted) ? wanted : resolve(cwd, wanted);
    let result;
    try {
      result = await restoreBackup(dataDir, source);
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'NOT_FOUND') {
        throw new CliError(1, 'NOT_FOUND', `${error.message}. List the backups with: newsroom restore`, {
          cause: error,
        });
      }
      throw error;
    }
    output.document(result);
    output.line(
      `Restored ${result.restoredFrom.id} (taken ${localTime(result.restoredFrom.createdAt)}, ${result.restoredFrom.fileCount} files) into ${dataDir}.`,
    );
    output.line(
      `The state before the restore is backup ${result.undoBackup.id}; undo with: newsroom restore ${result.undoBackup.id}`,
    );
    return 0;
  },
};
