import type { Contact } from '../../shared/schemas/contact';
import { escapeHtml, link, safeHref } from './html';
import type { ReleaseLabels } from './labels';
import { plainTextParagraphs } from './plain-text';

function contactLine(className: string, label: string, valueHtml: string): string {
  return `<p class="${className}"><span class="release-contact-label">${escapeHtml(label)}</span> ${valueHtml}</p>`;
}

/** One person: name, "role, organisation", then tel, mobile and email, whichever they have. */
function contactHtml(contact: Contact, labels: ReleaseLabels): string {
  const name = `${contact.givenName} ${contact.familyName}`.trim();
  const affiliation = [contact.role.trim(), contact.organisation.trim()]
    .filter((part) => part !== '')
    .join(', ');
  const phones = (['tel', 'mobile'] as const).flatMap((kind) =>
    contact.phones
      .filter((phone) => phone.kind === kind)
      .map((phone) => contactLine('release-contact-phone', labels[kind], escapeHtml(phone.number))),
  );
  const emails = contact.emails.map((email) => {
    const href = safeHref(`mailto:${email.address}`);
    const address = escapeHtml(email.address);
    return contactLine('release-contact-email', labels.email, href ? link(href, address) : address);
  });
  const lines = [
    name === '' ? '' : `<p class="release-contact-name">${escapeHtml(name)}</p>`,
    affiliation === '' ? '' : `<p class="release-contact-role">${escapeHtml(affiliation)}</p>`,
    ...phones,
    ...emails,
  ].join('');
  return lines === '' ? '' : `<div class="release-contact">${lines}</div>`;
}

/**
 * The press contact block: each person chosen from the directory, then the free text (a press
 * office's switchboard, say) with its line breaks. One block that the paginator keeps whole.
 */
export function pressContactsHtml(
  contacts: readonly Contact[],
  freeText: string,
  labels: ReleaseLabels,
): string {
  const people = contacts.map((contact) => contactHtml(contact, labels)).filter((html) => html !== '');
  const freeParagraphs = plainTextParagraphs(freeText);
  const free =
    freeParagraphs.length === 0
      ? ''
      : `<div class="release-contact release-contact-text">${freeParagraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;
  if (people.length === 0 && free === '') return '';
  const title = people.length > 1 ? labels.pressContacts : labels.pressContact;
  return (
    '<section class="release-section release-contacts" data-keep-together>' +
    `<h2 class="release-section-title">${escapeHtml(title)}</h2>` +
    `<div class="release-contact-list">${people.join('')}${free}</div></section>`
  );
}
