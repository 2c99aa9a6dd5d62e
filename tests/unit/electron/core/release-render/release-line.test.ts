import { describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '../../../../../electron/core/release-render/calendar';
import { RELEASE_LABELS } from '../../../../../electron/core/release-render/labels';
import { datelineText, releaseLineText } from '../../../../../electron/core/release-render/release-line';
import type { ReleaseLanguage } from '../../../../../electron/shared/languages';

const embargo = (date: string, time: string, timeZone: string, language: ReleaseLanguage) =>
  releaseLineText({ kind: 'embargo', date, time, timeZone }, RELEASE_LABELS[language]);

describe('release line', () => {
  it('says "for immediate release" in each language', () => {
    expect(releaseLineText({ kind: 'immediate' }, RELEASE_LABELS.en)).toBe('For immediate release');
    expect(releaseLineText({ kind: 'immediate' }, RELEASE_LABELS.fr)).toBe('Pour diffusion immédiate');
  });

  it('names the time zone with the abbreviation readers know, summer or winter', () => {
    expect(embargo('2013-12-04', '10:00', 'Europe/Paris', 'en')).toBe(
      'Embargoed until 10:00 CET, 4 December 2013',
    );
    // Summer time starts at 02:00 that very morning in Paris.
    expect(embargo('2027-03-28', '10:00', 'Europe/Paris', 'en')).toBe(
      'Embargoed until 10:00 CEST, 28 March 2027',
    );
    expect(embargo('2027-03-28', '10:00', 'Europe/London', 'en')).toBe(
      'Embargoed until 10:00 BST, 28 March 2027',
    );
    expect(embargo('2013-12-04', '10:00', 'Europe/Berlin', 'de')).toBe(
      'Sperrfrist: 4. Dezember 2013, 10:00\u00a0Uhr MEZ',
    );
    expect(embargo('2013-12-04', '13:00', 'Europe/Madrid', 'es')).toBe(
      'Embargo hasta las 13:00 CET del 4 de diciembre de 2013',
    );
    expect(embargo('2013-12-04', '01:30', 'Europe/Madrid', 'es')).toBe(
      'Embargo hasta la 01:30 CET del 4 de diciembre de 2013',
    );
    expect(embargo('2013-12-04', '10:00', 'Europe/Rome', 'it')).toBe(
      'Embargo fino alle ore 10:00 CET del 4 dicembre 2013',
    );
  });

  it('writes an embargo in New York time in English and in French', () => {
    expect(embargo('2027-03-28', '10:00', 'America/New_York', 'en')).toBe(
      'Embargoed until 10:00 EDT, 28 March 2027',
    );
    expect(embargo('2027-03-28', '10:00', 'America/New_York', 'fr')).toBe(
      'Sous embargo jusqu’au 28 mars 2027, 10\u00a0h\u00a000 (heure d’été de l’Est nord-américain, UTC−4)',
    );
  });

  it('spells out a zone without a known abbreviation, with its offset', () => {
    expect(embargo('2027-03-28', '09:05', 'Asia/Tokyo', 'en')).toBe(
      'Embargoed until 09:05 Japan Standard Time (GMT+9), 28 March 2027',
    );
    expect(embargo('2013-12-04', '10:00', 'Europe/Paris', 'fr')).toBe(
      'Sous embargo jusqu’au 4 décembre 2013, 10\u00a0h\u00a000 (heure normale d’Europe centrale, UTC+1)',
    );
    expect(embargo('2027-03-28', '10:00', 'America/New_York', 'it')).toBe(
      'Embargo fino alle ore 10:00 ora legale orientale USA (GMT-4) del 28 marzo 2027',
    );
  });

  it('finds the instant a wall-clock time stands for, across daylight-saving changes', () => {
    expect(wallTimeToInstant('2013-12-04', '10:00', 'Europe/Paris').toISOString()).toBe(
      '2013-12-04T09:00:00.000Z',
    );
    expect(wallTimeToInstant('2027-03-28', '10:00', 'America/New_York').toISOString()).toBe(
      '2027-03-28T14:00:00.000Z',
    );
    expect(wallTimeToInstant('2027-03-28', '01:30', 'Europe/Paris').toISOString()).toBe(
      '2027-03-28T00:30:00.000Z',
    );
    expect(wallTimeToInstant('2027-03-28', '03:30', 'Europe/Paris').toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
    expect(wallTimeToInstant('2027-10-31', '12:00', 'Australia/Sydney').toISOString()).toBe(
      '2027-10-31T01:00:00.000Z',
    );
  });
});

describe('dateline', () => {
  const dateline = { place: 'Strasbourg', date: '2013-12-03' };

  it('writes the place and the date in the language’s format, then a dash', () => {
    expect(datelineText(dateline, RELEASE_LABELS.en)).toBe('Strasbourg, 3 December 2013\u00a0–');
    expect(datelineText(dateline, RELEASE_LABELS.fr)).toBe('Strasbourg, 3 décembre 2013\u00a0–');
    expect(datelineText(dateline, RELEASE_LABELS.de)).toBe('Strasbourg, 3. Dezember 2013\u00a0–');
    expect(datelineText(dateline, RELEASE_LABELS.es)).toBe('Strasbourg, 3 de diciembre de 2013\u00a0–');
    expect(datelineText(dateline, RELEASE_LABELS.it)).toBe('Strasbourg, 3 dicembre 2013\u00a0–');
  });

  it('makes do with the place or the date alone, and is empty without either', () => {
    expect(datelineText({ place: ' Brest ', date: null }, RELEASE_LABELS.en)).toBe('Brest\u00a0–');
    expect(datelineText({ place: '', date: '2013-12-03' }, RELEASE_LABELS.en)).toBe('3 December 2013\u00a0–');
    expect(datelineText({ place: '', date: null }, RELEASE_LABELS.en)).toBe('');
  });
});
