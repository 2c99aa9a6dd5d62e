import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importRelease } from '../../../../../electron/core/release-import/import-release';
import { blockSummary, textsWithMark } from './support/rich-text-checks';

/** A 1×1 transparent PNG. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function importDocx(children: (Paragraph | Table)[]) {
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return importRelease({ fileName: 'release.docx', bytes: new Uint8Array(bytes) });
}

const LEAD = 'Strasbourg, 3 December 2013 – The Council met today to agree on its programme for next year.';

describe('reading Word documents', () => {
  it("keeps underline and strike, and reads Word's Title and Subtitle styles as headline and subheadline", async () => {
    const result = await importDocx([
      new Paragraph({ text: 'Council meets', style: 'Title' }),
      new Paragraph({ text: 'A new programme', style: 'Subtitle' }),
      new Paragraph({
        children: [
          new TextRun(LEAD),
          new TextRun({ text: ' Underlined', underline: {} }),
          new TextRun({ text: ' struck', strike: true }),
        ],
      }),
    ]);
    expect(result.fields.headline).toBe('Council meets');
    expect(result.fields.subheadline).toBe('A new programme');
    expect(textsWithMark(result.fields.body, 'underline')).toEqual([' Underlined']);
    expect(textsWithMark(result.fields.body, 'strike')).toEqual([' struck']);
  });

  it('drops images without reading them, and flattens tables, with warnings', async () => {
    const result = await importDocx([
      new Paragraph({ text: 'Council meets', heading: 'Heading1' }),
      new Paragraph({
        children: [
          new TextRun(LEAD),
          new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 1, height: 1 } }),
        ],
      }),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph('Date')] }),
              new TableCell({ children: [new Paragraph('Event')] }),
            ],
          }),
        ],
      }),
    ]);
    expect(blockSummary(result.fields.body)).toEqual([
      'p: The Council met today to agree on its programme for next year.',
      'p: Date',
      'p: Event',
    ]);
    expect(result.warnings).toEqual([
      { code: 'dropped-image', count: 1 },
      { code: 'flattened-table', count: 1 },
    ]);
  });
});
