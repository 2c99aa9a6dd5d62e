import { emailAddressSchema } from '@shared/schemas/common';
import { blankContactFields, hasIdentity, type ContactFields } from '@shared/schemas/contact';

/** The form's state: the contact's fields, with the address always present for editing. */
export type ContactFormValues = Omit<ContactFields, 'address'> & {
  address: NonNullable<ContactFields['address']>;
};

const emptyAddress = { street: '', postalCode: '', city: '', region: '', country: '' };

export function toFormValues(fields: ContactFields = blankContactFields()): ContactFormValues {
  return { ...fields, address: fields.address ?? emptyAddress };
}

/** The fields to save: trimmed, blank rows dropped, an empty address stored as none. */
export function fromFormValues(values: ContactFormValues): ContactFields {
  const trim = (text: string) => text.trim();
  const address = Object.values(values.address).some((part) => part.trim())
    ? {
        street: trim(values.address.street),
        postalCode: trim(values.address.postalCode),
        city: trim(values.address.city),
        region: trim(values.address.region),
        country: trim(values.address.country),
      }
    : null;
  return {
    ...values,
    givenName: trim(values.givenName),
    familyName: trim(values.familyName),
    role: trim(values.role),
    organisation: trim(values.organisation),
    city: trim(values.city),
    country: trim(values.country),
    website: trim(values.website),
    source: trim(values.source),
    emails: values.emails
      .map((email) => ({ ...email, address: email.address.trim() }))
      .filter((email) => email.address),
    phones: values.phones
      .map((phone) => ({ ...phone, number: phone.number.trim() }))
      .filter((phone) => phone.number),
    social: values.social
      .map((entry) => ({ network: entry.network.trim(), handle: entry.handle.trim() }))
      .filter((entry) => entry.network && entry.handle),
    address,
  };
}

export type ContactFormErrors = Partial<
  Record<'identity' | `email${number}` | 'consentDate' | 'lastVerified', string>
>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Problems that stop the contact from being saved, as translation keys. */
export function validateContactForm(values: ContactFormValues): ContactFormErrors {
  const errors: ContactFormErrors = {};
  if (!hasIdentity(values)) errors.identity = 'contacts.form.identityRequired';
  values.emails.forEach((email, index) => {
    const address = email.address.trim();
    if (address && !emailAddressSchema.safeParse(address).success)
      errors[`email${index}`] = 'contacts.form.invalidEmail';
  });
  if (values.consent.date && !isoDate.test(values.consent.date))
    errors.consentDate = 'contacts.form.invalidDate';
  if (values.lastVerified && !isoDate.test(values.lastVerified))
    errors.lastVerified = 'contacts.form.invalidDate';
  return errors;
}
