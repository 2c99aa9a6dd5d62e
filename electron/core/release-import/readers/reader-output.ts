import type { ImportWarning } from '../types';

/**
 * What every reader gives: the release as HTML, which one converter turns into rich text, and what
 * the reader itself could not carry over.
 */
export interface ReaderOutput {
  html: string;
  warnings: ImportWarning[];
}
