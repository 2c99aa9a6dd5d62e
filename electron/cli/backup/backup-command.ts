import { resolve } from 'node:path';
import { backupToFolder } from '../../core/backup/backup-to-folder';
import { createBackup } from '../../core/backup/create-backup';
import { pruneBackups } from '../../core/backup/prune-backups';
import { ACCESS, type Command } from '../command';
import { assertDataFolder, openStoreToWrite, withStore } from '../open-store';
import { formatSize } from './backup-text';

export const backupCommand: Command = {
  words: ['backup'],
  summary: 'Back up the data folder now.',
  synopsis: '[--out-dir DIR]',
  shortSynopsis: '',
  description: [
    'Without --out-dir, takes a backup into the data folder’s own rolling backups (backups/), as Settings > Back up now does, and prunes them as the app does (3 from today, 1 per earlier day, 10 at most). With --out-dir, writes one self-contained archive, "Newsroom backup YYYY-MM-DD HHMM.tar", to DIR (a USB stick, a shared drive), which is never pruned; DIR must exist and be outside the data folder.',
    'Either way the data folder is taken for the time of the backup, so that every file is from the same moment.',
  ],
  options: {
    'out-dir': { type: 'string', value: 'DIR', description: 'Write the backup archive to this folder.' },
  },
  positionals: { min: 0, max: 0, name: '' },
  examples: ['newsroom backup', 'newsroom backup --out-dir /media/usb --json'],
  access: ACCESS.writes,
  async run({ output, dataDir, cwd }, args) {
    await assertDataFolder(dataDir);
    const outDir = args.string('out-dir');
    // Opening the store takes the lock and finishes an interrupted restore or import first.
    const result = await withStore(openStoreToWrite(dataDir, output), async (store) => {
      await store.whenIdle();
      const now = new Date();
      if (outDir !== undefined)
        return { path: await backupToFolder(store.dataDir, resolve(cwd, outDir), now) };
      const backup = await createBackup(store.dataDir, { reason: 'manual', now });
      await pruneBackups(store.dataDir, now);
      return { backup };
    });
    if ('path' in result) {
      output.document({ path: result.path });
      output.line(`Backed up ${dataDir} to ${result.path}.`);
    } else {
      output.document(result.backup);
      output.line(
        `Backed up ${result.backup.fileCount} files (${formatSize(result.backup.sizeBytes)}) as ${result.backup.id}.`,
      );
      output.line(`Restore it with: newsroom restore ${result.backup.id}`);
    }
    return 0;
  },
};
