/** vCard lines joined as a vCard file wants them: CRLF, ending with one. */
const vcard = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/**
 * The directory's first import: two people, then two records that cannot be imported (record 3
 * has no name at all, record 4 an email address that is not one).
 */
export const pressListVcf = vcard(
  ...['BEGIN:VCARD', 'VERSION:4.0', 'FN:Inès Benali', 'N:Benali;Inès;;;', 'ORG:Le Quotidien Exemple'],
  ...['TITLE:Health reporter', 'EMAIL;TYPE=work:ines.benali@example.com', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:4.0', 'FN:Jonas Berg', 'N:Berg;Jonas;;;', 'ORG:Nordlys Radio'],
  ...['EMAIL:jonas@nordlys.example', 'TEL;TYPE=work:+47 22 00 11 22', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:3.0', 'FN:', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:4.0', 'FN:Marta Kowalska', 'N:Kowalska;Marta;;;', 'EMAIL:not-an-email'],
  'END:VCARD',
);

/** A second file: Inès again (same email, now with a mobile number) and one new person. */
export const updateVcf = vcard(
  ...['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ines Benali', 'N:Benali;Ines;;;', 'ORG:Le Quotidien Exemple'],
  ...['EMAIL;TYPE=INTERNET:INES.BENALI@EXAMPLE.COM', 'TEL;TYPE=CELL:+33 6 12 34 56 78', 'END:VCARD'],
  ...['BEGIN:VCARD', 'VERSION:4.0', 'FN:Aoife Byrne', 'N:Byrne;Aoife;;;', 'ORG:Irish Coast Times'],
  ...['EMAIL:aoife@coasttimes.example', 'END:VCARD'],
);

/** A Thunderbird address-book export: recognised by its columns. */
export const thunderbirdCsv = [
  'First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,Mobile Number,Job Title,Department,Organization,Notes',
  'Chidi,Okafor,Chidi Okafor,,chidi@lagos-ledger.example,,+234 1 555 0100,,Business editor,,Lagos Ledger,',
  'Sofia,Marin,Sofia Marin,,sofia.marin@example.es,,,+34 600 000 111,Correspondent,,Diario Ejemplo,Call after 10',
  '',
].join('\r\n');

/** A vCard cut short: its only card never ends, so no contact can be read from it. */
export const truncatedVcf = vcard('BEGIN:VCARD', 'VERSION:4.0', 'FN:Half a card', 'N:Card;Half;;;');

/** A spreadsheet whose columns no known application writes. */
export const unknownLayoutCsv = 'Who,Where\r\nSomeone,Somewhere\r\n';
