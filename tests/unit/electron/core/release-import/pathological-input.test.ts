import { describe, expect, it } from 'vitest';
import { importText } from './support/import-text';

/** Generous on a busy two-core machine; each of these takes milliseconds when nothing goes quadratic. */
const QUICK_MS = 2_000;

async function timed(fileName: string, text: string) {
  const started = performance.now();
  const result = await importText(fileName, text);
  return { result, ms: performance.now() - started };
}

describe('inputs built to make text scanning slow', () => {
  it.each([
    ['a line of 200,000 "["', 'release.txt', `Headline\n\n${'['.repeat(200_000)}`],
    [
      'a link section of one 300,000-letter word',
      'release.txt',
      `Headline\n\nMore information\n\n${'a'.repeat(300_000)}`,
    ],
    ['a 100,000-space title line', 'release.txt', `Headline\n\n${'\u00a0'.repeat(100_000)}x: y`],
    ['a top line of dots and spaces', 'release.txt', `Ref: ${'. '.repeat(100_000)}x\n\nHeadline`],
    [
      '50,000 short lines after a phone number',
      'release.txt',
      `Headline\n\nLead text.\n\n${'Name\n\n'.repeat(50_000)}+33 3 88 41 25 60`,
    ],
    ['a 1 MB opening word', 'release.txt', `Headline\n\nS${'s'.repeat(1_000_000)}, 3 December 2013 – text`],
    [
      '20,000 nested quotes',
      'release.html',
      `${'<blockquote>'.repeat(20_000)}deep${'</blockquote>'.repeat(20_000)}`,
    ],
  ])('%s', async (_name, fileName, text) => {
    const { ms } = await timed(fileName, text);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('imports a 5 MB page of ordinary paragraphs in a few seconds', async () => {
    const paragraph =
      '<p>The Council met today in <b>Strasbourg</b> to agree on its <a href="https://example.org">programme</a>.</p>\n';
    const page = `<h1>Council meets</h1>${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))}`;
    const { result, ms } = await timed('release.html', page);
    expect(result.fields.headline).toBe('Council meets');
    expect(ms).toBeLessThan(10_000);
  });
});
