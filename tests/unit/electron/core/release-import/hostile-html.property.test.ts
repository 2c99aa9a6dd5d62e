import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToRichText } from '../../../../../electron/core/release-import/html/html-to-rich-text';
import { recogniseRelease } from '../../../../../electron/core/release-import/structure/recognise-release';
import { disallowedContent } from './support/rich-text-checks';

/** Enough runs to meet most tag, attribute and nesting combinations, few enough to stay fast. */
const RUNS = 1_000;

const TAGS = [
  ...['p', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'br', 'hr', 'pre'],
  ...[
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'table',
    'tr',
    'td',
    'th',
    'caption',
  ],
  ...[
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'img',
    'svg',
    'math',
    'form',
    'input',
    'textarea',
    'button',
  ],
  ...[
    'select',
    'option',
    'meta',
    'link',
    'base',
    'template',
    'noscript',
    'title',
    'head',
    'body',
    'html',
    'xmp',
  ],
  ...[
    'plaintext',
    'frameset',
    'frame',
    'video',
    'audio',
    'source',
    'foreignObject',
    'desc',
    'o:p',
    'v:shape',
  ],
  ...['xml', 'font', 'center', 'section', 'label', 'code', 'sub', 'sup', 'custom-element'],
];
const ATTRIBUTE_NAMES = [
  ...['href', 'src', 'srcdoc', 'style', 'class', 'id', 'hidden', 'start', 'type', 'level', 'target', 'rel'],
  ...[
    'onclick',
    'onerror',
    'onload',
    'onmouseover',
    'ONFOCUS',
    'formaction',
    'action',
    'xmlns',
    'data-x',
    'marks',
  ],
];
const HOSTILE_VALUES = [
  ...['https://example.org/page', 'mailto:press@example.org', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)'],
  ...[' javascript:alert(1)', 'jav&#x09;ascript:alert(1)', '&#106;avascript:alert(1)', 'vbscript:msgbox(1)'],
  ...['data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'http://127.0.0.1/track.gif', '#'],
  ...['//tracker.example.org/x', 'https://example.org/" onmouseover="alert(1)', '3', '-1', '1e99', 'NaN'],
  ...[
    'display:none',
    'font-weight:bold',
    'font-style:italic',
    'mso-list:Ignore',
    'text-decoration:underline',
  ],
  ...['visibility:hidden', 'expression(alert(1))', 'url(javascript:alert(1))'],
];
const HOSTILE_TEXT = [
  ...[
    '&nbsp;',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&#0;',
    '&amp;',
    '&bogus;',
    ' ',
    '\n',
    '\t',
    '<',
    '>',
  ],
  ...['"', "'", '<!--', '-->', '<![CDATA[', ']]>', '<![if !supportLists]>', '<![endif]>', '<?xml ?>', '</p>'],
  ...[
    '<br/>',
    '<p',
    'ENDS',
    '###',
    'Press release DC 1(2026)',
    'Strasbourg, 03.12.2013 – ',
    'Notes to editors',
  ],
  ...['Press contact:', 'tel. +33 3 88 41 33 35', 'press@example.org', 'www.example.org', 'More information'],
];

const text = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 12 }));
const attributeValue = fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 10 }));
/** Attributes written every way HTML allows, and a few it does not. */
const attribute = fc
  .tuple(
    fc.constantFrom(...ATTRIBUTE_NAMES),
    attributeValue,
    fc.constantFrom('double', 'single', 'bare', 'none'),
  )
  .map(([name, value, quoting]) => {
    if (quoting === 'none') return ` ${name}`;
    if (quoting === 'bare') return ` ${name}=${value}`;
    return quoting === 'single' ? ` ${name}='${value}'` : ` ${name}="${value.replaceAll('"', '&quot;')}"`;
  });

const { html } = fc.letrec<{ html: string; element: string }>((tie) => ({
  html: fc
    .array(fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')), { maxLength: 5 })
    .map((parts) => parts.join('')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(attribute, { maxLength: 3 }),
      inner: tie('html'),
      closing: fc.constantFrom('close', 'leave-open', 'self-close'),
    })
    .map(({ tag, attributes, inner, closing }) => {
      const open = `<${tag}${attributes.join('')}${closing === 'self-close' ? '/' : ''}>`;
      return closing === 'close' ? `${open}${inner}</${tag}>` : `${open}${inner}`;
    }),
}));

const KNOWN_WARNINGS = new Set([
  'dropped-script',
  'dropped-event-handler',
  'dropped-image',
  'dropped-embedded-content',
  'dropped-form',
  'dropped-hidden-text',
  'flattened-table',
  'unsupported-link',
  'embargo-line-kept',
]);

describe('hostile HTML', () => {
  it('never yields a node, mark or attribute off the allow-list, and never throws', () => {
    fc.assert(
      fc.property(html, (input) => {
        const converted = htmlToRichText(input);
        expect(disallowedContent(converted.doc, [1, 2, 3, 4])).toEqual([]);
        const release = recogniseRelease(converted.doc);
        expect(disallowedContent(release.fields.body)).toEqual([]);
        for (const link of release.fields.moreInformation)
          expect(link.url).toMatch(/^(?:https:\/\/|mailto:)/);
        for (const warning of [...converted.warnings, ...release.warnings]) {
          expect(KNOWN_WARNINGS).toContain(warning.code);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('carries no key of the page into the document: only type, content, text, marks, attrs, href, level, start', () => {
    const allowedKeys = new Set(['type', 'content', 'text', 'marks', 'attrs', 'href', 'level', 'start']);
    fc.assert(
      fc.property(html, (input) => {
        const keys = new Set<string>();
        JSON.stringify(htmlToRichText(input).doc, (key, value: unknown) => {
          if (key !== '' && Number.isNaN(Number(key))) keys.add(key);
          return value;
        });
        expect([...keys].filter((key) => !allowedKeys.has(key))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
