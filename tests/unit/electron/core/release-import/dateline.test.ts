import { describe, expect, it } from 'vitest';
import {
  matchDatelineOpening,
  matchStandaloneDateline,
} from '../../../../../electron/core/release-import/structure/dateline';
import { parseWrittenDate } from '../../../../../electron/core/release-import/structure/written-date';
import { importText } from './support/import-text';
import { blockSummary, textsWithMark } from './support/rich-text-checks';

describe('a dateline opening the first paragraph', () => {
  it.each([
    ['Strasbourg, 03.12.2013 –', 'Strasbourg', '2013-12-03'],
    ['Strasbourg, 3 December 2013 –', 'Strasbourg', '2013-12-03'],
    ['STRASBOURG, December 3, 2013 —', 'STRASBOURG', '2013-12-03'],
    ['Paris, le 3 décembre 2013 –', 'Paris', '2013-12-03'],
    ['Berlin, 3. Dezember 2013 –', 'Berlin', '2013-12-03'],
    ['Madrid, 3 de diciembre de 2013 –', 'Madrid', '2013-12-03'],
    ['Roma, 3 dicembre 2013 –', 'Roma', '2013-12-03'],
    ['Strasbourg, 03.12.2013 -', 'Strasbourg', '2013-12-03'],
    ['STRASBOURG, December 3, 2013 -', 'STRASBOURG', '2013-12-03'],
    ['LONDON (Harbour News) –', 'LONDON', null],
    ['Aix-en-Provence (AFP), 3 December 2013 –', 'Aix-en-Provence', '2013-12-03'],
    ['Rio de Janeiro, 3 December 2013 –', 'Rio de Janeiro', '2013-12-03'],
    ['Paris, le 1er décembre 2013 –', 'Paris', '2013-12-01'],
    ['NEW YORK, Dec. 3, 2013 --', 'NEW YORK', '2013-12-03'],
    ['Genève, 2013-12-03 –', 'Genève', '2013-12-03'],
    ['Wien, Dienstag, 3. Dezember 2013 –', 'Wien', '2013-12-03'],
    ['Boston, 12/25/2013 –', 'Boston', '2013-12-25'],
  ])('"%s" gives %s and %s', (written, place, date) => {
    expect(matchDatelineOpening(`${written} The council met.`)).toEqual({
      place,
      date,
      written,
      length: written.length + 1,
    });
  });

  it.each([
    'However, the council – which met today – agreed.',
    'Today – the council met.',
    'Strasbourg, 31.02.2013 – a date that does not exist.',
    'Strasbourg – no date and no agency.',
    'In 2013, 3 December – the place is not a name.',
    'Strasbourg, 03.12.13 – two-digit years say too little.',
  ])('leaves "%s" alone', (text) => {
    expect(matchDatelineOpening(text)).toBeNull();
  });

  it('is taken out of its paragraph, whose rest keeps its marks', async () => {
    const result = await importText(
      'release.html',
      '<h1>Council meets</h1><p><strong>Strasbourg, 03.12.2013 –</strong> The <em>Council</em> met today.</p>',
    );
    expect(result.fields.dateline).toEqual({ place: 'Strasbourg', date: '2013-12-03' });
    expect(blockSummary(result.fields.body)).toEqual(['p: The Council met today.']);
    expect(textsWithMark(result.fields.body, 'italic')).toEqual(['Council']);
    expect(textsWithMark(result.fields.body, 'bold')).toEqual([]);
  });

  it('is found in the second paragraph when a standfirst comes first', async () => {
    const result = await importText(
      'release.txt',
      'Council meets\n\nA short standfirst, in plain type.\n\nRoma, 3 dicembre 2013 – Il Consiglio si è riunito.',
    );
    expect(result.fields.dateline).toEqual({ place: 'Roma', date: '2013-12-03' });
    expect(blockSummary(result.fields.body)).toEqual([
      'p: A short standfirst, in plain type.',
      'p: Il Consiglio si è riunito.',
    ]);
  });

  it('may be a line of its own, without a dash', async () => {
    expect(matchStandaloneDateline('Strasbourg, 3 December 2013')).toMatchObject({
      place: 'Strasbourg',
      date: '2013-12-03',
    });
    const result = await importText(
      'release.txt',
      'Council meets\n\nStrasbourg, 3 December 2013\n\nThe Council met.',
    );
    expect(result.fields.dateline).toEqual({ place: 'Strasbourg', date: '2013-12-03' });
    expect(blockSummary(result.fields.body)).toEqual(['p: The Council met.']);
  });

  it('is empty when the release has none', async () => {
    const result = await importText('release.txt', 'Council meets\n\nThe Council met in Strasbourg today.');
    expect(result.fields.dateline).toEqual({ place: '', date: null });
    expect(blockSummary(result.fields.body)).toEqual(['p: The Council met in Strasbourg today.']);
  });
});

describe('written dates', () => {
  it.each([
    ['3 Dec 2013', '2013-12-03'],
    ['3 Sept. 2013', '2013-09-03'],
    ['3 März 2013', '2013-03-03'],
    ['3 août 2013', '2013-08-03'],
    ['3 févr. 2013', '2013-02-03'],
    ['1º de enero de 2014', '2014-01-01'],
    ['29 février 2024', '2024-02-29'],
    ['mardi 3 décembre 2013', '2013-12-03'],
  ])('reads "%s" as %s', (written, date) => {
    expect(parseWrittenDate(written)).toBe(date);
  });

  it.each(['29 février 2023', '3 jui 2013', '3 Smarch 2013', '2013-13-01', 'the council'])(
    'refuses "%s"',
    (written) => {
      expect(parseWrittenDate(written)).toBeNull();
    },
  );
});
