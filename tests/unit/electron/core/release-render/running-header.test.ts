import { describe, expect, it } from 'vitest';
import { runningHeaderText, shortHeadline } from '../../../../../electron/core/release-render/running-header';

describe('running header', () => {
  it('keeps a short headline whole', () => {
    expect(shortHeadline('Coastal towns sign partnership')).toBe('Coastal towns sign partnership');
  });

  it('cuts a long headline at a word boundary, without trailing punctuation', () => {
    const headline = 'Coastal towns and Nordlys Energy agree partnership on storm-surge warnings';
    expect(shortHeadline(headline)).toBe('Coastal towns and Nordlys Energy agree partnership on…');
    expect(shortHeadline('Storms, floods, and rising seas: what coastal towns must do now', 30)).toBe(
      'Storms, floods, and rising…',
    );
    expect(shortHeadline('Short, then: more words follow here', 13)).toBe('Short, then…');
  });

  it('cuts inside a single word longer than the limit', () => {
    expect(shortHeadline('Donaudampfschifffahrtsgesellschaftskapitän', 10)).toBe('Donaudampf…');
  });

  it('joins the reference and the short headline, or takes whichever there is', () => {
    expect(runningHeaderText('DC 153(2013)', 'Partnership signed')).toBe('DC 153(2013) – Partnership signed');
    expect(runningHeaderText('', 'Partnership signed')).toBe('Partnership signed');
    expect(runningHeaderText('DC 153(2013)', ' ')).toBe('DC 153(2013)');
  });
});
