import { api } from './api-client';

/**
 * No link ever navigates the app's window: a click (or middle-click) on a web or email link opens it
 * in the person's own browser or mail program, through main's checks; any other link does nothing.
 * Main blocks navigation too; this keeps the window from even trying.
 */
export function guardLinks(root: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(target instanceof HTMLAnchorElement)) return;
    const href = target.getAttribute('href') ?? '';
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
