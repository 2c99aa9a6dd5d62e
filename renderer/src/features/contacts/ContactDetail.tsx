import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  Menu,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { Copy, ListPlus, Mail, Pencil, Trash2, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schemas/contact';
import { api } from '../../app/api-client';
import { formatDateTime } from '../../ui/format';
import { contactName } from './contact-format';
import { useAddToList, useContact, useContactLists, useRemoveFromList } from './contacts-queries';
import { useDirectory } from './directory-store';
import { useContactActions } from './use-contact-actions';

/** Everything about the selected contact, with the actions one takes on the phone. */
export function ContactDetail({ contactId }: { contactId: string }) {
  const { t, i18n } = useTranslation();
  const query = useContact(contactId);
  const select = useDirectory((state) => state.select);
  if (!query.data) return null;
  const { contact, listIds } = query.data;
  return (
    <aside
      className="directory-detail"
      aria-label={t('contacts.detail.label', { name: contactName(contact) })}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2} size="h3" id="contact-detail-name" tabIndex={-1}>
            {contactName(contact)}
          </Title>
          <Text c="dimmed" size="sm">
            {[contact.role, contact.organisation !== contactName(contact) ? contact.organisation : '']
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <Tooltip label={t('contacts.detail.close')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('contacts.detail.close')}
            onClick={() => select(null)}
          >
            <X size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      {contact.doNotContact ? (
        <Badge color="red" variant="filled" mt="sm">
          {t('contacts.doNotContact')}
        </Badge>
      ) : null}
      <DetailActions contact={contact} />
      <Divider my="md" />
      <Stack gap="sm">
        <Field label={t('contacts.fields.emails')}>
          {contact.emails.map((email) => (
            <div key={email.address}>
              <Anchor
                component="button"
                type="button"
                onClick={() => void api.openExternal(`mailto:${email.address}`)}
              >
                {email.address}
              </Anchor>{' '}
              <Text span c="dimmed" size="xs">
                {t(`contacts.emailLabels.${email.label}`)}
              </Text>
            </div>
          ))}
        </Field>
        <Field label={t('contacts.fields.phones')}>
          {contact.phones.map((phone) => (
            <div key={`${phone.kind}${phone.number}`}>
              {phone.number}{' '}
              <Text span c="dimmed" size="xs">
                {t(`contacts.phoneKinds.${phone.kind}`)}
              </Text>
            </div>
          ))}
        </Field>
        <Field label={t('contacts.fields.place')}>
          {[contact.city, contact.country].filter(Boolean).join(', ')}
        </Field>
        <Field label={t('contacts.fields.address')}>
          {contact.address
            ? [
                contact.address.street,
                `${contact.address.postalCode} ${contact.address.city}`.trim(),
                contact.address.region,
                contact.address.country,
              ]
                .filter((line) => line.trim())
                .map((line) => <div key={line}>{line}</div>)
            : null}
        </Field>
        <Field label={t('contacts.fields.website')}>{contact.website}</Field>
        <Field label={t('contacts.fields.social')}>
          {contact.social.map((handle) => (
            <div key={`${handle.network}${handle.handle}`}>
              {handle.network}: {handle.handle}
            </div>
          ))}
        </Field>
        <Field label={t('contacts.fields.beats')}>{contact.beats.join(', ')}</Field>
        <Field label={t('contacts.fields.languages')}>{contact.languages.join(', ')}</Field>
        <Field label={t('contacts.fields.tags')}>{contact.tags.join(', ')}</Field>
        <ListsField contactId={contact.id} listIds={listIds} />
        <Field label={t('contacts.fields.pitchingPreferences')}>{contact.pitchingPreferences}</Field>
        <Field label={t('contacts.fields.notes')}>{contact.notes}</Field>
        <Field label={t('contacts.fields.consent')}>
          {contact.consent.basis === 'unknown' && !contact.consent.date
            ? null
            : [t(`contacts.consentBases.${contact.consent.basis}`), contact.consent.date]
                .filter(Boolean)
                .join(', ')}
        </Field>
        <Field label={t('contacts.fields.source')}>{contact.source}</Field>
        <Field label={t('contacts.fields.lastVerified')}>{contact.lastVerified}</Field>
        <Text c="dimmed" size="xs">
          {t('contacts.detail.updated', { when: formatDateTime(contact.updatedAt, i18n.language) })}
        </Text>
      </Stack>
    </aside>
  );
}

function DetailActions({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const actions = useContactActions();
  const openEditor = useDirectory((state) => state.openEditor);
  return (
    <Group gap="xs" mt="md">
      <Button
        size="xs"
        variant="light"
        leftSection={<Mail size={14} aria-hidden />}
        disabled={contact.emails.length === 0}
        onClick={() => actions.writeEmail(contact)}
      >
        {t('contacts.actions.writeEmail')}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={<Copy size={14} aria-hidden />}
        disabled={contact.emails.length === 0}
        onClick={() => actions.copyEmail(contact)}
      >
        {t('contacts.actions.copyEmail')}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={<Copy size={14} aria-hidden />}
        disabled={contact.phones.length === 0}
        onClick={() => actions.copyPhone(contact)}
      >
        {t('contacts.actions.copyPhone')}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={<Copy size={14} aria-hidden />}
        onClick={() => actions.copyBlock(contact)}
      >
        {t('contacts.actions.copyBlock')}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={<Pencil size={14} aria-hidden />}
        onClick={() => openEditor({ mode: 'edit', contactId: contact.id })}
      >
        {t('contacts.actions.edit')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<Trash2 size={14} aria-hidden />}
        onClick={() => actions.remove(contact)}
      >
        {t('contacts.actions.delete')}
      </Button>
    </Group>
  );
}

function ListsField({ contactId, listIds }: { contactId: string; listIds: readonly string[] }) {
  const { t } = useTranslation();
  const lists = useContactLists().data ?? [];
  const addToList = useAddToList();
  const removeFromList = useRemoveFromList();
  const onLists = lists.filter((list) => listIds.includes(list.id));
  const offLists = lists.filter((list) => !listIds.includes(list.id));
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {t('contacts.fields.lists')}
      </Text>
      <Group gap={6} mt={2}>
        {onLists.map((list) => (
          <Badge
            key={list.id}
            variant="light"
            rightSection={
              <ActionIcon
                size="xs"
                variant="transparent"
                aria-label={t('contacts.lists.removeFrom', { list: list.name })}
                onClick={() => removeFromList.mutate({ listId: list.id, contactIds: [contactId] })}
              >
                <X size={12} aria-hidden />
              </ActionIcon>
            }
          >
            {list.name}
          </Badge>
        ))}
        {offLists.length > 0 ? (
          <Menu position="bottom-start">
            <Menu.Target>
              <Button size="compact-xs" variant="subtle" leftSection={<ListPlus size={14} aria-hidden />}>
                {t('contacts.lists.addTo')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {offLists.map((list) => (
                <Menu.Item
                  key={list.id}
                  onClick={() => addToList.mutate({ listId: list.id, contactIds: [contactId] })}
                >
                  {list.name}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
    </div>
  );
}

/** A labelled value; hidden when there is nothing to show. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  const empty =
    children === null ||
    children === undefined ||
    children === '' ||
    (Array.isArray(children) && children.length === 0);
  if (empty) return null;
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
