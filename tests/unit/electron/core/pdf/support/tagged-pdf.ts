import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

/**
 * A small PDF shaped like Chromium's tagged output: `pages` blank A4 pages, a structure tree,
 * the marked-content flag, an outline with one entry, a title and a language. Enough to check
 * that post-processing keeps what Chromium writes, without a browser.
 */
export async function taggedPdf(pages = 1): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  for (let page = 0; page < pages; page += 1) document.addPage([595.28, 841.89]);
  const { context, catalog } = document;
  const firstPage = document.getPage(0).ref;
  const structTreeRoot = context.register(context.obj({ Type: 'StructTreeRoot', K: [] }));
  const outlines = context.nextRef();
  const entry = context.register(
    context.obj({ Title: PDFString.of('Headline'), Parent: outlines, Dest: [firstPage, 'Fit'] }),
  );
  context.assign(outlines, context.obj({ Type: 'Outlines', First: entry, Last: entry, Count: 1 }));
  catalog.set(PDFName.of('StructTreeRoot'), structTreeRoot);
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  catalog.set(PDFName.of('Outlines'), outlines);
  document.setTitle('Chromium title');
  document.setCreator('HeadlessChrome');
  document.setProducer('Skia/PDF m156');
  document.setLanguage('en');
  return document.save({ useObjectStreams: false });
}
