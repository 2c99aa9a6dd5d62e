// The print fonts are bundled: Vite emits their woff2 files next to the page, so nothing is
// fetched from the network and no system font decides the line breaks.
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/400-italic.css';
import '@fontsource/noto-serif/700.css';
import '@fontsource/noto-serif/700-italic.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';

/** Every face the print stylesheets use. */
const FACES = [
  '400 16px "Noto Serif"',
  'italic 400 16px "Noto Serif"',
  '700 16px "Noto Serif"',
  'italic 700 16px "Noto Serif"',
  '400 16px "Noto Sans"',
  '700 16px "Noto Sans"',
];

/**
 * Loads the faces and script subsets `text` needs before anything is measured: a font that
 * arrives after pagination would move every line break. Each face is split by unicode-range, so
 * naming the text loads only the subsets it uses (Latin, Greek, Cyrillic…).
 */
export async function loadPrintFonts(text: string): Promise<void> {
  await Promise.all(FACES.map((face) => document.fonts.load(face, text)));
  await document.fonts.ready;
}
