import { describe, expect, it } from 'vitest';
import { plainTextToHtml } from '../../../../../electron/core/release-import/readers/read-plain-text';

describe('plain text to HTML', () => {
  it('makes paragraphs of blocks between blank lines, keeping their line breaks', () => {
    expect(plainTextToHtml('One\r\nline two\r\n\r\n  \r\nThree\rfour\n\n\n')).toBe(
      '<p>One<br>line two</p>\n<p>Three<br>four</p>',
    );
  });

  it('makes lists of lines that open with "- ", "• " or a number', () => {
    expect(plainTextToHtml('Intro:\n- one\n• two\n  carried on\nAfter\n\n3. three\n4) four')).toBe(
      '<p>Intro:</p>\n<ul><li>one</li><li>two carried on</li></ul>\n<p>After</p>\n' +
        '<ol start="3"><li>three</li><li>four</li></ol>',
    );
  });

  it('escapes markup and reads [label](address) links', () => {
    expect(
      plainTextToHtml('<b>not bold</b> & [the site](https://example.org/a?b=1&c=2) [x](javascript:"alert")'),
    ).toBe(
      '<p>&lt;b&gt;not bold&lt;/b&gt; &amp; <a href="https://example.org/a?b=1&amp;c=2">the site</a> ' +
        '<a href="javascript:&quot;alert&quot;">x</a></p>',
    );
  });

  it('leaves a hyphen inside a line, and a line between dashes, alone', () => {
    expect(plainTextToHtml('Well-known - and loved')).toBe('<p>Well-known - and loved</p>');
    expect(plainTextToHtml('- ENDS -')).toBe('<p>- ENDS -</p>');
  });
});
