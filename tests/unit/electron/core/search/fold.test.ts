import { describe, expect, it } from 'vitest';
import { foldSpelledOut, foldText } from '../../../../../electron/core/search/fold';

describe('foldText', () => {
  it.each([
    ['ø', 'o'],
    ['Ø', 'o'],
    ['æ', 'ae'],
    ['Æ', 'ae'],
    ['œ', 'oe'],
    ['Œ', 'oe'],
    ['ß', 'ss'],
    ['ẞ', 'ss'],
    ['ł', 'l'],
    ['Ł', 'l'],
    ['đ', 'd'],
    ['Đ', 'd'],
    ['þ', 'th'],
    ['Þ', 'th'],
    ['ð', 'd'],
    ['Ð', 'd'],
    ['ı', 'i'],
    ['İ', 'i'],
  ])('maps %s to %s, which decomposition alone does not', (letter, folded) => {
    expect(foldText(letter)).toBe(folded);
  });

  it('folds whole names the way people type them', () => {
    expect(foldText('Thorbjørn Jagland')).toBe('thorbjorn jagland');
    expect(foldText('Dorothée')).toBe('dorothee');
    expect(foldText('Łukasz Wiśniewski')).toBe('lukasz wisniewski');
    expect(foldText('Søren Sørensen')).toBe('soren sorensen');
    expect(foldText('Müller')).toBe('muller');
    expect(foldText('Ægidius Straße')).toBe('aegidius strasse');
    expect(foldText('Œdipe')).toBe('oedipe');
    expect(foldText('Đorđe Þórsdóttir')).toBe('dorde thorsdottir');
  });

  it('removes combining marks whether the accent arrives composed or decomposed', () => {
    expect(foldText('Ren\u00e9e')).toBe('renee');
    expect(foldText('Rene\u0301e')).toBe('renee');
    expect(foldText('Jir\u030ci\u0301')).toBe('jiri');
    expect(foldText('Zo\u0308e')).toBe('zoe');
  });

  it('lowercases plain ASCII and leaves it otherwise alone', () => {
    expect(foldText("BBC News, O'Connor & co. 2026")).toBe("bbc news, o'connor & co. 2026");
  });

  it('unpacks ligatures and full-width letters pasted from PDFs or typed with an IME', () => {
    expect(foldText('Ofﬁce')).toBe('office');
    expect(foldText('ＭＵＬＬＥＲ')).toBe('muller');
  });

  it('keeps letters of other scripts, lowercased and without their accents', () => {
    expect(foldText('Ελένη Παπαδοπούλου')).toBe('ελενη παπαδοπουλου');
    // As Russian search does: ё is found as е, й as и.
    expect(foldText('Дмитрий Королёв')).toBe('дмитрии королев');
  });
});

describe('foldSpelledOut', () => {
  it('spells out the German umlauts as ae, oe, ue', () => {
    expect(foldSpelledOut('Müller')).toBe('mueller');
    expect(foldSpelledOut('Schäfer')).toBe('schaefer');
    expect(foldSpelledOut('Öztürk')).toBe('oeztuerk');
    expect(foldSpelledOut('Jürgen Böhm')).toBe('juergen boehm');
  });

  it('spells out ø as oe and å as aa', () => {
    expect(foldSpelledOut('Søren')).toBe('soeren');
    expect(foldSpelledOut('Håland')).toBe('haaland');
  });

  it('folds the rest of the text as foldText does', () => {
    expect(foldSpelledOut('Küstenblatt Łódź Straße')).toBe('kuestenblatt lodz strasse');
  });

  it('recognises an umlaut written as a letter plus a combining mark', () => {
    expect(foldSpelledOut('Mu\u0308ller')).toBe('mueller');
  });

  it('is null for text without such letters, even accented', () => {
    expect(foldSpelledOut('Jagland')).toBeNull();
    expect(foldSpelledOut('Dorothée')).toBeNull();
    expect(foldSpelledOut('')).toBeNull();
  });
});
