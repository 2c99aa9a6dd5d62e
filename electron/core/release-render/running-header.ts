/** Past this many characters a headline no longer fits the running header on one line. */
const SHORT_HEADLINE_LENGTH = 60;

/**
 * The headline cut at a word boundary with an ellipsis ("Coastal towns and Nordlys Energy agree…"),
 * or whole when it is short enough. A single word longer than the limit is cut inside it.
 */
export function shortHeadline(headline: string, maxLength = SHORT_HEADLINE_LENGTH): string {
  const clean = headline.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "ACT 042(2026) – Coastal towns and Nordlys Energy agree…": what pages 2 onward carry on top. */
export function runningHeaderText(reference: string, headline: string): string {
  return [reference.trim(), shortHeadline(headline)].filter((part) => part !== '').join(' – ');
}
