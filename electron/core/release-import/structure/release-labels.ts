import { foldText } from '../../search/fold';
import { parseWrittenDate } from './written-date';

/** What a letterhead prints anyway, folded: the label and the immediate-release line. */
const RELEASE_LABELS: ReadonlySet<string> = new Set([
  'press release',
  'news release',
  'media release',
  'communique de presse',
  'communique',
  'pressemitteilung',
  'presseinformation',
  'comunicado de prensa',
  'nota de prensa',
  'comunicato stampa',
  'for immediate release',
  'immediate release',
  'for release immediately',
  'pour diffusion immediate',
  'pour publication immediate',
  'diffusion immediate',
  'zur sofortigen veroffentlichung',
  'zur sofortigen freigabe',
  'para publicacion inmediata',
  'para difusion inmediata',
  'per la diffusione immediata',
  'per diffusione immediata',
  'per la pubblicazione immediata',
]);

/** Embargo lines in the release languages; the release line is set in the release, not imported. */
const EMBARGO_LINE =
  /^(?:embargo|embargoed|under embargo|not for (?:publication|release|broadcast)|sous embargo|ne pas (?:publier|diffuser)|sperrfrist|embargo hasta|bajo embargo|embargo fino|sotto embargo)\b/;

/** Labels, an embargo time and date, and ornaments fit in this; a longer line is text. */
const MAX_LABEL_LINE = 160;

/** What may stand between labels, or before and after them: "*** PRESS RELEASE – FOR IMMEDIATE RELEASE ***". */
const SEPARATORS = /^[\s,:;.!*|/–—-]+/;

/** The label that opens `text` (a whole word or words), or null. */
function openingLabel(text: string): string | null {
  for (const label of RELEASE_LABELS) {
    if (text.startsWith(label) && !/^\p{L}/u.test(text.slice(label.length))) return label;
  }
  return null;
}

/**
 * What kind of top-of-page line `line` is: a release label ("PRESS RELEASE", "FOR IMMEDIATE
 * RELEASE", both on one line, or a label and a date), an embargo line, or neither.
 */
export function releaseLabelKind(line: string): 'label' | 'embargo' | null {
  if (line.length > MAX_LABEL_LINE) return null;
  let rest = foldText(line).replace(SEPARATORS, '');
  if (EMBARGO_LINE.test(rest)) return 'embargo';
  let labels = 0;
  for (let label = openingLabel(rest); label !== null; label = openingLabel(rest)) {
    rest = rest.slice(label.length).replace(SEPARATORS, '');
    labels++;
  }
  if (labels === 0) return null;
  return rest === '' || parseWrittenDate(rest) !== null ? 'label' : null;
}
