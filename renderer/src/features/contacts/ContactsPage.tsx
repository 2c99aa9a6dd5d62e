import { Badge, Button, EmptyState, Group, Pagination, Table, Text } from '@mantine/core';
import { UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schemas/contact';
import { PageHeader } from '../../ui/PageHeader';
import { contactName } from './contact-format';
import { useContactsPage } from './contacts-queries';
import { NewContactDialog } from './NewContactDialog';

const PAGE_SIZE = 50;

/** The media directory, a page at a time, in name order. */
export function ContactsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [dialogOpen, setDialogOpen] = useState(false);
  const contacts = useContactsPage((page - 1) * PAGE_SIZE, PAGE_SIZE);
  const total = contacts.data?.total ?? 0;
  const openDialog = () => setDialogOpen(true);

  return (
    <>
      <PageHeader
        title={t('contacts.title')}
        subtitle={contacts.data ? t('contacts.count', { count: total }) : undefined}
        actions={
          total > 0 ? (
            <Button leftSection={<UserPlus size={16} aria-hidden />} onClick={openDialog}>
              {t('contacts.addContact')}
            </Button>
          ) : null
        }
      />
      {contacts.isSuccess && total === 0 ? (
        <EmptyState
          mt="xl"
          icon={<Users size={40} aria-hidden />}
          title={t('contacts.emptyTitle')}
          description={t('contacts.emptyDescription')}
        >
          <EmptyState.Actions>
            <Button leftSection={<UserPlus size={16} aria-hidden />} onClick={openDialog}>
              {t('contacts.emptyAction')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : null}
      {total > 0 ? <ContactTable contacts={contacts.data?.items ?? []} /> : null}
      {total > PAGE_SIZE ? (
        <Group justify="center" mt="md">
          <Pagination
            total={Math.ceil(total / PAGE_SIZE)}
            value={page}
            onChange={setPage}
            aria-label={t('contacts.pagination')}
          />
        </Group>
      ) : null}
      <NewContactDialog opened={dialogOpen} onClose={() => setDialogOpen(false)} />
    </>
  );
}

function ContactTable({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  return (
    <Table className="data-table" highlightOnHover verticalSpacing="sm" aria-label={t('contacts.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('contacts.columns.name')}</Table.Th>
          <Table.Th>{t('contacts.columns.role')}</Table.Th>
          <Table.Th>{t('contacts.columns.organisation')}</Table.Th>
          <Table.Th>{t('contacts.columns.email')}</Table.Th>
          <Table.Th>{t('contacts.columns.phone')}</Table.Th>
          <Table.Th>{t('contacts.columns.city')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((contact) => (
          <Table.Tr key={contact.id}>
            <Table.Td>
              <Text fw={500} span>
                {contactName(contact)}
              </Text>
              {contact.doNotContact ? (
                <Badge ml="xs" color="red" variant="light" size="sm">
                  {t('contacts.doNotContact')}
                </Badge>
              ) : null}
            </Table.Td>
            <Table.Td>{contact.role}</Table.Td>
            <Table.Td>{contact.organisation}</Table.Td>
            <Table.Td>{contact.emails[0]?.address}</Table.Td>
            <Table.Td className="nowrap">{contact.phones[0]?.number}</Table.Td>
            <Table.Td>{contact.city}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
