import { releaseRenderContext } from '../../../electron/core/release-render/render-context';
import type { ReleaseRenderContext } from '../../../electron/core/release-render/render-release-html';
import { firstRunSample } from '../../../electron/core/sample/first-run-sample';
import type { Release } from '../../../electron/shared/schemas/release';
import type { RichTextNode } from '../../../electron/shared/schemas/rich-text';
import { generateLongBody } from '../print/long-release';
import { sampleRelease } from '../print/print-samples';

/** How a release language marks its pages, as the PDF must print it. */
interface PageMarks {
  more: string;
  endMark: string;
  pageOf: (page: number, pages: number) => string;
}

const ENGLISH: PageMarks = {
  more: '-more-',
  endMark: 'ENDS',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
};
const FRENCH: PageMarks = {
  more: '…/…',
  endMark: 'Fin',
  pageOf: (page, pages) => `Page ${page} sur ${pages}`,
};

/** A release to export, and what its PDF must show. */
export interface PdfCase {
  /** Also the file name of the PDF in the test's output folder. */
  name: string;
  release: Release;
  context: ReleaseRenderContext;
  pages: number;
  marks: PageMarks;
  /** Texts that must appear in this order in the text of the whole PDF. */
  readingOrder: string[];
  /** Texts that must be copyable from the PDF exactly as written. */
  verbatim: string[];
  subject: string;
}

const sample = firstRunSample('en-GB');

function contextOf(release: Release, pageSize: 'A4' | 'Letter' = 'A4'): ReleaseRenderContext {
  return { ...releaseRenderContext(release, sample.settings, sample.contacts), pageSize };
}

/**
 * The shortest generated body (about 700 words, a list, marks and links) and three paragraphs
 * more: three pages on A4 and on Letter, the third holding the end of the body, the end mark
 * and the press contacts.
 */
function threePageBody(): Release['body'] {
  const more = generateLongBody(3_000, 7).content.filter((node) => node.type === 'paragraph');
  return { type: 'doc', content: [...generateLongBody(600).content, ...more.slice(0, 3)] };
}

const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const GREEK_LEAD =
  'Ο Οργανισμός Λιμένος Πειραιώς και ο Δήμος Βάρνας υπέγραψαν σήμερα συμφωνία για την κοινή χρήση ' +
  'δεδομένων παλίρροιας και προειδοποιήσεων καταιγίδας σε δώδεκα λιμάνια.';
const GREEK_QUOTE = '«Οι καταιγίδες δεν σταματούν στα σύνορα», δήλωσε η Ελένη Παπαδοπούλου.';
const BULGARIAN = 'Пристанище Варна ще обменя данни от мареографите в реално време с Пирея.';
const RUSSIAN = '«Штормы не знают границ», — сказал Иван Петров, директор порта Бургас.';

function greekAndCyrillic(): Release {
  const base = sampleRelease('en');
  return {
    ...base,
    headline: 'Πειραιάς и Варна: ports of Piraeus and Varna share storm-surge alerts',
    subheadline: 'Δώδεκα λιμάνια — двенадцать портов — one warning network',
    dateline: { place: 'Θεσσαλονίκη', date: '2026-11-12' },
    body: {
      type: 'doc',
      content: [
        paragraph(GREEK_LEAD),
        { type: 'blockquote', content: [paragraph(GREEK_QUOTE)] },
        paragraph(BULGARIAN),
        paragraph(RUSSIAN),
      ],
    },
    tags: ['Ελλάδα', 'България'],
  };
}

function embargoedFrench(): Release {
  return {
    ...sampleRelease('fr'),
    releaseLine: { kind: 'embargo', date: '2026-11-12', time: '10:00', timeZone: 'Europe/Paris' },
    body: threePageBody(),
  };
}

const english = sampleRelease('en');
const french = sampleRelease('fr');
const longEnglish: Release = { ...english, body: threePageBody() };
const greek = greekAndCyrillic();
const embargoed = embargoedFrench();

/** The English reading order of the sample: headline, dateline, body, end mark, contact block. */
const englishOrder = [
  'Coastal towns and Nordlys Energy agree',
  'Bergen, 12 November 2026 –',
  'The Alliance for Coastal Towns',
  'ENDS',
  'Press contact',
  'Camille Roussel',
];

export const PDF_CASES: PdfCase[] = [
  {
    name: 'sample-en-a4',
    release: english,
    context: contextOf(english),
    pages: 1,
    marks: ENGLISH,
    readingOrder: englishOrder,
    verbatim: ['Ingrid Solberg', 'Maël Le Bihan', 'camille.roussel@example.org'],
    subject: 'Press release ACT 042(2026)',
  },
  {
    name: 'three-pages-en-a4',
    release: longEnglish,
    context: contextOf(longEnglish),
    pages: 3,
    marks: ENGLISH,
    readingOrder: [
      'Coastal towns and Nordlys Energy agree',
      'Bergen, 12 November 2026 –',
      'Section 1',
      'strongly worded',
      'link to the project',
      'ENDS',
      'Press contact',
      'Camille Roussel',
    ],
    verbatim: ['ACT 042(2026) – Coastal towns and Nordlys Energy agree partnership on…'],
    subject: 'Press release ACT 042(2026)',
  },
  {
    name: 'sample-fr-a4',
    release: french,
    context: contextOf(french),
    pages: 1,
    marks: FRENCH,
    readingOrder: [
      'Les villes côtières et Nordlys Energy',
      'Bergen, 12 novembre 2026 –',
      'L’Alliance des villes côtières et Nordlys Energy ont signé',
      'Fin',
      'Contact presse',
      'Camille Roussel',
    ],
    verbatim: ['COMMUNIQUÉ DE PRESSE', 'Pour diffusion immédiate', 'À propos d’Alliance for Coastal Towns'],
    subject: 'Communiqué de presse ACT 042(2026)',
  },
  {
    name: 'greek-cyrillic-a4',
    release: greek,
    context: contextOf(greek),
    pages: 1,
    marks: ENGLISH,
    readingOrder: [
      'Πειραιάς и Варна',
      'Θεσσαλονίκη, 12 November 2026 –',
      'Ο Οργανισμός Λιμένος',
      'Штормы',
      'ENDS',
      'Press contact',
    ],
    verbatim: [GREEK_LEAD, GREEK_QUOTE, BULGARIAN, RUSSIAN, 'Δώδεκα λιμάνια — двенадцать портов'],
    subject: 'Press release ACT 042(2026)',
  },
  {
    name: 'embargo-fr-letter',
    release: embargoed,
    context: contextOf(embargoed, 'Letter'),
    pages: 3,
    marks: FRENCH,
    readingOrder: [
      // French has no abbreviation for Central European Time: the zone is spelt out.
      'Sous embargo jusqu’au 12 novembre 2026, 10 h 00 (heure normale d’Europe centrale, UTC+1)',
      'Les villes côtières et Nordlys Energy',
      'Bergen, 12 novembre 2026 –',
      'Fin',
      'Contact presse',
    ],
    verbatim: ['COMMUNIQUÉ DE PRESSE'],
    subject: 'Communiqué de presse ACT 042(2026)',
  },
];
