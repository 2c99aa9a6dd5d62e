import { describe, expect, it } from 'vitest';
import { splitFullName } from '../../../../../electron/core/contacts-io/full-name';

describe('splitFullName', () => {
  it.each([
    ['Zoë Ægidius', 'Zoë', 'Ægidius'],
    ['Anna Maria  Lind', 'Anna Maria', 'Lind'],
    ['Jean-Pierre de la Fontaine', 'Jean-Pierre', 'de la Fontaine'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Van Morrison', 'Van', 'Morrison'],
    ['Dupont, Jean', 'Jean', 'Dupont'],
    ['Madonna', '', 'Madonna'],
    ['  ', '', ''],
  ])('splits %j', (fullName, givenName, familyName) => {
    expect(splitFullName(fullName)).toEqual({ givenName, familyName });
  });
});
