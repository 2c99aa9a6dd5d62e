import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/src/i18n/en';
import { fr } from '../../../../renderer/src/i18n/fr';

function flatten(tree: object, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...flat, [path]: value }
      : { ...flat, ...flatten(value as object, path) };
  }, {});
}

/** Words that are the same in both languages. Anything else identical is an untranslated copy. */
const sameInBothLanguages = new Set([
  'app.name',
  'nav.contacts',
  'contacts.count_one',
  'contacts.count_other',
  'contacts.phoneKinds.fax',
  'settings.interface',
  'settings.organisation',
  'settings.version',
  'contacts.fields.notes',
  'contacts.fields.source',
  'contacts.form.emailLabel',
  'contacts.form.phoneKind',
  'releases.columns.actions',
  'editor.noteNumber',
  'editor.previewPages_one',
  'editor.previewPages_other',
  'versions.original',
  'settings.logo',
]);

describe('the interface catalogues', () => {
  const english = flatten(en);
  const french = flatten(fr);

  it('have the same keys in English and French', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
  });

  it('have no empty string', () => {
    expect(Object.entries({ ...english }).filter(([, text]) => !text.trim())).toEqual([]);
    expect(Object.entries({ ...french }).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it('translate every French string that should differ from the English one', () => {
    const copies = Object.keys(english).filter(
      (key) => english[key] === french[key] && !sameInBothLanguages.has(key),
    );
    expect(copies).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(english))
      expect(placeholders(french[key]!), key).toEqual(placeholders(english[key]!));
  });
});
