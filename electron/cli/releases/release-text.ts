import type { Release } from '../../shared/schemas/release';
import { plainText } from '../../core/releases/release-text';

const LABEL_WIDTH = 13;

/** A release as plain text for the terminal: its fields, then its body, notes and contacts. */
export function releaseAsText(release: Release, pressContactNames: readonly string[]): string[] {
  const field = (label: string, value: string) =>
    value.trim() === '' ? [] : [`${`${label}:`.padEnd(LABEL_WIDTH)}${value}`];
  const sections: string[][] = [
    [
      ...field('Id', release.id),
      ...field('Reference', release.reference),
      ...field('Language', release.language),
      ...field('Status', release.status + (release.archived ? ' (archived)' : '')),
      ...field('Release', releaseLine(release)),
      ...field('Dateline', [release.dateline.place, release.dateline.date ?? ''].filter(Boolean).join(', ')),
      ...field('Headline', release.headline),
      ...field('Subheadline', release.subheadline),
      ...field('Tags', release.tags.join(', ')),
      ...field('Translation', release.translationOf ? `of ${release.translationOf.releaseId}` : ''),
      ...field('Created', release.createdAt),
      ...field('Updated', release.updatedAt),
      ...field('Published', release.publishedAt ?? ''),
    ],
    plainText(release.body).split('\n'),
    titled(
      'More information',
      release.moreInformation.map((link) => `- ${link.label ? `${link.label}: ` : ''}${link.url}`),
    ),
    titled(
      'Notes to editors',
      release.notesToEditors.map((note, index) => `${index + 1}. ${note}`),
    ),
    titled('Boilerplate', release.boilerplate ? [release.boilerplate] : []),
    titled('Press contacts', [
      ...pressContactNames.map((name) => `- ${name}`),
      ...(release.pressContactText.trim() ? release.pressContactText.split('\n') : []),
    ]),
  ];
  return sections
    .filter((lines) => lines.some((line) => line.trim() !== ''))
    .flatMap((lines, index) => (index === 0 ? lines : ['', ...lines]));
}

function titled(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`${title}:`, ...lines];
}

function releaseLine(release: Release): string {
  const line = release.releaseLine;
  if (line.kind === 'immediate') return 'for immediate release';
  return `embargoed until ${line.date} ${line.time} (${line.timeZone})`;
}
