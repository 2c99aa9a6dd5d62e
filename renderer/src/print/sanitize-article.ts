import DOMPurify, { type Config } from 'dompurify';

/**
 * DOMPurify tests this against every attribute value it does not know to be plain text (lang,
 * rel, start…), so besides the two schemes a release may link to it must let through values that
 * are not URLs at all, as DOMPurify's own default does. Relative URLs are stopped by the hook below.
 */
const SAFE_SCHEME_OR_NOT_A_URL = /^(?:(?:https|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Attributes whose value is fetched or followed: only absolute https: and mailto: URLs may stay. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'ping',
]);
const SAFE_URL = /^\s*(?:https|mailto):/i;
/** The organisation's logo is embedded by core as a PNG or JPEG data URI: nothing else may load. */
const EMBEDDED_LOGO = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * The release HTML comes from core, which escapes and allow-lists everything already; this is the
 * second line of defence, so that nothing active, style-bearing or pointing inside the app reaches
 * the page even if core gets it wrong.
 */
const CONFIG = {
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'iframe', 'object', 'embed', 'form', 'script'],
  FORBID_ATTR: ['style'],
  ALLOWED_URI_REGEXP: SAFE_SCHEME_OR_NOT_A_URL,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

/** Our own instance, so that the hook below applies to release HTML and nothing else. */
const purifier = DOMPurify(window);

purifier.addHook('uponSanitizeAttribute', (node, data) => {
  const name = data.attrName.toLowerCase();
  // Every event handler attribute, whatever DOMPurify's own lists hold now or later.
  if (name.startsWith('on')) data.keepAttr = false;
  // Nothing is ever loaded: the only image a release holds is the logo, embedded by core.
  if (name === 'src' || name === 'srcset') {
    if (!(node.nodeName === 'IMG' && name === 'src' && EMBEDDED_LOGO.test(data.attrValue)))
      data.keepAttr = false;
    return;
  }
  if (URL_ATTRIBUTES.has(name) && !SAFE_URL.test(data.attrValue)) data.keepAttr = false;
});

/** The sanitised `<article class="release">` of `html`; throws when there is none. */
export function sanitizeArticle(html: string): HTMLElement {
  const fragment = purifier.sanitize(html, CONFIG);
  const article = fragment.querySelector('article.release');
  if (!(article instanceof HTMLElement))
    throw new Error('The HTML to print holds no <article class="release">');
  return article;
}
