// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderRichTextHtml } from '../../../../../electron/core/release-render/rich-text-html';
import type { RichTextNode } from '../../../../../electron/shared/schemas/rich-text';
import { parseHtml, single } from './parse-html';

const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({
  type: 'text',
  text: value,
  marks,
});
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const render = (...content: RichTextNode[]) => renderRichTextHtml({ type: 'doc', content });

describe('rich text to HTML', () => {
  it('prints paragraphs, headings 2 to 4, lists, quotes and line breaks', () => {
    const html = render(
      paragraph(text('One'), { type: 'hardBreak' }, text('two')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Level 2')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Level 3')] },
      { type: 'heading', attrs: { level: 4 }, content: [text('Level 4')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Bullet'))] }] },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          { type: 'listItem', content: [paragraph(text('Third'))] },
          { type: 'listItem', content: [paragraph(text('Fourth'))] },
        ],
      },
      { type: 'blockquote', content: [paragraph(text('Quoted'))] },
    );
    expect(html).toBe(
      '<p>One<br>two</p><h2>Level 2</h2><h3>Level 3</h3><h4>Level 4</h4>' +
        '<ul><li><p>Bullet</p></li></ul>' +
        '<ol start="3"><li><p>Third</p></li><li><p>Fourth</p></li></ol>' +
        '<blockquote><p>Quoted</p></blockquote>',
    );
  });

  it('keeps the headline the only h1 and deeper headings at h4', () => {
    const html = render(
      { type: 'heading', attrs: { level: 1 }, content: [text('One')] },
      { type: 'heading', attrs: { level: 6 }, content: [text('Six')] },
      { type: 'heading', content: [text('None')] },
    );
    expect(html).toBe('<h2>One</h2><h4>Six</h4><h2>None</h2>');
  });

  it('prints bold, italic, underline, strike and links, always nested the same way', () => {
    const body = parseHtml(
      render(
        paragraph(
          text('b', [{ type: 'bold' }]),
          text('i', [{ type: 'italic' }]),
          text('u', [{ type: 'underline' }]),
          text('s', [{ type: 'strike' }]),
          text('all', [
            { type: 'strike' },
            { type: 'link', attrs: { href: 'https://www.example.org/a?b=1&c=2' } },
            { type: 'italic' },
            { type: 'bold' },
            { type: 'underline' },
          ]),
          text('mail', [{ type: 'link', attrs: { href: 'mailto:press@example.org' } }]),
        ),
      ),
    );
    const p = single(body, 'p');
    expect(p.innerHTML).toBe(
      '<strong>b</strong><em>i</em><u>u</u><s>s</s>' +
        '<a href="https://www.example.org/a?b=1&amp;c=2" rel="noopener noreferrer">' +
        '<strong><em><u><s>all</s></u></em></strong></a>' +
        '<a href="mailto:press@example.org" rel="noopener noreferrer">mail</a>',
    );
  });

  it('drops links that are not https: or mailto:, keeping their words', () => {
    const hrefs = ['javascript:alert(1)', 'http://example.org', 'data:text/html,x', '/relative', 42];
    const html = render(
      paragraph(...hrefs.map((href) => text(`w${String(href)} `, [{ type: 'link', attrs: { href } }]))),
    );
    const body = parseHtml(html);
    expect(body.querySelectorAll('a')).toHaveLength(0);
    expect(single(body, 'p').textContent).toBe(
      'wjavascript:alert(1) whttp://example.org wdata:text/html,x w/relative w42 ',
    );
  });

  it('prints only the text of node types it does not know, never their markup', () => {
    const html = render(
      { type: 'codeBlock', content: [text('<b>bold?</b>')] },
      { type: 'image', attrs: { src: 'https://tracker.example/pixel.png' } },
      {
        type: 'table',
        content: [{ type: 'tableRow', content: [paragraph(text('cell one')), paragraph(text('cell two'))] }],
      },
      paragraph(
        text('Hi '),
        { type: 'mention', attrs: { id: 'x' }, content: [text('@Camille')] },
        text(' there'),
      ),
      paragraph(text('unknown mark', [{ type: 'highlight', attrs: { color: 'red' } }])),
    );
    expect(html).toBe(
      '<p>&lt;b&gt;bold?&lt;/b&gt;</p><p>cell one cell two</p><p>Hi @Camille there</p><p>unknown mark</p>',
    );
  });

  it('escapes every text', () => {
    expect(render(paragraph(text(`<script>alert("x")</script> & 'quotes'`)))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
  });

  it('leaves out empty blocks', () => {
    expect(
      render(
        { type: 'paragraph' },
        paragraph(text('  '), { type: 'hardBreak' }),
        { type: 'heading', attrs: { level: 2 } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        { type: 'blockquote', content: [] },
        { type: 'horizontalRule' },
      ),
    ).toBe('');
  });

  it('opens the first paragraph with the lead-in, or gives it a paragraph before a heading', () => {
    const lead = '<span class="release-dateline">Bergen –</span>';
    expect(
      renderRichTextHtml({ type: 'doc', content: [{ type: 'paragraph' }, paragraph(text('First.'))] }, lead),
    ).toBe(`<p>${lead} First.</p>`);
    expect(
      renderRichTextHtml(
        { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [text('Title')] }] },
        lead,
      ),
    ).toBe(`<p>${lead}</p><h2>Title</h2>`);
  });
});
