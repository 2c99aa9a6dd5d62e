import { contactQuerySchema } from '../../shared/schemas/contact-query';
import { usageError } from '../cli-error';
import { ACCESS, type Command } from '../command';
import { openStoreToRead, withStore } from '../open-store';
import { textTable } from '../text-table';
import { contactName, firstEmail, firstPhone } from './contact-text';

/** The most contacts one search returns: the directory query's own limit. */
const MAX_LIMIT = 500;
const DEFAULT_LIMIT = 20;
/** What the directory's search box takes, as its schema says. */
const MAX_QUERY_LENGTH = 200;

export const contactsSearchCommand: Command = {
  words: ['contacts', 'search'],
  summary: 'Search the media directory as the app does.',
  synopsis: 'QUERY [--limit N]',
  shortSynopsis: 'QUERY',
  description: [
    'The same search as the app’s directory: names, outlets, roles, beats, places, emails, phones, tags and notes; accents and case do not matter, a word may be the start of one, and small typos are forgiven. Several words must all match. An empty QUERY ("") lists the directory in name order.',
  ],
  options: {
    limit: {
      type: 'string',
      value: 'N',
      description: `How many contacts to show, 1 to ${MAX_LIMIT}. Default: ${DEFAULT_LIMIT}.`,
    },
  },
  positionals: { min: 1, max: Infinity, name: 'QUERY, the words to search for' },
  examples: [
    'newsroom contacts search benali',
    'newsroom contacts search "health reporter" --limit 5 --json',
  ],
  access: ACCESS.reads,
  async run({ output, dataDir }, args) {
    const limit = args.integer('limit', { min: 1, max: MAX_LIMIT }, DEFAULT_LIMIT);
    const text = args.positionals.join(' ').trim();
    if (text.length > MAX_QUERY_LENGTH) {
      throw usageError(
        `QUERY is ${text.length} characters long; a search takes at most ${MAX_QUERY_LENGTH}.`,
      );
    }
    const query = contactQuerySchema.parse({ text, limit });

    const result = await withStore(openStoreToRead(dataDir, output), async (store) => {
      // The index is built in the background when a store opens; a search must wait for it.
      await store.contactIndexReady;
      return store.contacts.query(query, store.settings.get().uiLanguage);
    });

    output.document({ query: text, total: result.total, contacts: result.items });
    if (result.items.length === 0) {
      output.line(text ? `No contact matches "${text}".` : 'The directory is empty.');
      return 0;
    }
    const table = textTable(result.items, [
      { header: 'NAME', cell: contactName, maxWidth: 40 },
      { header: 'ORGANISATION', cell: (contact) => contact.organisation, maxWidth: 40 },
      { header: 'ROLE', cell: (contact) => contact.role, maxWidth: 30 },
      { header: 'EMAIL', cell: firstEmail },
      { header: 'PHONE', cell: firstPhone },
      { header: 'ID', cell: (contact) => contact.id },
    ]);
    for (const line of table) output.line(line);
    if (result.total > result.items.length) {
      output.note(`showing ${result.items.length} of ${result.total} matches; use --limit to see more.`);
    }
    return 0;
  },
};
