import { releaseLanguages } from '../../shared/languages';
import { summarise } from '../../core/repositories/releases-repository';
import { ACCESS, type Command } from '../command';
import { readInputFile } from '../input-file';
import { openStoreToWrite, withStore } from '../open-store';
import { formatName, recognisedLines, warningText } from './import-report';

export const releasesImportCommand: Command = {
  words: ['releases', 'import'],
  summary: 'Make a draft release from a .docx, .md, .html or .txt file.',
  synopsis: 'FILE [--language LANG]',
  shortSynopsis: 'FILE',
  description: [
    'The file is read as the app’s File > Import release reads it: the headline, subheadline, reference number, dateline, body (paragraphs, bold, italic, links, lists, quotes), notes to editors, more-information links and the press contact block are recognised where the file has them; scripts, styles, tracking images and Word’s markup are dropped. What was recognised and what was left out is listed. The draft gets the organisation’s defaults for the rest; review it in the app.',
    'The language is the one the file is written in when it can be told, else the organisation’s default; --language sets it.',
  ],
  options: {
    language: {
      type: 'string',
      value: releaseLanguages.join('|'),
      description: 'The release’s language. Default: guessed from the text, else the organisation’s default.',
    },
  },
  positionals: { min: 1, max: 1, name: 'FILE, the .docx, .md, .html or .txt file to import' },
  examples: [
    'newsroom releases import statement.docx',
    'newsroom releases import draft.md --language fr --json',
  ],
  access: ACCESS.writes,
  async run({ output, dataDir, cwd }, args) {
    const language = args.choice('language', releaseLanguages);
    const file = await readInputFile(args.positionals[0]!, cwd);
    // Mammoth (for .docx) takes a good part of a second to load: only this command pays for it.
    const { importRelease } = await import('../../core/release-import/import-release');
    // Read before the store is opened: a file that cannot be imported never takes the lock.
    const imported = await importRelease({ fileName: file.name, bytes: file.bytes });

    const release = await withStore(openStoreToWrite(dataDir, output), async (store) => {
      const settings = store.settings.get();
      const chosen = language ?? imported.fields.language ?? settings.defaultReleaseLanguage;
      return store.releases.createFromImport(imported.fields, chosen, settings);
    });

    output.document({
      release,
      file: file.path,
      format: imported.format,
      recognised: imported.recognised,
      warnings: imported.warnings.map((warning) => ({ ...warning, text: warningText(warning) })),
    });
    const summary = summarise(release);
    output.line(`Created draft release ${summary.id} from ${file.name} (${formatName(imported.format)}).`);
    output.line(`  headline: ${summary.headline || '(none found)'}`);
    output.line(`  language: ${summary.language}`);
    if (imported.recognised.length > 0) {
      output.line('Recognised:');
      for (const line of recognisedLines(imported.recognised)) output.line(`  ${line}`);
    }
    if (imported.warnings.length > 0) {
      output.line('Left out or changed:');
      for (const warning of imported.warnings) output.line(`  ${warningText(warning)}`);
    }
    output.line('Open it in Newsroom to review it, or: newsroom releases show ' + summary.id);
    return 0;
  },
};
