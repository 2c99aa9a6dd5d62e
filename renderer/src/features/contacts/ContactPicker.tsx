import { Badge, Combobox, Group, Pill, PillsInput, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schemas/contact';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/query-client';
import { contactName } from './contact-format';

interface ContactPickerProps {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  label: string;
  description?: string;
}

/**
 * Chooses contacts from the directory as one types (do-not-contact people are flagged); each
 * chosen one is a pill with a named remove button, and Backspace in the empty field removes the last.
 */
export function ContactPicker({ value: ids, onChange: setIds, label, description }: ContactPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 120);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const chosen = useQueries({
    queries: ids.map((id) => ({
      queryKey: [...queryKeys.contacts, 'one', id],
      queryFn: () => api.getContact(id),
    })),
  });
  const matches = useQuery({
    queryKey: [...queryKeys.contacts, 'picker', debounced],
    queryFn: () => api.queryContacts({ text: debounced, limit: 8 }),
    enabled: debounced.trim() !== '',
    placeholderData: keepPreviousData,
  });
  const options = (debounced.trim() ? (matches.data?.items ?? []) : []).filter(
    (contact) => !ids.includes(contact.id),
  );

  const add = (id: string) => {
    setIds([...ids, id]);
    setSearch('');
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={add}>
      <Combobox.DropdownTarget>
        <PillsInput label={label} description={description} onClick={() => combobox.openDropdown()}>
          <Pill.Group>
            {chosen.map((result, index) => {
              const contact = result.data?.contact;
              const id = ids[index]!;
              return (
                <Pill
                  key={id}
                  withRemoveButton
                  removeButtonProps={{
                    // Reachable and named, not only through Backspace in the search field.
                    'aria-hidden': false,
                    tabIndex: 0,
                    'aria-label': t('editor.removeContact', { name: contact ? contactName(contact) : '' }),
                  }}
                  onRemove={() => setIds(ids.filter((item) => item !== id))}
                >
                  {contact ? contactName(contact) : '…'}
                  {contact?.doNotContact ? ` · ${t('contacts.doNotContact')}` : ''}
                </Pill>
              );
            })}
            <Combobox.EventsTarget>
              <PillsInput.Field
                value={search}
                placeholder={t('editor.findContact')}
                aria-label={t('editor.findContact')}
                onChange={(event) => {
                  setSearch(event.currentTarget.value);
                  combobox.openDropdown();
                  combobox.updateSelectedOptionIndex();
                }}
                onFocus={() => combobox.openDropdown()}
                onBlur={() => combobox.closeDropdown()}
                onKeyDown={(event) => {
                  if (event.key === 'Backspace' && search === '' && ids.length > 0) setIds(ids.slice(0, -1));
                }}
              />
            </Combobox.EventsTarget>
          </Pill.Group>
        </PillsInput>
      </Combobox.DropdownTarget>
      <Combobox.Dropdown hidden={options.length === 0}>
        <Combobox.Options>
          {options.map((contact) => (
            <Combobox.Option value={contact.id} key={contact.id}>
              <ContactOption contact={contact} />
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

function ContactOption({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap">
      <div>
        <Text size="sm">{contactName(contact)}</Text>
        <Text size="xs" c="dimmed">
          {[contact.role, contact.organisation].filter(Boolean).join(' · ')}
        </Text>
      </div>
      {contact.doNotContact ? (
        <Badge color="red" variant="light" size="xs">
          {t('contacts.doNotContact')}
        </Badge>
      ) : null}
    </Group>
  );
}
