import { describe, expect, it } from 'vitest';
import { isEndMark } from '../../../../../electron/core/release-import/structure/end-marks';
import { referenceFromLine } from '../../../../../electron/core/release-import/structure/reference-line';
import { importText } from './support/import-text';
import { blockSummary } from './support/rich-text-checks';

const LEAD = 'Strasbourg, 03.12.2013 – The Council met today to agree on its programme for the coming year.';
const html = (body: string) => importText('release.html', body);
const text = (body: string) => importText('release.txt', body);

describe('reference line', () => {
  it.each([
    ['Press release DC 153(2013)', 'DC 153(2013)'],
    ['Communiqué de presse n° 397', 'n° 397'],
    ['Ref: ACT 42/2026', 'ACT 42/2026'],
    ['PRESS RELEASE No. 12/2026', 'No. 12/2026'],
    ['Pressemitteilung Nr. 12/2026', 'Nr. 12/2026'],
    ['Referenz: PM-2026-014', 'PM-2026-014'],
    ['Réf. : CP 7/2026', 'CP 7/2026'],
  ])('reads "%s" as %s', (line, reference) => {
    expect(referenceFromLine(line)).toBe(reference);
  });

  it.each([
    'Press release',
    'Press release, 3 December 2013',
    'Reference: the council met',
    'Press releases of 2026',
  ])('finds no reference in "%s"', (line) => {
    expect(referenceFromLine(line)).toBeNull();
  });

  it('is taken out of the top of the release, not out of its text', async () => {
    const result = await text(
      `Council meets\n\nRef: ACT 42/2026\n\n${LEAD}\n\nRef: ACT 43/2026 follows next week`,
    );
    expect(result.fields.reference).toBe('ACT 42/2026');
    expect(blockSummary(result.fields.body)).toEqual([
      'p: The Council met today to agree on its programme for the coming year.',
      'p: Ref: ACT 43/2026 follows next week',
    ]);
  });
});

describe('release labels and embargo lines', () => {
  it('removes the labels a letterhead prints anyway', async () => {
    const result = await text(`PRESS RELEASE\n\nFOR IMMEDIATE RELEASE\n\nCouncil meets\n\n${LEAD}`);
    expect(result.fields.headline).toBe('Council meets');
    expect(
      result.recognised.filter(({ field }) => field === 'releaseLabel').map(({ text: line }) => line),
    ).toEqual(['PRESS RELEASE', 'FOR IMMEDIATE RELEASE']);
  });

  it('keeps an embargo line in the body, never as the headline, and says so', async () => {
    const embargo = 'EMBARGOED UNTIL 10:00 CET, 4 December 2013';
    const result = await text(`${embargo}\n\nCouncil meets\n\n${LEAD}`);
    expect(result.fields.headline).toBe('Council meets');
    expect(blockSummary(result.fields.body)[0]).toBe(`p: ${embargo}`);
    expect(result.warnings).toContainEqual({ code: 'embargo-line-kept', text: embargo });
  });
});

describe('headline and subheadline', () => {
  it('takes the first h1 wherever it is', async () => {
    const result = await html(`<p>Home | News</p><h2>Latest</h2><h1>Council meets</h1><p>${LEAD}</p>`);
    expect(result.fields.headline).toBe('Council meets');
    expect(result.recognised[0]).toEqual({ field: 'headline', rule: 'first-h1', text: 'Council meets' });
  });

  it('else the first heading at the top', async () => {
    const result = await html(`<h3>Council meets</h3><p>${LEAD}</p><h2>Background</h2><p>More.</p>`);
    expect(result.fields.headline).toBe('Council meets');
    expect(blockSummary(result.fields.body)).toContain('h2: Background');
  });

  it('else the first short line before the text; a line ending with a full stop is text', async () => {
    expect((await text(`Council meets\n\n${LEAD}`)).fields.headline).toBe('Council meets');
    const result = await text(`The Council met.\n\nCouncil meets\n\n${LEAD}`);
    expect(result.fields.headline).toBe('');
    expect(blockSummary(result.fields.body)[0]).toBe('p: The Council met.');
  });

  it('is empty when the release opens with its text', async () => {
    const result = await text(`${LEAD}\n\nA second paragraph of text.`);
    expect(result.fields.headline).toBe('');
    expect(result.fields.dateline.place).toBe('Strasbourg');
  });

  it('turns an h1 left in the body into an h2', async () => {
    const result = await html(
      `<h1>Council meets</h1><p>${LEAD}</p><h1>Second title</h1><ul><li><h1>In a list</h1></li></ul>`,
    );
    expect(blockSummary(result.fields.body)).toEqual([
      'p: The Council met today to agree on its programme for the coming year.',
      'h2: Second title',
      'ul: In a list',
    ]);
  });

  it('takes an h2 or a short italic line right after the headline as the subheadline', async () => {
    expect(
      (await html(`<h1>Council meets</h1><h2>A new programme</h2><p>${LEAD}</p>`)).fields.subheadline,
    ).toBe('A new programme');
    expect(
      (await html(`<h1>Council meets</h1><p><em>A new programme</em></p><p>${LEAD}</p>`)).fields.subheadline,
    ).toBe('A new programme');
  });

  it('takes no subheadline from a plain line, a partly italic line or a section title', async () => {
    for (const second of [
      '<p>A new programme</p>',
      '<p><em>A new</em> programme</p>',
      '<h2>Notes to editors</h2>',
    ]) {
      expect((await html(`<h1>Council meets</h1>${second}<p>${LEAD}</p>`)).fields.subheadline).toBe('');
    }
  });
});

describe('sections', () => {
  it('reads notes to editors, one per paragraph or list item, until the next section', async () => {
    const result = await html(
      `<h1>Council meets</h1><p>${LEAD}</p><p><strong>Notes to editors</strong></p><ol><li>First note.</li>` +
        '<li>Second <b>note</b>.</li></ol><p>Third note.</p><h2>Press contact</h2><p>Jane Doe, +33 3 88 00 00 00</p>',
    );
    expect(result.fields.notesToEditors).toEqual(['First note.', 'Second note.', 'Third note.']);
    expect(result.fields.pressContactText).toBe('Jane Doe, +33 3 88 00 00 00');
    expect(blockSummary(result.fields.body)).toHaveLength(1);
  });

  it('knows the section titles of the other release languages', async () => {
    const result = await html(
      `<h1>Le Conseil se réunit</h1><p>Strasbourg, le 3 décembre 2013 – Le Conseil s'est réuni.</p>` +
        '<h3>Pour en savoir plus</h3><p><a href="https://example.org/fr">Le programme</a></p>' +
        '<p><b>Notes aux rédactions</b></p><p>Une note.</p>' +
        '<p>Contact presse : Jeanne Dupont, tél. 03 88 00 00 00</p><p>jeanne.dupont@example.org</p>',
    );
    expect(result.fields.moreInformation).toEqual([{ label: 'Le programme', url: 'https://example.org/fr' }]);
    expect(result.fields.notesToEditors).toEqual(['Une note.']);
    expect(result.fields.pressContactText).toBe(
      'Jeanne Dupont, tél. 03 88 00 00 00\njeanne.dupont@example.org',
    );
    const german = await text(
      'Der Rat tagt\n\nHinweise für die Redaktion:\n\nEine Notiz.\n\nPressekontakt\n\nTel. 030 1234567',
    );
    expect(german.fields.notesToEditors).toEqual(['Eine Notiz.']);
    expect(german.fields.pressContactText).toBe('Tel. 030 1234567');
  });

  it('reads "more information" links, written-out addresses too, and stops at a line without one', async () => {
    const result = await text(
      `Council meets\n\n${LEAD}\n\nFurther information:\n\n- [The programme](https://example.org/programme)\n` +
        '- www.example.org/agenda\n- press@example.org\n- [An insecure page](http://example.org/old)\n\n' +
        'The Council meets again in May.',
    );
    expect(result.fields.moreInformation).toEqual([
      { label: 'The programme', url: 'https://example.org/programme' },
      { label: 'www.example.org/agenda', url: 'https://www.example.org/agenda' },
      { label: 'press@example.org', url: 'mailto:press@example.org' },
    ]);
    expect(blockSummary(result.fields.body).at(-1)).toBe('p: The Council meets again in May.');
  });

  it('does not take a sentence that opens with "More information:" for a section', async () => {
    const result = await text(`Council meets\n\n${LEAD}\n\nMore information: the board meets again in May.`);
    expect(result.fields.moreInformation).toEqual([]);
    expect(blockSummary(result.fields.body).at(-1)).toBe(
      'p: More information: the board meets again in May.',
    );
  });
});

describe('press contact without a title', () => {
  it('takes the trailing lines with a phone number or an e-mail address', async () => {
    const result = await text(
      `Council meets\n\n${LEAD}\n\nENDS\n\nJane Doe\nMedia Officer\nTel: +33 (0)3 88 41 25 60\njane.doe@example.org\n\nwww.example.org`,
    );
    expect(result.fields.pressContactText).toBe(
      'Jane Doe\nMedia Officer\nTel: +33 (0)3 88 41 25 60\njane.doe@example.org\nwww.example.org',
    );
    expect(result.recognised.map(({ field, rule }) => `${field}: ${rule}`)).toContain(
      'pressContactText: trailing-contact-lines',
    );
    expect(blockSummary(result.fields.body)).toHaveLength(1);
  });

  it('takes them from the end of the notes to editors', async () => {
    const result = await text(
      `Council meets\n\n${LEAD}\n\nNote to editors\n\nThe Council has 46 members.\n\nJane Doe, mobile +33 6 00 00 00 00`,
    );
    expect(result.fields.notesToEditors).toEqual(['The Council has 46 members.']);
    expect(result.fields.pressContactText).toBe('Jane Doe, mobile +33 6 00 00 00 00');
  });

  it('leaves short closing lines alone when none gives a way to reach anyone', async () => {
    const result = await text(`Council meets\n\n${LEAD}\n\nThe Council of Harbourview\nSince 1961`);
    expect(result.fields.pressContactText).toBe('');
    expect(blockSummary(result.fields.body).at(-1)).toBe('p: The Council of Harbourview\nSince 1961');
  });

  it('never takes the lead paragraph', async () => {
    const result = await text('Council meets\n\nCall +33 3 88 41 25 60 for the agenda');
    expect(result.fields.pressContactText).toBe('');
    expect(blockSummary(result.fields.body)).toEqual(['p: Call +33 3 88 41 25 60 for the agenda']);
  });
});

describe('end marks', () => {
  it.each([
    'ENDS',
    '-ends-',
    '- ENDS -',
    '*** ENDS ***',
    '###',
    '# # #',
    '-30-',
    '- 30 -',
    'Fin',
    '-FIN-',
    'Ende',
  ])('knows "%s"', (line) => {
    expect(isEndMark(line)).toBe(true);
  });

  it.each(['30', 'Endsley', 'The end of the year', 'Finance', '##'])('does not take "%s" for one', (line) => {
    expect(isEndMark(line)).toBe(false);
  });

  it('removes them from the release', async () => {
    const result = await text(`Council meets\n\n${LEAD}\n\n-30-`);
    expect(blockSummary(result.fields.body)).toHaveLength(1);
    expect(result.recognised).toContainEqual({ field: 'endMark', rule: 'standalone-line', text: '-30-' });
  });
});

describe('language guess', () => {
  it.each([
    [
      'en',
      'The Council said that the programme will start in May and that it has the support of the members.',
    ],
    [
      'fr',
      "Le Conseil a déclaré que le programme sera lancé en mai et qu'il a le soutien des membres et des partenaires.",
    ],
    [
      'de',
      'Der Rat sagte, dass das Programm im Mai beginnt und dass es die Unterstützung der Mitglieder hat und nicht endet.',
    ],
    [
      'es',
      'El Consejo ha declarado que el programa comenzará en mayo y que cuenta con el apoyo de los miembros y de las partes.',
    ],
    [
      'it',
      'Il Consiglio ha dichiarato che il programma inizierà a maggio e che ha il sostegno dei membri e delle parti della regione.',
    ],
  ])('recognises %s', async (language, sentence) => {
    const result = await text(`Headline\n\n${sentence}`);
    expect(result.fields.language).toBe(language);
  });

  it('gives no guess for too few words or a mix', async () => {
    expect((await text('Headline\n\nThe Council met.')).fields.language).toBeNull();
    const mixed =
      'The Council and the members said that the plan is ready. Le Conseil et les membres ont dit que le plan est prêt.';
    expect((await text(`Headline\n\n${mixed}`)).fields.language).toBeNull();
  });
});
