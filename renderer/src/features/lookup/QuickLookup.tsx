import { Badge, Button, Group, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schemas/contact';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation-store';
import { queryKeys } from '../../app/query-client';
import { contactName } from '../contacts/contact-format';
import { useDirectory } from '../contacts/directory-store';
import { useContactActions } from '../contacts/use-contact-actions';

const RESULTS = 8;

/**
 * The quick lookup (Ctrl/Cmd+K from anywhere): type, see matches at once, Enter opens the contact,
 * Alt+E / Alt+P / Alt+B copy the email, phone or contact block, Alt+M writes an email.
 */
export function QuickLookup() {
  const { t } = useTranslation();
  const open = useNavigation((state) => state.lookupOpen);
  const close = useNavigation((state) => state.closeLookup);
  return (
    <Modal opened={open} onClose={close} title={t('lookup.title')} size="lg" yOffset="12vh">
      {open ? <LookupPanel onDone={close} /> : null}
    </Modal>
  );
}

function LookupPanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const actions = useContactActions();
  const results = useQuery({
    queryKey: [...queryKeys.contacts, 'lookup', text],
    queryFn: () => api.queryContacts({ text, limit: RESULTS }),
    enabled: text.trim() !== '',
    placeholderData: keepPreviousData,
  });
  const matches = text.trim() ? (results.data?.items ?? []) : [];
  const current = matches[Math.min(active, matches.length - 1)];

  const openContact = (contact: Contact) => {
    useNavigation.getState().goTo('contacts');
    useDirectory.getState().select(contact.id);
    onDone();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (matches.length === 0 ? 0 : (index + step + matches.length) % matches.length));
      return;
    }
    if (!current) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      openContact(current);
      return;
    }
    if (!event.altKey) return;
    const byKey: Record<string, (contact: Contact) => void> = {
      e: actions.copyEmail,
      p: actions.copyPhone,
      b: actions.copyBlock,
      m: actions.writeEmail,
    };
    const action = byKey[event.key.toLowerCase()] ?? byKey[event.code.replace('Key', '').toLowerCase()];
    if (action) {
      event.preventDefault();
      action(current);
    }
  };

  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        leftSection={<Search size={16} aria-hidden />}
        placeholder={t('lookup.placeholder')}
        aria-label={t('lookup.label')}
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls="lookup-results"
        aria-activedescendant={current ? `lookup-${current.id}` : undefined}
        aria-autocomplete="list"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div role="listbox" id="lookup-results" aria-label={t('lookup.results')} className="lookup-results">
        {matches.map((contact, index) => (
          <div
            key={contact.id}
            id={`lookup-${contact.id}`}
            role="option"
            aria-selected={contact === current}
            className="lookup-option"
            onMouseEnter={() => setActive(index)}
            onClick={() => openContact(contact)}
          >
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text fw={500} size="sm">
                  {contactName(contact)}
                  {contact.doNotContact ? (
                    <Badge color="red" variant="light" size="xs" ml={6}>
                      {t('contacts.doNotContact')}
                    </Badge>
                  ) : null}
                </Text>
                <Text c="dimmed" size="xs">
                  {[contact.role, contact.organisation, contact.emails[0]?.address, contact.phones[0]?.number]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
            </Group>
          </div>
        ))}
        {text.trim() && results.isSuccess && matches.length === 0 ? (
          <Text c="dimmed" size="sm" p="sm">
            {t('lookup.none', { text })}
          </Text>
        ) : null}
      </div>
      {current ? (
        <Group gap="xs">
          <Button size="xs" onClick={() => openContact(current)}>
            {t('lookup.open')} <Kbd ml={6}>↵</Kbd>
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={current.emails.length === 0}
            onClick={() => actions.copyEmail(current)}
          >
            {t('contacts.actions.copyEmail')} <Kbd ml={6}>Alt+E</Kbd>
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={current.phones.length === 0}
            onClick={() => actions.copyPhone(current)}
          >
            {t('contacts.actions.copyPhone')} <Kbd ml={6}>Alt+P</Kbd>
          </Button>
          <Button size="xs" variant="default" onClick={() => actions.copyBlock(current)}>
            {t('contacts.actions.copyBlock')} <Kbd ml={6}>Alt+B</Kbd>
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={current.emails.length === 0}
            onClick={() => actions.writeEmail(current)}
          >
            {t('contacts.actions.writeEmail')} <Kbd ml={6}>Alt+M</Kbd>
          </Button>
        </Group>
      ) : (
        <Text c="dimmed" size="xs">
          {t('lookup.hint')}
        </Text>
      )}
    </Stack>
  );
}
