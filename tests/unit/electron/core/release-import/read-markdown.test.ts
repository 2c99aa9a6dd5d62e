import { describe, expect, it } from 'vitest';
import { importText } from './support/import-text';
import { blockSummary, disallowedContent, textsWithMark } from './support/rich-text-checks';

describe('reading Markdown', () => {
  it('joins hard-wrapped lines and breaks lines that end with a backslash', async () => {
    const result = await importText('release.md', '# Title\n\nOne line\nwrapped here.\n\nFirst\\\nSecond');
    expect(blockSummary(result.fields.body)).toEqual(['p: One line wrapped here.', 'p: First\nSecond']);
  });

  it('passes raw HTML in the Markdown through the same allow-list', async () => {
    const result = await importText(
      'release.markdown',
      '# Title\n\nText <script>alert(1)</script><u>under</u> <img src=x onerror=alert(1)> [bad](javascript:alert(1)) ~~gone~~',
    );
    expect(disallowedContent(result.fields.body)).toEqual([]);
    expect(blockSummary(result.fields.body)).toEqual(['p: Text under bad gone']);
    expect(textsWithMark(result.fields.body, 'underline')).toEqual(['under']);
    expect(textsWithMark(result.fields.body, 'strike')).toEqual(['gone']);
    expect(result.warnings).toEqual([
      { code: 'dropped-script', count: 1 },
      { code: 'dropped-event-handler', count: 1 },
      { code: 'dropped-image', count: 1 },
      { code: 'unsupported-link', count: 1, examples: ['javascript:alert(1)'] },
    ]);
  });
});
