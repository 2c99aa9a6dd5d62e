/** Small, DOM-free helpers for writing HTML as strings: every text and attribute goes through here. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Bidirectional embeddings, overrides and isolates. A press release in our languages never needs
 * them, and U+202E reverses what follows it on the printed page: "exe.pdf" read as "fdp.exe".
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes text for use both between tags and inside a double-quoted attribute value, and drops
 * bidirectional controls so that printed text reads as it was typed.
 */
export function escapeHtml(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
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
