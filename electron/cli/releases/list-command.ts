import { ACCESS, type Command } from '../command';
import { openStoreToRead, withStore } from '../open-store';
import { textTable } from '../text-table';
import { liveReleases } from './find-release';

export const releasesListCommand: Command = {
  words: ['releases', 'list'],
  summary: 'List the releases, most recently changed first.',
  synopsis: '[--archived]',
  shortSynopsis: '',
  description: [
    'Lists the releases that are not archived (or, with --archived, those that are), as the app’s release list does. Deleted releases are not listed.',
  ],
  options: {
    archived: { type: 'boolean', description: 'List the archived releases instead.' },
  },
  positionals: { min: 0, max: 0, name: '' },
  examples: ['newsroom releases list', 'newsroom releases list --json'],
  access: ACCESS.reads,
  async run({ output, dataDir }, args) {
    const archived = args.flag('archived');
    const releases = await withStore(openStoreToRead(dataDir, output), (store) =>
      Promise.resolve(liveReleases(store).filter((summary) => summary.archived === archived)),
    );
    output.document({ releases });
    if (releases.length === 0) {
      output.line(archived ? 'There are no archived releases.' : 'There are no releases.');
      return 0;
    }
    const table = textTable(releases, [
      { header: 'REFERENCE', cell: (release) => release.reference || '-', maxWidth: 24 },
      { header: 'LANG', cell: (release) => release.language },
      { header: 'STATUS', cell: (release) => release.status },
      { header: 'DATE', cell: (release) => release.dateline.date ?? '' },
      { header: 'ID', cell: (release) => release.id },
      { header: 'HEADLINE', cell: (release) => release.headline || '(no headline)', maxWidth: 70 },
    ]);
    for (const line of table) output.line(line);
    return 0;
  },
};
