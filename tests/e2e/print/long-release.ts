import type { Release } from '../../../electron/shared/schemas/release';
import type { RichTextNode } from '../../../electron/shared/schemas/rich-text';

/** A fixed sequence of pseudo-random numbers (mulberry32), so that every run lays out the same text. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'the alliance harbour towns storm surge warning network coastal members will share tide gauges ' +
  'alert service emergency teams training between ports mayors said today project partners fund ' +
  'build regional national European institutions rising seas protect people infrastructure grid ' +
  'cables turbines coast hours earlier local authorities data forecasts sirens shelters volunteers ' +
  'fishermen schools families evacuation routes bridges quays dykes pumps sensors stations radio ' +
  'community drills winter autumn spring season flooding damage insurance costs budget years ' +
  'agreement signed council committee report study research university engineers climate weather ' +
  'Brest Bergen Ålesund Gdańsk Cádiz Galway Thorbjørn Müller Dorothée Łukasz Siobhán Ægir ' +
  'of and in for with on to from by at as under across over into through after before during'
).split(' ');

/** A body with every block the print layout handles, and the words it holds in reading order. */
export interface GeneratedBody {
  content: RichTextNode[];
  words: string[];
}

/**
 * Writes a long release body (about `targetWords` words): paragraphs of varied length, one of them
 * longer than a page, headings, a bulleted and a numbered list, a two-paragraph quotation, and
 * bold, italic, underlined, struck and linked words (one link with a javascript: address).
 */
export function generateLongBody(targetWords = 3_000, seed = 20_261_112): GeneratedBody {
  const random = randomSequence(seed);
  const words: string[] = [];
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)] ?? 'harbour';
  const sentence = (): string => {
    const length = 8 + Math.floor(random() * 14);
    const list = Array.from({ length }, pick);
    const first = list[0] ?? 'the';
    list[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${list.join(' ')}.`;
  };
  const text = (count: number): string => {
    let written = '';
    while (written.split(' ').length < count) written += `${written ? ' ' : ''}${sentence()}`;
    return written;
  };
  const record = (value: string) => words.push(...value.split(/\s+/).filter((word) => word !== ''));
  const paragraph = (count: number): RichTextNode => {
    const value = text(count);
    record(value);
    return { type: 'paragraph', content: [{ type: 'text', text: value }] };
  };
  const heading = (level: number, value: string): RichTextNode => {
    record(value);
    return { type: 'heading', attrs: { level }, content: [{ type: 'text', text: value }] };
  };
  const markedParagraph = (): RichTextNode => {
    const parts: Array<[string, RichTextNode['marks']]> = [
      [`${text(20)} `, undefined],
      ['strongly worded', [{ type: 'bold' }]],
      [` ${text(10)} `, undefined],
      ['in italics', [{ type: 'italic' }]],
      [' and ', undefined],
      ['underlined', [{ type: 'underline' }]],
      [' or ', undefined],
      ['struck out', [{ type: 'strike' }]],
      [', with a ', undefined],
      ['link to the project', [{ type: 'link', attrs: { href: 'https://www.example.org/project' } }]],
      [' and a ', undefined],
      ['dropped link', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]],
      [`. ${text(25)}`, undefined],
    ];
    const content = parts.map(([value, marks]): RichTextNode => ({ type: 'text', text: value, marks }));
    record(parts.map(([value]) => value).join(''));
    return { type: 'paragraph', content };
  };
  const list = (type: 'bulletList' | 'orderedList', items: number): RichTextNode => ({
    type,
    content: Array.from({ length: items }, () => ({
      type: 'listItem',
      content: [paragraph(15 + random() * 30)],
    })),
  });

  const content: RichTextNode[] = [paragraph(70)];
  let section = 0;
  while (words.length < targetWords) {
    section += 1;
    content.push(heading(section % 3 === 0 ? 3 : 2, `Section ${section}: ${text(5).replace(/\.$/, '')}`));
    for (let count = 0; count < 3; count += 1) content.push(paragraph(50 + random() * 110));
    if (section === 1) content.push(list('bulletList', 5), markedParagraph());
    if (section === 2) {
      content.push({ type: 'blockquote', content: [paragraph(45), paragraph(35)] });
      content.push(list('orderedList', 4));
    }
    // Longer than a page of its own: the one paragraph that must be split.
    if (section === 3) content.push(paragraph(720));
  }
  return { content, words };
}

/** `base` with a long generated body; its body words, in reading order, come with it. */
export function longRelease(base: Release): { release: Release; bodyWords: string[] } {
  const body = generateLongBody();
  return {
    release: {
      ...base,
      headline:
        'Coastal towns, energy companies and research institutes agree a ten-year plan for storm-surge warnings',
      body: { type: 'doc', content: body.content },
      notesToEditors: [
        ...base.notesToEditors,
        'The full text of the agreement, in English and French, is available from the press office.',
      ],
    },
    bodyWords: body.words,
  };
}
