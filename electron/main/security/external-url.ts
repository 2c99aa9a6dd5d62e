/**
 * The only URLs Newsroom hands to the operating system: `https:` web pages and `mailto:` addresses,
 * parsed with the URL parser rather than matched as text. Anything else (file:, smb:, javascript:,
 * UNC paths, custom protocol handlers, credentials in the URL, control characters) is refused,
 * because the OS would open it with whatever program claims it.
 *
 * Returns the normalised URL to open, or null when it must not be opened.
 */
export function toSafeExternalUrl(raw: string): string | null {
  if (raw.length === 0 || raw.length > 2_000) return null;
  if (hasHiddenCharacters(raw)) return null;
  if (raw.startsWith('\\') || raw.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    if (!url.hostname || url.username || url.password) return null;
    return url.href;
  }
  if (url.protocol === 'mailto:') {
    return url.pathname.includes('@') ? withMailFieldsOnly(url) : null;
  }
  return null;
}

/** The fields of a mail a link may fill in; others (`attach=`) some mail programs obey. */
const MAIL_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);

/** `url` with only the mail fields kept, whatever their case: a link must not attach a file. */
function withMailFieldsOnly(url: URL): string {
  const fields = [...url.searchParams];
  const kept = fields.filter(([name]) => MAIL_FIELDS.has(name.toLowerCase()));
  if (kept.length === fields.length) return url.href;
  const safe = new URL(url.href);
  // Encoded by hand: URLSearchParams writes a space as "+", which a mailto: reads as a plus.
  safe.search = kept
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  return safe.href;
}

/**
 * Control characters and whitespace can smuggle a second argument to the OS or end the URL early;
 * bidirectional overrides can make `exe.pdf` read as `fdp.exe`.
 */
function hasHiddenCharacters(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}
