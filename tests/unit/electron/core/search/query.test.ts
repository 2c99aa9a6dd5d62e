import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, parseQuery } from '../../../../../electron/core/search/query';

describe('parseQuery', () => {
  it('has no terms for a blank query or one without letters or digits', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery(' – , ')).toEqual([]);
  });

  it('folds each word into a term', () => {
    expect(parseQuery('Dorothée  OSLO')).toEqual([
      { words: ['dorothee'], digits: [], maxTypos: 1 },
      { words: ['oslo'], digits: [], maxTypos: 1 },
    ]);
  });

  it('allows no typo below 4 letters, one from 4, two from 10', () => {
    expect(parseQuery('ana anna politics correspond').map((term) => term.maxTypos)).toEqual([0, 1, 1, 2]);
  });

  it('tries both folds of a word with ä, ö, ü, ø or å', () => {
    expect(parseQuery('Müller')).toEqual([{ words: ['muller', 'mueller'], digits: [], maxTypos: 1 }]);
    expect(parseQuery('Thorbjørn')[0]!.words).toEqual(['thorbjorn', 'thorbjoern']);
  });

  it('splits words at punctuation', () => {
    expect(parseQuery("o'connor").map((term) => term.words)).toEqual([['o'], ['connor']]);
  });

  it('reads a run of phone-like chunks as one digits-only term', () => {
    expect(parseQuery('anna +33 (0)3 88')).toEqual([
      { words: ['anna'], digits: [], maxTypos: 1 },
      { words: [], digits: ['330388', '33388'], maxTypos: 0 },
    ]);
    expect(parseQuery('03.88.41')).toEqual([{ words: [], digits: ['038841'], maxTypos: 0 }]);
  });

  it('lets a lone number match words too ("20 minutes", "France 24")', () => {
    expect(parseQuery('20 minutes')[0]).toEqual({ words: ['20'], digits: ['20'], maxTypos: 0 });
    expect(parseQuery('tel:0388')[1]).toEqual({ words: ['0388'], digits: ['0388'], maxTypos: 0 });
  });

  it(`keeps at most ${MAX_QUERY_TERMS} terms`, () => {
    expect(parseQuery('a '.repeat(40))).toHaveLength(MAX_QUERY_TERMS);
  });
});
