import type { Release } from '../../shared/schemas/release';
import type { FieldChange } from '../../shared/schemas/release-revision';
import { plainText } from './release-text';
import { wordDiff } from './word-diff';

/** Each field of a release as text, in the order the editor shows them. */
function fieldsAsText(release: Release, contactName: (id: string) => string): Array<[string, string]> {
  const line = release.releaseLine;
  return [
    ['reference', release.reference],
    [
      'releaseLine',
      line.kind === 'immediate' ? 'immediate' : `embargo ${line.date} ${line.time} ${line.timeZone}`,
    ],
    ['headline', release.headline],
    ['subheadline', release.subheadline],
    ['dateline', [release.dateline.place, release.dateline.date ?? ''].join(' ').trim()],
    ['body', plainText(release.body)],
    ['moreInformation', release.moreInformation.map((link) => `${link.label} ${link.url}`).join('\n')],
    ['notesToEditors', release.notesToEditors.join('\n')],
    ['boilerplate', release.boilerplate ?? ''],
    [
      'pressContacts',
      [...release.pressContactIds.map(contactName), release.pressContactText].join('\n').trim(),
    ],
    ['status', release.status],
    ['tags', release.tags.join(', ')],
  ];
}

/**
 * What changed from `before` to `after`, field by field, with a word-level diff of each. Press
 * contacts are compared by name, through `contactName`.
 */
export function diffReleases(
  before: Release,
  after: Release,
  contactName: (id: string) => string,
): FieldChange[] {
  const afterFields = new Map(fieldsAsText(after, contactName));
  return fieldsAsText(before, contactName)
    .filter(([field, text]) => afterFields.get(field) !== text)
    .map(([field, text]) => ({ field, parts: wordDiff(text, afterFields.get(field) ?? '') }));
}
