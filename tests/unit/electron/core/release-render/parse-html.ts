/**
 * Parses HTML in a test that runs under `@vitest-environment jsdom`. The node tests are compiled
 * without the DOM library (core must not use it), so the few DOM members the assertions use are
 * declared here.
 */
export interface ParsedElement {
  readonly tagName: string;
  readonly className: string;
  readonly textContent: string | null;
  readonly innerHTML: string;
  readonly outerHTML: string;
  readonly children: ArrayLike<ParsedElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): ParsedElement | null;
  querySelectorAll(selectors: string): ArrayLike<ParsedElement>;
}

interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): { body: ParsedElement };
}

declare const DOMParser: new () => HtmlParser;

/** The body of a document holding `html`, to query as a browser would parse it. */
export function parseHtml(html: string): ParsedElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

/** The element matching `selector` in `root`; fails the test when there is none. */
export function single(root: ParsedElement, selector: string): ParsedElement {
  const found = root.querySelectorAll(selector);
  if (found.length !== 1) throw new Error(`Expected one ${selector}, found ${found.length}`);
  const element = found[0];
  if (!element) throw new Error(`Expected one ${selector}`);
  return element;
}

/** Text of every element matching `selector`, whitespace collapsed. */
export function texts(root: ParsedElement, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (element) =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}
