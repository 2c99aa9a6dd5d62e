import { foldText } from '../../search/fold';

/** The sections an import takes out of the body, each into its own release field. */
export type SectionKind = 'moreInformation' | 'notesToEditors' | 'pressContact';

/** Section titles in the release languages, folded (lowercase, no accents, straight apostrophes). */
const SECTION_LABELS: Readonly<Record<SectionKind, readonly string[]>> = {
  moreInformation: [
    'more information',
    'for more information',
    'further information',
    'for further information',
    'more info',
    'useful links',
    'links',
    'pour en savoir plus',
    'en savoir plus',
    "plus d'informations",
    "pour plus d'informations",
    'liens utiles',
    'weitere informationen',
    'mehr informationen',
    'mas informacion',
    'para mas informacion',
    'enlaces',
    'maggiori informazioni',
    'per maggiori informazioni',
    'ulteriori informazioni',
    'per saperne di piu',
    'link utili',
  ],
  notesToEditors: [
    'note to editors',
    'notes to editors',
    'note for editors',
    'notes for editors',
    "editor's note",
    "editor's notes",
    "editors' notes",
    'editors notes',
    'note aux redactions',
    'notes aux redactions',
    'note a la redaction',
    'notes a la redaction',
    "note a l'attention des redactions",
    "notes a l'attention des redactions",
    'hinweis fur die redaktion',
    'hinweise fur die redaktion',
    'hinweis an die redaktion',
    'hinweise an die redaktion',
    'nota para los editores',
    'notas para los editores',
    'nota para editores',
    'notas para editores',
    'nota para la redaccion',
    'nota per le redazioni',
    'note per le redazioni',
    'nota per la redazione',
    'note per i redattori',
    'nota ai redattori',
  ],
  pressContact: [
    'press contact',
    'press contacts',
    'media contact',
    'media contacts',
    'contact',
    'contacts',
    'press office',
    'media enquiries',
    'press enquiries',
    'media inquiries',
    'press inquiries',
    'for media enquiries',
    'for more information, please contact',
    'for further information, please contact',
    'for more information contact',
    'for further information contact',
    'contact presse',
    'contacts presse',
    'contact media',
    'contacts media',
    'contact medias',
    'contacts medias',
    'service de presse',
    'pressekontakt',
    'pressekontakte',
    'medienkontakt',
    'kontakt',
    'kontakt fur medien',
    'contacto de prensa',
    'contactos de prensa',
    'contacto para medios',
    'contacto con los medios',
    'contatto stampa',
    'contatti stampa',
    'ufficio stampa',
  ],
};

const SECTION_KINDS: readonly SectionKind[] = ['moreInformation', 'notesToEditors', 'pressContact'];

const LABEL_TO_SECTION: ReadonlyMap<string, SectionKind> = new Map(
  SECTION_KINDS.flatMap((kind) => SECTION_LABELS[kind].map((label): [string, SectionKind] => [label, kind])),
);

/** The longest title in the lists, with room for brackets and stars around it. */
const MAX_TITLE_LENGTH = 60;

/** A line's words for comparing with the labels: folded, straight apostrophes, single spaces. */
function comparable(text: string): string {
  return foldText(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A section title, and the text that followed it on the same line ("Press contact: Jane Doe"). */
export interface SectionLabel {
  kind: SectionKind;
  rest: string;
}

/**
 * The section a line opens: the line is a title ("Notes to editors", "Contact presse :"), perhaps
 * in brackets or followed by a colon and text. Null for any other line.
 */
export function sectionLabelOf(line: string): SectionLabel | null {
  const colon = line.indexOf(':');
  const written = (colon < 0 ? line : line.slice(0, colon)).trim();
  if (written.length > MAX_TITLE_LENGTH) return null;
  const kind = LABEL_TO_SECTION.get(comparable(written.replace(/^[[(*_\s]+|[\])*_.\s]+$/g, '')));
  if (kind === undefined) return null;
  return { kind, rest: colon < 0 ? '' : line.slice(colon + 1).trim() };
}
