/**
 * What a `style` attribute says that the import keeps: formatting that means bold, italic, underline
 * or strike (Google Docs and Word write them as styles rather than tags), and whether the element is
 * hidden. The attribute itself never reaches the release.
 */
export interface InlineStyle {
  /** Font weight and style are inherited: `false` takes away what a parent gave (`<b style="font-weight:normal">`). */
  bold?: boolean;
  italic?: boolean;
  underline?: true;
  strike?: true;
  hidden: boolean;
  /** Word's `mso-list:Ignore`: the bullet or number Word types before a list paragraph. */
  wordListMarker: boolean;
}

function declarations(style: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    found.set(property, value);
  }
  return found;
}

function weight(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'bold' || value === 'bolder') return true;
  if (value === 'normal' || value === 'lighter') return false;
  const number = Number(value);
  return Number.isFinite(number) ? number >= 600 : undefined;
}

function fontStyle(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value.startsWith('italic') || value.startsWith('oblique')) return true;
  return value === 'normal' ? false : undefined;
}

/** Reads the parts of a `style` attribute that matter to an import. */
export function readInlineStyle(style: string | undefined): InlineStyle {
  if (style === undefined || style.trim() === '') return { hidden: false, wordListMarker: false };
  const found = declarations(style);
  // Decorations add to those of the parent in CSS, even `none` cannot take one away: so they only add.
  const decoration = found.get('text-decoration-line') ?? found.get('text-decoration') ?? '';
  return {
    bold: weight(found.get('font-weight')),
    italic: fontStyle(found.get('font-style')),
    underline: decoration.includes('underline') || undefined,
    strike: decoration.includes('line-through') || undefined,
    hidden:
      found.get('display') === 'none' ||
      found.get('visibility') === 'hidden' ||
      found.get('visibility') === 'collapse' ||
      found.get('mso-hide') === 'all',
    wordListMarker: found.get('mso-list') === 'ignore',
  };
}
