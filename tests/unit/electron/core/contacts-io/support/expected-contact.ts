import { blankContactFields, type ContactFields } from '../../../../../../electron/shared/schemas/contact';

/** A contact as an importer returns it: blank fields but for those given. */
export function expectedContact(fields: Partial<ContactFields>): ContactFields {
  return { ...blankContactFields(), ...fields };
}
