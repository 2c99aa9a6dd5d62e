import type { ReleaseLanguage } from '../../shared/languages';
import type { RichTextDoc } from '../../shared/schemas/rich-text';

/** The file formats a release can be imported from. */
export type ReleaseImportFormat = 'docx' | 'markdown' | 'html' | 'text';

/** What the caller read from disk: the name tells the format, the bytes are the file as it is. */
export interface ReleaseImportInput {
  fileName: string;
  bytes: Uint8Array;
}

/** A "more information" link: only `https:` and `mailto:` addresses ever get here. */
export interface ImportedLink {
  label: string;
  url: string;
}

/**
 * The fields of a Newsroom release found in an imported file, each with the type the release model
 * gives it. What the file did not hold is empty (`''`, `[]`, `null`), never guessed.
 */
export interface ImportedReleaseFields {
  headline: string;
  subheadline: string;
  dateline: { place: string; date: string | null };
  /** What is left once every other field was taken out: paragraphs, headings 2–4, lists, quotes. */
  body: RichTextDoc;
  /** One entry per paragraph or list item of the "Notes to editors" section, as plain text. */
  notesToEditors: string[];
  moreInformation: ImportedLink[];
  /** The press-contact block as plain text, one line per line of the file. */
  pressContactText: string;
  reference: string;
  language: ReleaseLanguage | null;
}

/** Parts of a release that an import recognises: the fields, and lines it removes as page furniture. */
export type RecognisedPart =
  | Exclude<keyof ImportedReleaseFields, 'body'>
  /** "ENDS", "###", "-30-", "Fin". */
  | 'endMark'
  /** "PRESS RELEASE", "FOR IMMEDIATE RELEASE": what the letterhead prints anyway. */
  | 'releaseLabel';

/** How a part was recognised: stable codes that the interface translates. */
export type RecognitionRule =
  | 'first-h1'
  | 'first-heading'
  | 'first-short-line'
  | 'heading-after-headline'
  | 'italic-line-after-headline'
  | 'reference-line'
  | 'paragraph-opening'
  | 'dateline-line'
  | 'section-heading'
  | 'section-line'
  | 'trailing-contact-lines'
  | 'standalone-line'
  | 'stop-words';

/**
 * One recognised part, for the import dialog to show what came from where: `text` is what the file
 * said (shortened when long), e.g. `{ field: 'dateline', rule: 'paragraph-opening', text: 'Strasbourg,
 * 03.12.2013 –' }`.
 */
export interface Recognition {
  field: RecognisedPart;
  rule: RecognitionRule;
  text: string;
}

/** Release fields whose value an import may have to shorten to fit the release model. */
export type LimitedField =
  | 'headline'
  | 'subheadline'
  | 'dateline'
  | 'reference'
  | 'body'
  | 'notesToEditors'
  | 'moreInformation'
  | 'pressContactText';

/**
 * What an import left out or changed, as a code and values for the interface to translate. Counts
 * say how many elements (or attributes, or links) were concerned.
 */
export type ImportWarning =
  | { code: 'dropped-script'; count: number }
  | { code: 'dropped-event-handler'; count: number }
  | { code: 'dropped-image'; count: number }
  | { code: 'dropped-embedded-content'; count: number }
  | { code: 'dropped-form'; count: number }
  | { code: 'dropped-hidden-text'; count: number }
  | { code: 'flattened-table'; count: number }
  /** Links that are not `https:` or `mailto:`: their words stay, as plain text. */
  | { code: 'unsupported-link'; count: number; examples: string[] }
  /** An embargo line stays in the body: the release line is set in the release itself. */
  | { code: 'embargo-line-kept'; text: string }
  /** Something the .docx reader (mammoth) could not convert, in its own (English) words. */
  | { code: 'docx-reader-message'; message: string }
  | { code: 'shortened'; field: LimitedField };

/** The result of an import: fields to fill a release with, and what the import did to get them. */
export interface ReleaseImport {
  format: ReleaseImportFormat;
  fields: ImportedReleaseFields;
  recognised: Recognition[];
  warnings: ImportWarning[];
}

/** Why a file could not be imported at all, as a code and values for the interface to translate. */
export type ReleaseImportProblem =
  | { code: 'unsupported-file-type'; extension: string }
  | { code: 'file-too-large'; size: number; maxSize: number }
  | { code: 'empty-file' }
  | { code: 'not-text'; format: ReleaseImportFormat }
  | { code: 'unreadable-docx'; detail: string }
  | { code: 'no-content' };
