import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setPdfMetadata, type PdfMetadata } from '../../../../../electron/core/pdf/pdf-metadata';
import { releasePdfMetadata } from '../../../../../electron/core/pdf/release-pdf-metadata';
import { makeContext, makeRelease } from '../release-render/release-fixtures';
import { makeTempDir, removeTempDir } from '../../../../support/temp-dir';
import { taggedPdf } from './support/tagged-pdf';

const exportedAt = new Date('2026-11-12T09:30:00.000Z');
const metadata: PdfMetadata = {
  title: 'Σεισμός και Ураган: coastal towns agree',
  author: 'Alliance for Coastal Towns',
  subject: 'Press release ACT 042(2026)',
  keywords: ['EU affairs', 'climate'],
  language: 'fr',
  exportedAt,
  producer: 'Newsroom 1.2.3',
  creator: 'Newsroom',
};

let folder: string;
beforeEach(async () => {
  folder = await makeTempDir('newsroom-pdf-metadata-');
});
afterEach(async () => {
  await removeTempDir(folder);
});

async function pdfinfo(bytes: Uint8Array): Promise<string> {
  const path = join(folder, 'out.pdf');
  await writeFile(path, bytes);
  return execFileSync('pdfinfo', ['-isodates', path], { encoding: 'utf8' });
}

describe('setPdfMetadata', () => {
  it('writes every field and keeps the structure tree, the marked flag and the outline', async () => {
    const { pdf, pageCount } = await setPdfMetadata(await taggedPdf(2), metadata);
    expect(pageCount).toBe(2);
    const info = await pdfinfo(pdf);
    expect(info).toMatch(/^Title:\s+Σεισμός και Ураган: coastal towns agree$/m);
    expect(info).toMatch(/^Author:\s+Alliance for Coastal Towns$/m);
    expect(info).toMatch(/^Subject:\s+Press release ACT 042\(2026\)$/m);
    expect(info).toMatch(/^Keywords:\s+EU affairs, climate$/m);
    expect(info).toMatch(/^Producer:\s+Newsroom 1\.2\.3$/m);
    expect(info).toMatch(/^Creator:\s+Newsroom$/m);
    expect(info).toMatch(/^CreationDate:\s+2026-11-12T09:30:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2026-11-12T09:30:00Z$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);

    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    const catalog = document.catalog;
    expect(String(catalog.get(PDFName.of('Lang')))).toBe('(fr)');
    expect(catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('Type'))).toBe(
      PDFName.of('StructTreeRoot'),
    );
    expect(String(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true');
    expect(String(catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('Count')))).toBe('1');
    expect(document.getTitle()).toBe(metadata.title);
  });

  it('keeps a classic cross-reference table, as the PDF 1.x header requires', async () => {
    const { pdf } = await setPdfMetadata(await taggedPdf(), metadata);
    const text = new TextDecoder('latin1').decode(pdf);
    expect(text).not.toContain('/ObjStm');
    expect(text).toMatch(/\nxref\n/);
  });

  it('leaves out an empty author and empty keywords', async () => {
    const { pdf } = await setPdfMetadata(await taggedPdf(), { ...metadata, author: ' ', keywords: [] });
    const info = await pdfinfo(pdf);
    expect(info).not.toMatch(/^Author:/m);
    expect(info).not.toMatch(/^Keywords:/m);
  });
});

describe('releasePdfMetadata', () => {
  const organisation = makeContext().organisation;

  it('takes the headline, the organisation, the tags and the version', () => {
    const release = makeRelease({ tags: ['partnerships', ' climate '], headline: '  Coastal  towns agree ' });
    expect(releasePdfMetadata(release, organisation, '0.1.0', exportedAt)).toEqual({
      title: 'Coastal towns agree',
      author: organisation.name,
      subject: 'Press release ACT 042(2026)',
      keywords: ['partnerships', 'climate'],
      language: 'en',
      exportedAt,
      producer: 'Newsroom 0.1.0',
      creator: 'Newsroom',
    });
  });

  it.each([
    ['en', 'Press release ACT 042(2026)'],
    ['fr', 'Communiqué de presse ACT 042(2026)'],
    ['de', 'Pressemitteilung ACT 042(2026)'],
    ['es', 'Comunicado de prensa ACT 042(2026)'],
    ['it', 'Comunicato stampa ACT 042(2026)'],
  ] as const)('writes the subject in the release language (%s)', (language, subject) => {
    expect(releasePdfMetadata(makeRelease({ language }), organisation, '1', exportedAt).subject).toBe(
      subject,
    );
  });

  it('falls back on the subject when there is no headline, and on the noun without a reference', () => {
    const release = makeRelease({ headline: ' ', reference: '', language: 'fr' });
    const { title, subject } = releasePdfMetadata(release, organisation, '1', exportedAt);
    expect([title, subject]).toEqual(['Communiqué de presse', 'Communiqué de presse']);
  });
});
