import type { ReactNode } from 'react';
import type { Contact } from '@shared/schemas/contact';
import type { ContactSortColumn } from '@shared/schemas/contact-query';
import type { DirectoryColumn } from '@shared/schemas/settings';
import { formatDateTime } from '../../ui/format';

export interface ColumnSpec {
  /** The grid track of the column. */
  width: string;
  /** The server-side order this column sorts by, when it can sort. */
  sort: ContactSortColumn | null;
  render: (contact: Contact, language: string) => ReactNode;
}

/** The directory's optional columns; the name column is always first and is not listed here. */
export const contactColumns: Record<DirectoryColumn, ColumnSpec> = {
  role: { width: 'minmax(120px, 1fr)', sort: 'role', render: (contact) => contact.role },
  organisation: {
    width: 'minmax(140px, 1.2fr)',
    sort: 'organisation',
    render: (contact) => contact.organisation,
  },
  email: { width: 'minmax(160px, 1.3fr)', sort: null, render: (contact) => contact.emails[0]?.address },
  phone: { width: 'minmax(130px, 0.9fr)', sort: null, render: (contact) => contact.phones[0]?.number },
  city: { width: 'minmax(90px, 0.7fr)', sort: 'city', render: (contact) => contact.city },
  country: { width: 'minmax(90px, 0.7fr)', sort: 'country', render: (contact) => contact.country },
  beats: { width: 'minmax(120px, 1fr)', sort: null, render: (contact) => contact.beats.join(', ') },
  tags: { width: 'minmax(120px, 1fr)', sort: null, render: (contact) => contact.tags.join(', ') },
  updated: {
    width: 'minmax(130px, 0.8fr)',
    sort: 'updated',
    render: (contact, language) => formatDateTime(contact.updatedAt, language),
  },
};

export const NAME_COLUMN_WIDTH = 'minmax(210px, 1.6fr)';
