/** Small, DOM-free helpers for writing HTML as strings: every text and attribute goes through here. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use both between tags and inside a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** An attribute value: a string, `true` for a bare attribute, or `null` to leave it out. */
export type AttributeValue = string | true | null;

/**
 * One element, with escaped attributes around already-escaped `innerHtml`. Attribute names are
 * written by this module's callers, never taken from data, so they are not escaped.
 */
export function element(tag: string, attributes: Record<string, AttributeValue>, innerHtml: string): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | true] => entry[1] !== null)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return `<${tag}${written}>${innerHtml}</${tag}>`;
}

/** The URL itself when it is an absolute `https:` or `mailto:` link, the only kinds a release prints. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const { protocol } = new URL(url.trim());
    return protocol === 'https:' || protocol === 'mailto:' ? url.trim() : null;
  } catch {
    return null;
  }
}

/** A link that opens nothing of ours: links in a release always point outside the app. */
export function link(href: string, innerHtml: string): string {
  return element('a', { href, rel: 'noopener noreferrer' }, innerHtml);
}

/** How a link reads on paper: the address without its scheme (`www.example.org/page`). */
export function displayUrl(href: string): string {
  return href.replace(/^(?:https:\/\/|mailto:)/i, '').replace(/\/$/, '');
}
