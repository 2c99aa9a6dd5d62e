import { describe, expect, it } from 'vitest';
import { detectCsvLayout } from '../../../../../../electron/core/contacts-io/csv/csv-layouts';
import type { CsvColumnTarget } from '../../../../../../electron/core/contacts-io/csv/csv-mapping';
import {
  googleHeaders,
  googleLegacyHeaders,
  newsroomHeaders,
  outlookFrenchHeaders,
  outlookHeaders,
  thunderbirdHeaders,
} from '../support/csv-fixture-headers';

/** The mapped (not ignored) columns of a mapping. */
function mappedOnly(mapping: Record<string, CsvColumnTarget>): Record<string, CsvColumnTarget> {
  return Object.fromEntries(Object.entries(mapping).filter(([, target]) => target.field !== 'ignore'));
}

describe('detectCsvLayout', () => {
  it.each([
    ['google', googleHeaders],
    ['google-legacy', googleLegacyHeaders],
    ['outlook', outlookHeaders],
    ['outlook', outlookFrenchHeaders],
    ['thunderbird', thunderbirdHeaders],
    ['newsroom', newsroomHeaders],
  ])('recognises %s from its headers', (layout, headers) => {
    const detected = detectCsvLayout(headers);
    expect(detected.layout).toBe(layout);
    expect(Object.keys(detected.mapping)).toEqual(headers);
  });

  it('maps Google’s numbered columns in pairs, value and label sharing a slot', () => {
    expect(mappedOnly(detectCsvLayout(googleHeaders).mapping)).toEqual({
      'First Name': { field: 'givenName' },
      'Middle Name': { field: 'givenName' },
      'Last Name': { field: 'familyName' },
      'Organization Name': { field: 'organisation' },
      'Organization Title': { field: 'role' },
      Notes: { field: 'notes' },
      Labels: { field: 'tags', style: 'google-labels' },
      'E-mail 1 - Label': { field: 'emailLabel', slot: 'email 1' },
      'E-mail 1 - Value': { field: 'email', label: 'other', slot: 'email 1' },
      'E-mail 2 - Label': { field: 'emailLabel', slot: 'email 2' },
      'E-mail 2 - Value': { field: 'email', label: 'other', slot: 'email 2' },
      'Phone 1 - Label': { field: 'phoneKind', slot: 'phone 1' },
      'Phone 1 - Value': { field: 'phone', kind: 'tel', slot: 'phone 1' },
      'Phone 2 - Label': { field: 'phoneKind', slot: 'phone 2' },
      'Phone 2 - Value': { field: 'phone', kind: 'tel', slot: 'phone 2' },
      'Address 1 - Street': { field: 'address', part: 'street' },
      'Address 1 - City': { field: 'address', part: 'city' },
      'Address 1 - PO Box': { field: 'address', part: 'street' },
      'Address 1 - Region': { field: 'address', part: 'region' },
      'Address 1 - Postal Code': { field: 'address', part: 'postalCode' },
      'Address 1 - Country': { field: 'address', part: 'country' },
      'Address 1 - Extended Address': { field: 'address', part: 'street' },
      'Website 1 - Value': { field: 'website' },
    });
  });

  it('recognises German Outlook', () => {
    const headers = [
      'Anrede',
      'Vorname',
      'Weitere Vornamen',
      'Nachname',
      'Firma',
      'Abteilung',
      'Position',
      'Straße geschäftlich',
      'Ort geschäftlich',
      'Postleitzahl geschäftlich',
      'Land/Region geschäftlich',
      'Fax geschäftlich',
      'Telefon geschäftlich',
      'Mobiltelefon',
      'E-Mail-Adresse',
      'E-Mail 2: Adresse',
      'Kategorien',
      'Notizen',
      'Webseite',
    ];
    const { layout, mapping } = detectCsvLayout(headers);
    expect(layout).toBe('outlook');
    expect(mappedOnly(mapping)).toEqual({
      Vorname: { field: 'givenName' },
      'Weitere Vornamen': { field: 'givenName' },
      Nachname: { field: 'familyName' },
      Firma: { field: 'organisation' },
      Position: { field: 'role' },
      'Straße geschäftlich': { field: 'address', part: 'street' },
      'Ort geschäftlich': { field: 'address', part: 'city' },
      'Postleitzahl geschäftlich': { field: 'address', part: 'postalCode' },
      'Land/Region geschäftlich': { field: 'address', part: 'country' },
      'Fax geschäftlich': { field: 'phone', kind: 'fax' },
      'Telefon geschäftlich': { field: 'phone', kind: 'tel' },
      Mobiltelefon: { field: 'phone', kind: 'mobile' },
      'E-Mail-Adresse': { field: 'email', label: 'other' },
      'E-Mail 2: Adresse': { field: 'email', label: 'other' },
      Kategorien: { field: 'tags', style: 'semicolons' },
      Notizen: { field: 'notes' },
      Webseite: { field: 'website' },
    });
  });

  it('reads French Outlook’s "Titre" as the job title only when there is no "Fonction"', () => {
    expect(
      detectCsvLayout(['Titre', 'Prénom', 'Nom', 'Fonction', 'Adresse de messagerie']).mapping,
    ).toMatchObject({
      Titre: { field: 'ignore' },
      Fonction: { field: 'role' },
    });
    expect(detectCsvLayout(['Titre', 'Prénom', 'Nom', 'Adresse de messagerie']).mapping).toMatchObject({
      Titre: { field: 'role' },
    });
  });

  it('matches headers whatever their case, spacing and parentheses', () => {
    expect(detectCsvLayout(['prénom', 'NOM', 'Téléphone  bureau', 'tél. mobile']).mapping).toEqual({
      prénom: { field: 'givenName' },
      NOM: { field: 'familyName' },
      'Téléphone  bureau': { field: 'phone', kind: 'tel' },
      'tél. mobile': { field: 'phone', kind: 'mobile' },
    });
  });

  it('matches headers written without diacritics or with umlauts spelled out (ue, oe, ae, ss)', () => {
    const { layout, mapping } = detectCsvLayout([
      'Vorname',
      'Nachname',
      'Telefon geschaeftlich',
      'Strasse geschaeftlich',
      'Primaere E-Mail-Adresse',
    ]);
    expect(layout).toBe('outlook');
    expect(mapping).toMatchObject({
      'Telefon geschaeftlich': { field: 'phone', kind: 'tel' },
      'Strasse geschaeftlich': { field: 'address', part: 'street' },
    });
    expect(
      detectCsvLayout(['Prenom', 'Nom', 'Societe', 'Telephone (bureau)', 'Tel. mobile']).mapping,
    ).toEqual({
      Prenom: { field: 'givenName' },
      Nom: { field: 'familyName' },
      Societe: { field: 'organisation' },
      'Telephone (bureau)': { field: 'phone', kind: 'tel' },
      'Tel. mobile': { field: 'phone', kind: 'mobile' },
    });
  });

  it('recognises a localised Thunderbird export', () => {
    expect(detectCsvLayout(['Vorname', 'Nachname', 'Anzeigename', 'Primäre E-Mail-Adresse']).layout).toBe(
      'thunderbird',
    );
  });

  it('guesses a mapping for other files, and for columns a recognised layout does not know', () => {
    expect(detectCsvLayout(['Nom complet', 'Courriel', 'Média', 'Rubriques', 'Shoe size'])).toEqual({
      layout: 'unknown',
      mapping: {
        'Nom complet': { field: 'fullName' },
        Courriel: { field: 'email', label: 'other' },
        Média: { field: 'organisation' },
        Rubriques: { field: 'beats', style: 'semicolons' },
        'Shoe size': { field: 'ignore' },
      },
    });
    expect(detectCsvLayout(['Name', 'Email', 'Company', 'Business Phone']).mapping).toEqual({
      Name: { field: 'fullName' },
      Email: { field: 'email', label: 'other' },
      Company: { field: 'organisation' },
      'Business Phone': { field: 'phone', kind: 'tel' },
    });
  });

  it('keeps a header called "__proto__" as an ordinary key', () => {
    const { mapping } = detectCsvLayout(['__proto__', 'Email']);
    expect(Object.hasOwn(mapping, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
  });
});
