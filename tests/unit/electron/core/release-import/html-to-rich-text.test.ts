import { describe, expect, it } from 'vitest';
import { htmlToRichText } from '../../../../../electron/core/release-import/html/html-to-rich-text';
import type { RichTextNode } from '../../../../../electron/shared/schemas/rich-text';
import { blockSummary, disallowedContent, textsWithMark } from './support/rich-text-checks';

const convert = (html: string) => htmlToRichText(html);
const blocks = (html: string) => convert(html).doc.content;
const summary = (html: string) => blockSummary(convert(html).doc);
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

describe('HTML to rich text: the allow-list', () => {
  it('keeps paragraphs, headings, lists, quotes and line breaks', () => {
    expect(
      blocks(
        '<h1>Headline</h1><h2>Two</h2><h3>Three</h3><h5>Five</h5><p>One<br>two</p>' +
          '<ul><li>Bullet</li></ul><ol start="3"><li>Third</li></ol><blockquote><p>Quoted</p></blockquote>',
      ),
    ).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [text('Headline')] },
      { type: 'heading', attrs: { level: 2 }, content: [text('Two')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Three')] },
      { type: 'heading', attrs: { level: 4 }, content: [text('Five')] },
      { type: 'paragraph', content: [text('One'), { type: 'hardBreak' }, text('two')] },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Bullet')] }] }],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Third')] }] }],
      },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Quoted')] }] },
    ]);
  });

  it('keeps bold, italic, underline, strike and https:/mailto: links, nested in a fixed order', () => {
    expect(
      blocks(
        '<p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>' +
          '<a href="https://example.org/a"><em>link</em></a><a href="mailto:press@example.org">mail</a></p>',
      ),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          text('bs', [{ type: 'bold' }]),
          text('ie', [{ type: 'italic' }]),
          text('un', [{ type: 'underline' }]),
          text('skd', [{ type: 'strike' }]),
          text('link', [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://example.org/a' } }]),
          text('mail', [{ type: 'link', attrs: { href: 'mailto:press@example.org' } }]),
        ],
      },
    ]);
  });

  it('reads bold and italic written as styles, as Google Docs and Word write them', () => {
    const { doc } = convert(
      '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Bold</span> ' +
        '<span style="font-style:italic">italic</span> <span style="text-decoration:underline">under</span> ' +
        '<span style="text-decoration: line-through">struck</span> plain</p></b>',
    );
    expect(textsWithMark(doc, 'bold')).toEqual(['Bold']);
    expect(textsWithMark(doc, 'italic')).toEqual(['italic']);
    expect(textsWithMark(doc, 'underline')).toEqual(['under']);
    expect(textsWithMark(doc, 'strike')).toEqual(['struck']);
    expect(JSON.stringify(doc)).not.toContain('style');
  });

  it('keeps the words of links it may not keep, and says which', () => {
    const result = convert(
      '<p><a href="http://example.org">http</a> <a href="javascript:alert(1)">js</a> ' +
        '<a href="/relative">relative</a> <a href="#top">anchor</a> <a name="here">named</a> ' +
        '<a href=" https://example.org/spaced ">spaced</a></p>',
    );
    expect(summary('<p><a href="javascript:alert(1)">js</a> stays</p>')).toEqual(['p: js stays']);
    expect(textsWithMark(result.doc, 'link')).toEqual(['spaced → https://example.org/spaced']);
    expect(result.warnings).toEqual([
      {
        code: 'unsupported-link',
        count: 4,
        examples: ['http://example.org', 'javascript:alert(1)', '/relative', '#top'],
      },
    ]);
  });

  it('drops executable, embedded and styling content with what is inside it, and counts it', () => {
    const result = convert(
      '<p>Before <script>alert(1)</script><style>p { color: red }</style><iframe>frame text</iframe>' +
        '<object>object text</object><embed src="x"><img src="x" onerror="alert(2)"><svg onload="alert(3)">' +
        '<text>svg text</text></svg><template>template</template><noscript>noscript</noscript>' +
        '<textarea>area</textarea><select><option>opt</option></select><button>press</button>' +
        '<video>video</video><canvas>canvas</canvas><math><mi>x</mi></math> after</p><form>form <input></form>',
    );
    expect(summary('<p>x<!-- a comment --><![CDATA[cdata]]><?php echo 1 ?>y</p>')).toEqual(['p: xy']);
    expect(blockSummary(result.doc)).toEqual(['p: Before x after']);
    expect(result.warnings).toEqual([
      { code: 'dropped-script', count: 1 },
      { code: 'dropped-embedded-content', count: 4 },
      { code: 'dropped-event-handler', count: 2 },
      { code: 'dropped-image', count: 3 },
      { code: 'dropped-form', count: 4 },
    ]);
  });

  it('drops hidden elements and Word conditional markup, keeping the text around them', () => {
    const result = convert(
      '<p>Shown<span hidden>hidden</span><span style="display: none !important">none</span>' +
        '<span style="visibility:hidden">invisible</span><span style="mso-hide:all">word-hidden</span> text</p>' +
        '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->' +
        "<p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span>" +
        '</span><![endif]>Listed<o:p></o:p></p>',
    );
    expect(blockSummary(result.doc)).toEqual(['p: Shown text', 'p: Listed']);
    expect(result.warnings).toEqual([{ code: 'dropped-hidden-text', count: 4 }]);
  });

  it('flattens tables to the paragraphs of their cells', () => {
    const result = convert(
      '<table><tr><th>Date</th><th>Event</th></tr><tr><td>1 June</td><td><p>Opening</p><p>Tours</p></td></tr></table>',
    );
    expect(blockSummary(result.doc)).toEqual(['p: Date', 'p: Event', 'p: 1 June', 'p: Opening', 'p: Tours']);
    expect(result.warnings).toEqual([{ code: 'flattened-table', count: 1 }]);
  });

  it('keeps no attribute but href, level and start', () => {
    const { doc } = convert(
      '<p class="c" id="i" style="color:red" data-x="1" lang="en" dir="rtl" title="t">Text</p>' +
        '<h2 class="c" id="h">Heading</h2><ol start="2" type="a" reversed><li value="9">Item</li></ol>' +
        '<a href="https://example.org" target="_blank" rel="opener" title="t" download>Link</a>',
    );
    expect(disallowedContent(doc, [1, 2, 3, 4])).toEqual([]);
    expect(JSON.stringify(doc)).not.toMatch(/class|target|title|data-x|dir|reversed|value/);
  });
});

describe('HTML to rich text: structure a browser would show', () => {
  it('turns inline runs between blocks into paragraphs', () => {
    expect(summary('Loose text<div>In a div<p>In a paragraph</p>after</div><span>tail</span>')).toEqual([
      'p: Loose text',
      'p: In a div',
      'p: In a paragraph',
      'p: after',
      'p: tail',
    ]);
  });

  it('splits a paragraph at a block inside it, with the marks in force', () => {
    const { doc } = convert('<strong>Bold <p>paragraph</p> still bold</strong>');
    expect(blockSummary(doc)).toEqual(['p: Bold', 'p: paragraph', 'p: still bold']);
    expect(textsWithMark(doc, 'bold')).toEqual(['Bold', 'paragraph', 'still bold']);
  });

  it('nests lists, and gives list items TipTap needs a paragraph first', () => {
    const { doc } = convert(
      '<ul><li>One<ul><li>One.one</li></ul></li><ul><li>Stray nested list</li></ul>Loose<li><h3>Heading item</h3></li>' +
        '<li><ul><li>List first</li></ul></li><li></li></ul>',
    );
    expect(disallowedContent(doc, [1, 2, 3, 4])).toEqual([]);
    expect(blockSummary(doc)).toEqual([
      'ul: One\nOne.one\nStray nested list\nLoose | Heading item | List first',
    ]);
  });

  it('reads list items outside a list as paragraphs', () => {
    expect(summary('<div><li>Alone</li></div>')).toEqual(['p: Alone']);
  });

  it('reads a heading holding blocks as one line', () => {
    expect(summary('<h2><p>Two</p><p>blocks</p></h2>')).toEqual(['h2: Two blocks']);
  });

  it('drops empty blocks and blocks of white space, non-breaking or not', () => {
    expect(
      summary(
        '<p></p><p> </p><p>&nbsp;</p><h2> </h2><h3>&nbsp;</h3><ul><li> </li></ul><blockquote> </blockquote><p>x</p>',
      ),
    ).toEqual(['p: x']);
  });

  it('keeps the text of unknown and Word elements', () => {
    expect(
      summary('<p><o:p>Word</o:p> <custom-element>custom</custom-element> <font face="x">font</font></p>'),
    ).toEqual(['p: Word custom font']);
  });

  it('keeps the line breaks of preformatted text', () => {
    expect(summary('<pre>\nline one\nline two</pre>')).toEqual(['p: line one\nline two']);
  });

  it('survives unclosed and misnested tags as a browser would', () => {
    expect(summary('<p>one <b>bold <i>both</b> italic</i> <p>two')).toEqual([
      'p: one bold both italic',
      'p: two',
    ]);
  });

  it('keeps only the text below a hundred levels of nesting', () => {
    const deep = `${'<div><b>'.repeat(5_000)}deep text${'</b></div>'.repeat(5_000)}`;
    const { doc } = convert(deep);
    expect(blockSummary(doc)).toEqual(['p: deep text']);
    const nestedLists = `${'<ul><li>level'.repeat(300)}${'</li></ul>'.repeat(300)}`;
    expect(disallowedContent(convert(nestedLists).doc, [1, 2, 3, 4])).toEqual([]);
  });
});

describe('HTML to rich text: white space', () => {
  it('collapses runs across element edges and trims block edges', () => {
    expect(blocks('<p>\n  Hello   <b> bold </b>  world \t</p>')).toEqual([
      { type: 'paragraph', content: [text('Hello '), text('bold ', [{ type: 'bold' }]), text('world')] },
    ]);
  });

  it('keeps non-breaking spaces as text', () => {
    expect(blocks('<p>1&nbsp;June&nbsp; &nbsp;2026</p>')).toEqual([
      { type: 'paragraph', content: [text('1\u00a0June\u00a0 \u00a02026')] },
    ]);
  });

  it('drops spaces around line breaks, and line breaks at the edges of a block', () => {
    expect(blocks('<p><br>one <br> two<br><br></p>')).toEqual([
      { type: 'paragraph', content: [text('one'), { type: 'hardBreak' }, text('two')] },
    ]);
  });

  it('drops control characters', () => {
    expect(summary('<p>a\u0001b\u0007c&#0;d</p>')).toEqual(['p: abc\ufffdd']);
  });
});
