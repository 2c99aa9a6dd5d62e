import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schemas/contact';
import { api } from '../../app/api-client';
import { contactBlock, contactName, firstPhone } from './contact-format';
import { useDeleteContact, useRestoreContact } from './contacts-queries';
import { useDirectory } from './directory-store';

/**
 * What one can do with a contact from anywhere (the directory, its detail pane, the quick lookup):
 * copy its email, phone or contact block, write to it, or delete it with a way back.
 */
export function useContactActions() {
  const { t } = useTranslation();
  const deleteContact = useDeleteContact();
  const restoreContact = useRestoreContact();

  const copy = async (text: string, what: string) => {
    await api.copyText(text);
    notifications.show({ message: t('contacts.copied', { what }), autoClose: 2_500 });
  };

  return {
    copyEmail: (contact: Contact) => {
      const email = contact.emails[0]?.address;
      if (email) void copy(email, t('contacts.what.email'));
    },
    copyPhone: (contact: Contact) => {
      const phone = firstPhone(contact, 'mobile') ?? firstPhone(contact, 'tel') ?? contact.phones[0]?.number;
      if (phone) void copy(phone, t('contacts.what.phone'));
    },
    copyBlock: (contact: Contact) =>
      void copy(
        contactBlock(contact, { tel: t('contacts.block.tel'), mobile: t('contacts.block.mobile') }),
        t('contacts.what.block'),
      ),
    writeEmail: (contact: Contact) => {
      const email = contact.emails[0]?.address;
      if (email) void api.openExternal(`mailto:${email}`);
    },
    remove: (contact: Contact) => {
      deleteContact.mutate(contact.id, {
        onSuccess: (deleted) => {
          if (useDirectory.getState().selectedId === contact.id) useDirectory.getState().select(null);
          const id = `deleted-${contact.id}`;
          notifications.show({
            id,
            autoClose: 10_000,
            message: (
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t('contacts.deleted', { name: contactName(contact) })}</Text>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => {
                    notifications.hide(id);
                    restoreContact.mutate(deleted);
                  }}
                >
                  {t('contacts.undo')}
                </Button>
              </Group>
            ),
          });
        },
      });
    },
  };
}
