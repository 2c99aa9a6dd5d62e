import type {
  CsvAddressPart,
  CsvColumnTarget,
  CsvLayout,
  CsvListStyle,
  CsvMapping,
  CsvTextField,
  EmailLabel,
  PhoneKind,
} from './csv-mapping';
import { headerKey } from './header-key';
import { newsroomTargetOf } from './newsroom-columns';

/** How one application's export names its columns. */
interface LayoutDefinition {
  layout: Exclude<CsvLayout, 'unknown'>;
  /** Headers only this application writes: one of them is enough to recognise the layout. */
  signatures: Signatures;
  /** The target of a column, knowing the other columns of the file (by {@link headerKey}). */
  targetOf: (key: string, keys: ReadonlySet<string>) => CsvColumnTarget | undefined;
}

/** Signature headers, as header keys, and patterns of numbered ones. */
interface Signatures {
  keys: ReadonlySet<string>;
  patterns: readonly RegExp[];
}

function signatures(...items: readonly (string | RegExp)[]): Signatures {
  return {
    keys: new Set(items.filter((item) => typeof item === 'string').map(headerKey)),
    patterns: items.filter((item) => item instanceof RegExp),
  };
}

const ignore: CsvColumnTarget = { field: 'ignore' };
const text = (field: CsvTextField): CsvColumnTarget => ({ field });
const list = (field: 'tags' | 'beats' | 'languages', style: CsvListStyle): CsvColumnTarget => ({
  field,
  style,
});
const address = (part: CsvAddressPart): CsvColumnTarget => ({ field: 'address', part });
const email = (label: EmailLabel = 'other'): CsvColumnTarget => ({ field: 'email', label });
const phone = (kind: PhoneKind): CsvColumnTarget => ({ field: 'phone', kind });

/** Builds a lookup from header keys (see {@link headerKey}) and numbered patterns. */
function lookup(
  columns: readonly (readonly [readonly string[], CsvColumnTarget])[],
  patterns: readonly (readonly [RegExp, (slot: string) => CsvColumnTarget])[] = [],
): (key: string) => CsvColumnTarget | undefined {
  const byKey = new Map<string, CsvColumnTarget>();
  for (const [headers, target] of columns) for (const header of headers) byKey.set(headerKey(header), target);
  return (key) => {
    const known = byKey.get(key);
    if (known) return known;
    for (const [pattern, target] of patterns) {
      const match = pattern.exec(key);
      if (match?.[1]) return target(match[1]);
    }
    return undefined;
  };
}

/** Google's numbered columns: "E-mail 1 - Value" with "E-mail 1 - Label" (or "- Type" before 2024). */
const googleNumbered: readonly (readonly [RegExp, (slot: string) => CsvColumnTarget])[] = [
  [/^e-mail (\d+) - value$/, (n) => ({ field: 'email', label: 'other', slot: `email ${n}` })],
  [/^e-mail (\d+) - (?:label|type)$/, (n) => ({ field: 'emailLabel', slot: `email ${n}` })],
  [/^phone (\d+) - value$/, (n) => ({ field: 'phone', kind: 'tel', slot: `phone ${n}` })],
  [/^phone (\d+) - (?:label|type)$/, (n) => ({ field: 'phoneKind', slot: `phone ${n}` })],
];

/** Google's first address and website; the model holds one of each. */
const googleAddressAndWebsite = [
  [['Address 1 - Street', 'Address 1 - Extended Address', 'Address 1 - PO Box'], address('street')],
  [['Address 1 - City'], address('city')],
  [['Address 1 - Region'], address('region')],
  [['Address 1 - Postal Code'], address('postalCode')],
  [['Address 1 - Country'], address('country')],
  [['Website 1 - Value'], text('website')],
  [['Notes'], text('notes')],
] as const;

/**
 * English, French and German Outlook. "Title", "Anrede" and "Civilité" are courtesy titles (Mr, Dr);
 * the job title is "Job Title", "Position" or "Fonction".
 */
const outlookTargetOf = lookup([
  [
    ['First Name', 'Middle Name', 'Prénom', 'Deuxième prénom', 'Vorname', 'Weitere Vornamen'],
    text('givenName'),
  ],
  [['Last Name', 'Nom', 'Nom de famille', 'Nachname'], text('familyName')],
  [['Company', 'Société', 'Firma'], text('organisation')],
  [['Job Title', 'Fonction', 'Position'], text('role')],
  [['Title', 'Anrede', 'Civilité'], ignore],
  [
    [
      'E-mail Address',
      'E-mail 2 Address',
      'E-mail 3 Address',
      'Adresse de messagerie',
      'Adresse de messagerie 2',
      'Adresse de messagerie 3',
      'E-Mail-Adresse',
      'E-Mail 2: Adresse',
      'E-Mail 3: Adresse',
    ],
    email(),
  ],
  [
    [
      'Business Phone',
      'Business Phone 2',
      'Company Main Phone',
      'Primary Phone',
      'Home Phone',
      'Other Phone',
      'Téléphone (bureau)',
      'Téléphone 2 (bureau)',
      'Téléphone société',
      'Téléphone principal',
      'Téléphone (domicile)',
      'Téléphone (autre)',
      'Téléphone professionnel',
      'Telefon geschäftlich',
      'Telefon geschäftlich 2',
      'Telefon Firma',
      'Haupttelefon',
      'Telefon privat',
      'Weiteres Telefon',
    ],
    phone('tel'),
  ],
  [
    ['Mobile Phone', 'Tél. mobile', 'Téléphone mobile', 'Téléphone portable', 'Mobiltelefon'],
    phone('mobile'),
  ],
  [
    [
      'Business Fax',
      'Home Fax',
      'Other Fax',
      'Télécopie (bureau)',
      'Télécopie (domicile)',
      'Télécopie (autre)',
      'Fax geschäftlich',
      'Fax privat',
      'Weiteres Fax',
    ],
    phone('fax'),
  ],
  [
    [
      'Business Street',
      'Business Street 2',
      'Business Street 3',
      'Rue (bureau)',
      'Rue (bureau) 2',
      'Rue (bureau) 3',
      'Straße geschäftlich',
      'Straße geschäftlich 2',
      'Straße geschäftlich 3',
    ],
    address('street'),
  ],
  [['Business City', 'Ville (bureau)', 'Ort geschäftlich'], address('city')],
  [['Business State', 'Dép/Région (bureau)', 'Region geschäftlich'], address('region')],
  [['Business Postal Code', 'Code postal (bureau)', 'Postleitzahl geschäftlich'], address('postalCode')],
  [
    ['Business Country/Region', 'Business Country', 'Pays/Région (bureau)', 'Land/Region geschäftlich'],
    address('country'),
  ],
  [['Web Page', 'Page Web', 'Webseite'], text('website')],
  [['Notes', 'Notizen'], text('notes')],
  [['Categories', 'Catégories', 'Kategorien'], list('tags', 'semicolons')],
]);

/**
 * French Outlook's "Titre" follows the English column order, where it is the courtesy title, next to
 * "Fonction"; some French exports have no "Fonction" and put the job title in "Titre".
 */
function frenchTitre(keys: ReadonlySet<string>): CsvColumnTarget {
  return keys.has('fonction') ? ignore : text('role');
}

const layouts: readonly LayoutDefinition[] = [
  {
    layout: 'newsroom',
    signatures: signatures('pitching preferences', 'do not contact', 'consent basis'),
    targetOf: newsroomTargetOf,
  },
  {
    layout: 'google',
    signatures: signatures(/^e-mail \d+ - label$/, /^phone \d+ - label$/, 'organization name', 'labels'),
    targetOf: lookup(
      [
        [['First Name', 'Middle Name'], text('givenName')],
        [['Last Name'], text('familyName')],
        [['Organization Name'], text('organisation')],
        [['Organization Title'], text('role')],
        [['Labels'], list('tags', 'google-labels')],
        ...googleAddressAndWebsite,
      ],
      googleNumbered,
    ),
  },
  {
    layout: 'google-legacy',
    signatures: signatures(
      /^e-mail \d+ - type$/,
      /^phone \d+ - type$/,
      /^organization \d+ - name$/,
      'group membership',
    ),
    targetOf: lookup(
      [
        [['Name'], text('fullName')],
        [['Given Name', 'Additional Name'], text('givenName')],
        [['Family Name'], text('familyName')],
        [['Organization 1 - Name'], text('organisation')],
        [['Organization 1 - Title'], text('role')],
        [['Group Membership'], list('tags', 'google-labels')],
        ...googleAddressAndWebsite,
      ],
      googleNumbered,
    ),
  },
  {
    layout: 'outlook',
    signatures: signatures(
      'e-mail address',
      'business phone',
      'mobile phone',
      'business fax',
      'company',
      'adresse de messagerie',
      'société',
      'tél. mobile',
      'téléphone bureau',
      'e-mail-adresse',
      'firma',
      'telefon geschäftlich',
      'mobiltelefon',
    ),
    targetOf: (key, keys) => (key === 'titre' ? frenchTitre(keys) : outlookTargetOf(key)),
  },
  {
    layout: 'thunderbird',
    // English, plus the few localised headers we are sure of; the preview lets the user map the rest.
    signatures: signatures(
      'primary email',
      'secondary email',
      'mobile number',
      'adresse électronique principale',
      'primäre e-mail-adresse',
    ),
    targetOf: lookup([
      [['First Name', 'Prénom', 'Vorname'], text('givenName')],
      [['Last Name', 'Nom de famille', 'Nachname'], text('familyName')],
      [['Display Name', 'Nom à afficher', 'Anzeigename'], text('fullName')],
      [
        [
          'Primary Email',
          'Secondary Email',
          'Adresse électronique principale',
          'Adresse électronique secondaire',
          'Primäre E-Mail-Adresse',
          'Sekundäre E-Mail-Adresse',
        ],
        email(),
      ],
      [['Work Phone', 'Home Phone'], phone('tel')],
      [['Mobile Number'], phone('mobile')],
      [['Fax Number'], phone('fax')],
      [['Work Address', 'Work Address 2'], address('street')],
      [['Work City'], address('city')],
      [['Work State'], address('region')],
      [['Work ZipCode'], address('postalCode')],
      [['Work Country'], address('country')],
      [['Job Title'], text('role')],
      [['Organization'], text('organisation')],
      [['Web Page 1'], text('website')],
      [['Notes'], text('notes')],
    ]),
  },
];

/** Common header words, for files from other tools: a first guess that the user confirms. */
const genericTargetOf = lookup([
  [['Given name', 'First name', 'Forename', 'Prénom', 'Vorname'], text('givenName')],
  [['Family name', 'Last name', 'Surname', 'Nom', 'Nom de famille', 'Nachname'], text('familyName')],
  [['Name', 'Full name', 'Display name', 'Nom complet', 'Contact'], text('fullName')],
  [['Role', 'Title', 'Job title', 'Position', 'Fonction', 'Poste'], text('role')],
  [
    ['Organisation', 'Organization', 'Company', 'Outlet', 'Media', 'Média', 'Société', 'Firma'],
    text('organisation'),
  ],
  [['Email', 'E-mail', 'Mail', 'Email address', 'E-mail address', 'Courriel'], email()],
  [['Phone', 'Telephone', 'Téléphone', 'Tel', 'Tél.', 'Telefon'], phone('tel')],
  [['Mobile', 'Cell', 'Mobile phone', 'Portable', 'Handy'], phone('mobile')],
  [['Fax'], phone('fax')],
  [['City', 'Town', 'Ville', 'Stadt', 'Ort'], text('city')],
  [['Country', 'Pays', 'Land'], text('country')],
  [['Website', 'Web', 'URL', 'Site', 'Site web'], text('website')],
  [['Notes', 'Note', 'Comments', 'Remarques'], text('notes')],
  [['Tags', 'Categories', 'Labels', 'Catégories'], list('tags', 'semicolons')],
  [['Beats', 'Beat', 'Topics', 'Rubriques'], list('beats', 'semicolons')],
  [['Languages', 'Langues', 'Sprachen'], list('languages', 'semicolons')],
]);

/**
 * Recognises the application that wrote a CSV file from its header row and suggests which field each
 * column fills. A layout needs one of its signature headers; among those that have one, the layout
 * that understands the most columns wins. Columns it does not know, and files from elsewhere
 * (`unknown`), get a mapping guessed from common header words. Every header is in the mapping,
 * unrecognised ones as `ignore`.
 */
export function detectCsvLayout(headers: readonly string[]): { layout: CsvLayout; mapping: CsvMapping } {
  const keys = headers.map(headerKey);
  const keySet = new Set(keys);
  let best: { definition: LayoutDefinition; score: number } | null = null;
  for (const definition of layouts) {
    const { keys: signatureKeys, patterns } = definition.signatures;
    const signed = keys.some(
      (key) => signatureKeys.has(key) || patterns.some((pattern) => pattern.test(key)),
    );
    if (!signed) continue;
    const score = keys.filter((key) => definition.targetOf(key, keySet) !== undefined).length;
    if (!best || score > best.score) best = { definition, score };
  }
  // Columns the layout does not know (added by hand, or from another tool) get the generic guess.
  const targetOf = (key: string) => best?.definition.targetOf(key, keySet) ?? genericTargetOf(key) ?? ignore;
  // fromEntries makes own properties even of "__proto__", which a header may be.
  const mapping: CsvMapping = Object.fromEntries(
    headers.map((header, index) => [header, targetOf(keys[index] ?? '')]),
  );
  return { layout: best?.definition.layout ?? 'unknown', mapping };
}
