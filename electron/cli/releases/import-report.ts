import type { ReleaseImport } from '../../core/release-import/types';

type Warning = ReleaseImport['warnings'][number];

const FORMAT_NAMES: Readonly<Record<ReleaseImport['format'], string>> = {
  docx: 'Word document',
  markdown: 'Markdown',
  html: 'HTML',
  text: 'plain text',
};

const PART_NAMES: Readonly<Record<string, string>> = {
  headline: 'headline',
  subheadline: 'subheadline',
  dateline: 'dateline',
  reference: 'reference number',
  language: 'language',
  notesToEditors: 'notes to editors',
  moreInformation: 'more information',
  pressContactText: 'press contact',
  endMark: 'end mark',
  releaseLabel: 'release label',
};

export function formatName(format: ReleaseImport['format']): string {
  return FORMAT_NAMES[format];
}

/** What the import recognised, one line each: `headline: "Coastal towns…"`. */
export function recognisedLines(recognised: ReleaseImport['recognised']): string[] {
  return recognised.map((part) =>
    part.field === 'language'
      ? `language, from words such as “${shorten(part.text, 60)}”`
      : `${PART_NAMES[part.field] ?? part.field}: “${shorten(part.text, 80)}”`,
  );
}

/** What the import left out or changed, in English, as the app's review lists it. */
export function warningText(warning: Warning): string {
  switch (warning.code) {
    case 'dropped-script':
      return `scripts removed: ${warning.count}`;
    case 'dropped-event-handler':
      return `active attributes removed: ${warning.count}`;
    case 'dropped-image':
      return `images left out: ${warning.count}`;
    case 'dropped-embedded-content':
      return `embedded frames or objects left out: ${warning.count}`;
    case 'dropped-form':
      return `forms left out: ${warning.count}`;
    case 'dropped-hidden-text':
      return `hidden text left out: ${warning.count}`;
    case 'flattened-table':
      return `tables turned into paragraphs: ${warning.count}`;
    case 'unsupported-link':
      return `links kept as plain text because they are not https or email links: ${warning.count} (${warning.examples.join(', ')})`;
    case 'embargo-line-kept':
      return `the embargo line “${warning.text}” stays in the text: set the embargo in the release itself`;
    case 'docx-reader-message':
      return `from the Word reader: ${warning.message}`;
    case 'shortened':
      return `shortened to fit: ${warning.field}`;
  }
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
