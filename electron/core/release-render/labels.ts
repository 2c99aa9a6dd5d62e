import type { ReleaseLanguage } from '../../shared/languages';
import type { ZoneName } from './calendar';

/** The parts of an embargo line, already written in the release's language except the time. */
export interface EmbargoParts {
  /** The long date, "4 December 2013". */
  date: string;
  hour: number;
  minute: number;
  zone: ZoneName;
}

/**
 * Everything a printed release says in its own language. These follow the release's language, not
 * the interface's: an English-speaking press officer may well issue the French version.
 */
export interface ReleaseLabels {
  /** The locale whose long date style the dateline and the embargo use. */
  readonly dateLocale: string;
  /** Locales asked for a time zone abbreviation, most preferred first. */
  readonly zoneLocales: readonly string[];
  readonly pressRelease: string;
  readonly immediateRelease: string;
  readonly embargo: (parts: EmbargoParts) => string;
  readonly moreInformation: string;
  readonly notesToEditors: string;
  readonly pressContact: string;
  readonly pressContacts: string;
  readonly about: (organisation: string) => string;
  /** With `{page}` and `{pages}`, which the paginator fills in. */
  readonly pageOfPages: string;
  /** Centred at the foot of every page but the last. */
  readonly more: string;
  readonly endMark: string;
  readonly tel: string;
  readonly mobile: string;
  readonly email: string;
}

const NBSP = '\u00a0';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

function clockTime({ hour, minute }: EmbargoParts): string {
  return `${twoDigits(hour)}:${twoDigits(minute)}`;
}

/** "CET", or "Eastern Daylight Time (GMT-4)": the zone right after the time. */
function zoneAfterTime(zone: ZoneName): string {
  return zone.kind === 'abbreviation' ? zone.abbreviation : `${zone.name} (${zone.offset})`;
}

/** "CET", or "heure normale d’Europe centrale, UTC+1": the zone inside parentheses. */
function zoneInParentheses(zone: ZoneName): string {
  return zone.kind === 'abbreviation' ? zone.abbreviation : `${zone.name}, ${zone.offset}`;
}

/** Italian zone names start with a capital ("Ora legale…") that reads wrong mid-sentence. */
function italianZone(zone: ZoneName): string {
  if (zone.kind === 'abbreviation') return zone.abbreviation;
  return `${zone.name.charAt(0).toLocaleLowerCase('it')}${zone.name.slice(1)} (${zone.offset})`;
}

/** French elides and contracts before a name: "À propos d’Oxfam", "du Monde", "de l’Unesco". */
function frenchAbout(organisation: string): string {
  if (/^le\s/i.test(organisation)) return `À propos du ${organisation.slice(3)}`;
  if (/^les\s/i.test(organisation)) return `À propos des ${organisation.slice(4)}`;
  if (/^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(organisation)) return `À propos d’${organisation}`;
  return `À propos de ${organisation}`;
}

/** The printed labels of each release language. */
export const RELEASE_LABELS = {
  en: {
    dateLocale: 'en-GB',
    // British English names few zones outside Europe; American English knows EST, PDT and the like.
    zoneLocales: ['en-GB', 'en-US'],
    pressRelease: 'PRESS RELEASE',
    immediateRelease: 'For immediate release',
    embargo: (parts) => `Embargoed until ${clockTime(parts)} ${zoneAfterTime(parts.zone)}, ${parts.date}`,
    moreInformation: 'More information',
    notesToEditors: 'Notes to editors',
    pressContact: 'Press contact',
    pressContacts: 'Press contacts',
    about: (organisation) => `About ${organisation}`,
    pageOfPages: 'Page {page} of {pages}',
    more: '-more-',
    // "###" is the American mark; European press offices write ENDS.
    endMark: 'ENDS',
    tel: 'Tel.',
    mobile: 'Mobile',
    email: 'Email',
  },
  fr: {
    dateLocale: 'fr-FR',
    zoneLocales: ['fr-FR'],
    pressRelease: 'COMMUNIQUÉ DE PRESSE',
    immediateRelease: 'Pour diffusion immédiate',
    embargo: (parts) =>
      `Sous embargo jusqu’au ${parts.date}, ${parts.hour}${NBSP}h${NBSP}${twoDigits(parts.minute)} ` +
      `(${zoneInParentheses(parts.zone)})`,
    moreInformation: 'Pour en savoir plus',
    notesToEditors: 'Notes aux rédactions',
    pressContact: 'Contact presse',
    pressContacts: 'Contacts presse',
    about: frenchAbout,
    pageOfPages: 'Page {page} sur {pages}',
    // The French office mark for "continued overleaf".
    more: '…/…',
    endMark: 'Fin',
    tel: 'Tél.',
    mobile: 'Portable',
    email: 'Courriel',
  },
  de: {
    dateLocale: 'de-DE',
    zoneLocales: ['de-DE'],
    pressRelease: 'PRESSEMITTEILUNG',
    immediateRelease: 'Zur sofortigen Veröffentlichung',
    embargo: (parts) =>
      `Sperrfrist: ${parts.date}, ${clockTime(parts)}${NBSP}Uhr ${zoneAfterTime(parts.zone)}`,
    moreInformation: 'Weitere Informationen',
    notesToEditors: 'Hinweise für die Redaktion',
    pressContact: 'Pressekontakt',
    pressContacts: 'Pressekontakte',
    about: (organisation) => `Über ${organisation}`,
    pageOfPages: 'Seite {page} von {pages}',
    more: '-mehr-',
    endMark: 'Ende',
    tel: 'Tel.',
    mobile: 'Mobil',
    email: 'E-Mail',
  },
  es: {
    dateLocale: 'es-ES',
    zoneLocales: ['es-ES'],
    pressRelease: 'COMUNICADO DE PRENSA',
    immediateRelease: 'Para difusión inmediata',
    embargo: (parts) =>
      `Embargo hasta ${parts.hour === 1 ? 'la' : 'las'} ${clockTime(parts)} ${zoneAfterTime(parts.zone)} ` +
      `del ${parts.date}`,
    moreInformation: 'Más información',
    notesToEditors: 'Notas para los editores',
    pressContact: 'Contacto de prensa',
    pressContacts: 'Contactos de prensa',
    about: (organisation) => `Acerca de ${organisation}`,
    pageOfPages: 'Página {page} de {pages}',
    more: '-más-',
    endMark: 'Fin',
    tel: 'Tel.',
    mobile: 'Móvil',
    email: 'Correo',
  },
  it: {
    dateLocale: 'it-IT',
    zoneLocales: ['it-IT'],
    pressRelease: 'COMUNICATO STAMPA',
    immediateRelease: 'Per la diffusione immediata',
    embargo: (parts) =>
      `Embargo fino alle ore ${clockTime(parts)} ${italianZone(parts.zone)} del ${parts.date}`,
    moreInformation: 'Per saperne di più',
    notesToEditors: 'Note per le redazioni',
    pressContact: 'Contatto stampa',
    pressContacts: 'Contatti stampa',
    about: (organisation) => `Informazioni su ${organisation}`,
    pageOfPages: 'Pagina {page} di {pages}',
    more: '-segue-',
    endMark: 'Fine',
    tel: 'Tel.',
    mobile: 'Cell.',
    email: 'E-mail',
  },
} satisfies Record<ReleaseLanguage, ReleaseLabels>;
