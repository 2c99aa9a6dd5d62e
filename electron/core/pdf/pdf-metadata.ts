import { PDFDocument } from 'pdf-lib';

/** What a PDF says about itself in its document information and catalog. */
export interface PdfMetadata {
  title: string;
  /** Left out of the PDF when empty. */
  author: string;
  subject: string;
  keywords: readonly string[];
  /** A BCP 47 tag such as `fr`, written as the catalog's /Lang. */
  language: string;
  /** Both the creation and the modification date: an export makes a new document. */
  exportedAt: Date;
  /** "Newsroom 0.1.0". */
  producer: string;
  /** "Newsroom". */
  creator: string;
}

/** The PDF with its metadata set, and how many pages it has. */
export interface PdfWithMetadata {
  pdf: Uint8Array;
  pageCount: number;
}

/**
 * Rewrites `pdf` with `metadata`. pdf-lib keeps every object of the file, so the structure tree,
 * the marked-content flag and the outline that Chromium wrote stay as they are, and embedded
 * fonts stay embedded. The file is written with a classic cross-reference table, as Chromium
 * writes it: object streams would need PDF 1.5, and the header still says 1.4.
 */
export async function setPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<PdfWithMetadata> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author.trim() !== '') document.setAuthor(metadata.author.trim());
  document.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces, which would run "EU affairs" and "energy" together.
  if (metadata.keywords.length > 0) document.setKeywords([metadata.keywords.join(', ')]);
  document.setLanguage(metadata.language);
  document.setCreationDate(metadata.exportedAt);
  document.setModificationDate(metadata.exportedAt);
  document.setProducer(metadata.producer);
  document.setCreator(metadata.creator);
  // pdf-lib pauses for a timer every 50 objects by default, which doubled the time of a release
  // (a few hundred objects, 10-15 ms of work); every 500 still lets a long one yield now and then.
  const bytes = await document.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: 500 });
  return { pdf: bytes, pageCount: document.getPageCount() };
}
