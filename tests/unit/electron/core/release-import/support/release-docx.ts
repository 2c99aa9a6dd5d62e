import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { harbourview } from './harbourview-release';
import { withFixedZipTimes } from './zip-times';

/**
 * docx writes the time of packing into docProps/core.xml; this fixed copy takes its place so that
 * the fixture comes out byte for byte the same on every run.
 */
const CORE_PROPERTIES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${harbourview.headline}</dc:title><dc:creator>Newsroom tests</dc:creator>` +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-14T09:00:00Z</dcterms:created>' +
  '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-14T09:00:00Z</dcterms:modified>' +
  '</cp:coreProperties>';

/**
 * Runs `pack` with Math.random giving the same numbers every time. docx names each hyperlink's
 * relationship with a random id when it packs, and takes no option for it; without this, the
 * fixture would differ on every run and could not be checked against its generator.
 */
async function withRepeatableRandom<T>(pack: () => Promise<T>): Promise<T> {
  const random = Math.random;
  let seed = 20_260_514;
  // Park and Miller's minimal standard generator: small, and the same everywhere.
  Math.random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return (seed - 1) / 2_147_483_646;
  };
  try {
    return await pack();
  } finally {
    Math.random = random;
  }
}

const text = (value: string) => new Paragraph({ children: [new TextRun(value)] });
const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text: value, heading: level });

/** The body of the release, with bold, italic, a link, a bulleted list and a quote in Word's Quote style. */
function bodyParagraphs(): Paragraph[] {
  const [beforeBold, afterBold] = harbourview.lead.split('restored reading room');
  const [betweenMarks, afterItalic] = (afterBold ?? '').split('online catalogue');
  const [beforeLink, afterLink] = harbourview.booking.split(harbourview.bookingLink.text);
  return [
    new Paragraph({
      children: [
        new TextRun(`Harbourview, 14 May 2026 – ${beforeBold ?? ''}`),
        new TextRun({ text: 'restored reading room', bold: true }),
        new TextRun(betweenMarks ?? ''),
        new TextRun({ text: 'online catalogue', italics: true }),
        new TextRun(afterItalic ?? ''),
      ],
    }),
    text(harbourview.collectionIntro),
    ...harbourview.collection.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })),
    new Paragraph({
      children: [
        new TextRun(beforeLink ?? ''),
        new ExternalHyperlink({
          link: harbourview.bookingLink.href,
          children: [new TextRun({ text: harbourview.bookingLink.text, style: 'Hyperlink' })],
        }),
        new TextRun(afterLink ?? ''),
      ],
    }),
    new Paragraph({ text: harbourview.directorQuote, style: 'Quote' }),
    text(harbourview.curatorQuote),
  ];
}

/**
 * The Harbourview release as a Word document: headline in Heading 1, an italic subheadline, the
 * reference line, the dateline opening the first paragraph, the body, "More information", the end
 * mark, then (as UK and EU offices order them) the press contact and the numbered notes to editors.
 */
export async function harbourviewDocx(): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Newsroom tests',
    title: harbourview.headline,
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal' }] },
    numbering: {
      config: [
        {
          reference: 'notes',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          heading(harbourview.headline, HeadingLevel.HEADING_1),
          new Paragraph({ children: [new TextRun({ text: harbourview.subheadline, italics: true })] }),
          text(`Press release ${harbourview.reference}`),
          ...bodyParagraphs(),
          heading('More information', HeadingLevel.HEADING_2),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: harbourview.moreInformation.url,
                children: [new TextRun({ text: harbourview.moreInformation.label, style: 'Hyperlink' })],
              }),
            ],
          }),
          text('ENDS'),
          heading('Press contact', HeadingLevel.HEADING_2),
          ...harbourview.contactLines.map(text),
          heading('Notes to editors', HeadingLevel.HEADING_2),
          ...harbourview.notes.map(
            (note) => new Paragraph({ text: note, numbering: { reference: 'notes', level: 0 } }),
          ),
        ],
      },
    ],
  });
  const bytes = await withRepeatableRandom(() =>
    Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: CORE_PROPERTIES }]),
  );
  return withFixedZipTimes(new Uint8Array(bytes));
}
