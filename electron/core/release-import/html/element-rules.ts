import type { CountedWarningCode } from './warning-tally';

/**
 * Elements dropped with everything inside them, and the warning each one counts (`null`: dropped
 * without a word, because it never held anything a reader saw: styles, metadata, Word's XML).
 * Anything executable, embedded or styled is here; so is everything whose text is not release
 * text (form labels, SVG drawings, the page title). `head` is not: a script there must be counted.
 */
const DROPPED_ELEMENTS: ReadonlyMap<string, CountedWarningCode | null> = new Map([
  ['script', 'dropped-script'],
  ['img', 'dropped-image'],
  ['picture', 'dropped-image'],
  ['svg', 'dropped-image'],
  ['canvas', 'dropped-image'],
  ['map', 'dropped-image'],
  ['area', 'dropped-image'],
  ['iframe', 'dropped-embedded-content'],
  ['frame', 'dropped-embedded-content'],
  ['frameset', 'dropped-embedded-content'],
  ['object', 'dropped-embedded-content'],
  ['embed', 'dropped-embedded-content'],
  ['applet', 'dropped-embedded-content'],
  ['video', 'dropped-embedded-content'],
  ['audio', 'dropped-embedded-content'],
  ['portal', 'dropped-embedded-content'],
  ['fencedframe', 'dropped-embedded-content'],
  ['form', 'dropped-form'],
  ['input', 'dropped-form'],
  ['button', 'dropped-form'],
  ['select', 'dropped-form'],
  ['textarea', 'dropped-form'],
  ['datalist', 'dropped-form'],
  ['output', 'dropped-form'],
  ['style', null],
  ['link', null],
  ['meta', null],
  ['base', null],
  ['title', null],
  ['template', null],
  ['noscript', null],
  ['noembed', null],
  ['noframes', null],
  ['xmp', null],
  ['plaintext', null],
  ['param', null],
  ['source', null],
  ['track', null],
  ['slot', null],
  ['xml', null],
]);

/** What happens to an element that is dropped: which warning it counts, if any. */
export function droppedElementWarning(name: string): CountedWarningCode | null | undefined {
  return DROPPED_ELEMENTS.get(name);
}

/**
 * Elements that hold blocks: each starts and ends a paragraph, as the browser lays them out. Their
 * own markup goes; tables are among them, which is how they are flattened.
 */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'html',
  'legend',
  'main',
  'menu',
  'nav',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
]);

/** Whether `name` is an element that holds blocks (a paragraph, a section, a table cell...). */
export function isBlockContainer(name: string): boolean {
  return BLOCK_CONTAINERS.has(name);
}

/** The inline marks that tags stand for. */
export type MarkName = 'bold' | 'italic' | 'underline' | 'strike';

const MARK_TAGS: ReadonlyMap<string, MarkName> = new Map([
  ['strong', 'bold'],
  ['b', 'bold'],
  ['em', 'italic'],
  ['i', 'italic'],
  ['u', 'underline'],
  ['ins', 'underline'],
  ['s', 'strike'],
  ['strike', 'strike'],
  ['del', 'strike'],
]);

/** The mark a tag stands for (`strong` → bold), or undefined for tags that mark nothing. */
export function markOfTag(name: string): MarkName | undefined {
  return MARK_TAGS.get(name);
}

/** The release's heading level for `h1`–`h6`: h1 stays 1 (a headline candidate), deeper than 4 is 4. */
export function headingLevelOfTag(name: string): 1 | 2 | 3 | 4 | null {
  const match = /^h([1-6])$/.exec(name);
  if (!match) return null;
  const level = Number(match[1]);
  if (level === 1 || level === 2 || level === 3) return level;
  return 4;
}
