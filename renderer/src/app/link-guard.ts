import { api } from './api-client';

/** Everything a click can follow: HTML links, image-map areas, and SVG links (href or xlink:href). */
export const LINKS = 'a[href], area[href], a[*|href]';

/** Where a link goes, as written: SVG links may name it in the older xlink:href. */
export function linkAddress(link: Element): string {
  return link.getAttribute('href') ?? link.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '';
}

/**
 * No link ever navigates the app's window: a click (or middle-click) on a web or email link opens it
 * in the person's own browser or mail program, through main's checks; any other link does nothing.
 * Main blocks navigation too; this keeps the window from even trying.
 */
export function guardLinks(root: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest(LINKS) : null;
    if (!target) return;
    const href = linkAddress(target);
    if (href.startsWith('#')) return;
    event.preventDefault();
    if (/^(https:|mailto:)/i.test(href)) void api.openExternal(href).catch(() => undefined);
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('auxclick', onClick, true);
  return () => {
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('auxclick', onClick, true);
  };
}
