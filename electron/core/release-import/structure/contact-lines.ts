const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u;
/** "+33 3 88 41 33 35", "+33 (0)3 88 41 25 60", "0044 20 7946 0000". */
const INTERNATIONAL_PHONE = /(?<![\w+])(?:\+|00)\d{1,3}(?:[\s.()/-]*\d){6,}/;
/** "tel. 020 7946 0321", "Fax: 03 88 41 39 11", "Mobile 07700 900123", "Tél. 01 23 45 67 89". */
const LABELLED_PHONE =
  /(?<!\p{L})(?:tel|tél|phone|telephone|téléphone|mobile|mob|cell|fax|portable|handy|telefon|teléfono|telefono|móvil|movil|cellulare)(?!\p{L})\.?\s*:?\s*\(?\+?\d(?:[\s.()/-]*\d){5,}/iu;
const WEB_ADDRESS = /(?:^|\s)(?:https:\/\/|www\.)\S+/i;
const SENTENCE_END = /[.!?…"”»]$/;
/** Contact lines are short: a name and title, a number, an address. */
const MAX_CONTACT_LINE = 150;

/** Whether a line gives a way to reach someone: an e-mail address or a telephone number. */
export function hasContactDetail(line: string): boolean {
  return EMAIL.test(line) || INTERNATIONAL_PHONE.test(line) || LABELLED_PHONE.test(line);
}

/**
 * Whether a line reads like part of a contact block: short, and either a detail (e-mail, phone, web
 * address) or not a sentence (a name, a title, a department).
 */
export function isContactLine(line: string): boolean {
  if (line.length > MAX_CONTACT_LINE) return false;
  return hasContactDetail(line) || WEB_ADDRESS.test(line) || !SENTENCE_END.test(line);
}
