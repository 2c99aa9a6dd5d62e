import { describe, expect, it } from 'vitest';
import { phoneQueryVariants, phoneTokens, wordTokens } from '../../../../../electron/core/search/tokenise';

describe('wordTokens', () => {
  it('splits folded text into words, once each', () => {
    expect(wordTokens('Agence France-Presse, Agence')).toEqual(['agence', 'france', 'presse']);
  });

  it('adds the spelled-out form of words with ä, ö, ü, ø or å', () => {
    expect(wordTokens('Jürgen Müller')).toEqual(['jurgen', 'muller', 'juergen', 'mueller']);
    expect(wordTokens('Håland')).toEqual(['haland', 'haaland']);
  });

  it('adds words joined across apostrophes', () => {
    expect(wordTokens('O’Connor')).toEqual(['o', 'connor', 'oconnor']);
    expect(wordTokens("l'Équipe")).toEqual(['l', 'equipe', 'lequipe']);
  });

  it('splits e-mail addresses at their punctuation', () => {
    expect(wordTokens('thorbjorn.jagland@nrk.no')).toEqual(['thorbjorn', 'jagland', 'nrk', 'no']);
  });

  it('has no tokens for blank text', () => {
    expect(wordTokens('')).toEqual([]);
    expect(wordTokens(' – ')).toEqual([]);
  });
});

describe('phoneTokens', () => {
  it('indexes all digits, the number without its (0) trunk prefix, the national form and group tails', () => {
    expect(phoneTokens('+33 (0)3 88 41 25 60').sort()).toEqual(
      ['330388412560', '0388412560', '388412560', '88412560', '412560', '2560', '33388412560'].sort(),
    );
  });

  it('gives an international number its national form with a leading 0', () => {
    expect(phoneTokens('+47 22 33 44 55')).toContain('022334455');
    expect(phoneTokens('0047 22 33 44 55')).toContain('022334455');
  });

  it('ignores dots, dashes, slashes and spaces', () => {
    expect(phoneTokens('03.88.41.25.60')).toContain('0388412560');
    expect(phoneTokens('03-88-41-25-60')).toContain('412560');
    expect(phoneTokens('0388/412560')).toEqual(['0388412560', '412560']);
  });

  it('has no tokens for a number without digits', () => {
    expect(phoneTokens('n/a')).toEqual([]);
  });
});

describe('phoneQueryVariants', () => {
  it('keeps the digits, and tries them without a (0) trunk prefix or a 00 international prefix', () => {
    expect(phoneQueryVariants('+33 3 88')).toEqual(['33388']);
    expect(phoneQueryVariants('+33 (0)3 88')).toEqual(['330388', '33388']);
    expect(phoneQueryVariants('0033 3 88')).toEqual(['0033388', '33388']);
  });
});
