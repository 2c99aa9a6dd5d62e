import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';

/** Where the PDF's links go and what else could act when it is opened, read with pdf-lib. */
export interface PdfActions {
  /** The target of every link annotation with a URI action, page by page. */
  uris: string[];
  /** Every other action a link or the document holds (/JavaScript, /Launch, /SubmitForm…). */
  otherActions: string[];
  /** Document-level triggers: an /OpenAction, /AA, or a /JavaScript name tree. */
  documentTriggers: string[];
}

function text(value: PDFObject | undefined): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : String(value);
}

export async function pdfActions(pdf: Uint8Array): Promise<PdfActions> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const found: PdfActions = { uris: [], otherActions: [], documentTriggers: [] };
  const { catalog } = document;
  if (catalog.has(PDFName.of('OpenAction'))) found.documentTriggers.push('OpenAction');
  if (catalog.has(PDFName.of('AA'))) found.documentTriggers.push('AA');
  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  if (names?.has(PDFName.of('JavaScript'))) found.documentTriggers.push('JavaScript');
  for (const page of document.getPages()) {
    if (page.node.has(PDFName.of('AA'))) found.documentTriggers.push('page AA');
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let index = 0; index < (annotations?.size() ?? 0); index += 1) {
      const annotation = annotations?.lookup(index, PDFDict);
      const action = annotation?.lookupMaybe(PDFName.of('A'), PDFDict);
      if (!action) continue;
      const kind = String(action.get(PDFName.of('S')));
      if (kind === '/URI') found.uris.push(text(action.lookup(PDFName.of('URI'))));
      else found.otherActions.push(kind);
    }
  }
  return found;
}
