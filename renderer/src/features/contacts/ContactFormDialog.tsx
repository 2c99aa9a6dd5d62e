import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consentBases, phoneKinds, type Contact } from '@shared/schemas/contact';
import { api } from '../../app/api-client';
import { contactName } from './contact-format';
import {
  fromFormValues,
  toFormValues,
  validateContactForm,
  type ContactFormErrors,
  type ContactFormValues,
} from './contact-form-model';
import { useContact, useCreateContact, useUpdateContact } from './contacts-queries';
import { useDirectory } from './directory-store';

const emailLabels = ['work', 'home', 'other'] as const;

/** Adds a contact or edits one, depending on the directory's editor state. */
export function ContactFormDialog() {
  const editor = useDirectory((state) => state.editor);
  const openEditor = useDirectory((state) => state.openEditor);
  const editedId = editor.mode === 'edit' ? editor.contactId : null;
  const existing = useContact(editedId);
  const close = () => openEditor({ mode: 'closed' });
  const { t } = useTranslation();
  const ready = editor.mode === 'create' || existing.data !== undefined;
  return (
    <Modal
      opened={editor.mode !== 'closed'}
      onClose={close}
      title={editor.mode === 'edit' ? t('contacts.form.editTitle') : t('contacts.form.createTitle')}
      size="xl"
    >
      {ready && editor.mode !== 'closed' ? (
        <ContactForm
          key={editedId ?? 'new'}
          existing={editor.mode === 'edit' ? existing.data?.contact : undefined}
          onDone={close}
        />
      ) : null}
    </Modal>
  );
}

function ContactForm({ existing, onDone }: { existing: Contact | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ContactFormValues>(() => toFormValues(existing));
  const [showErrors, setShowErrors] = useState(false);
  const createContact = useCreateContact();
  const updateContact = useUpdateContact();
  const select = useDirectory((state) => state.select);
  const errors = validateContactForm(values);
  const duplicates = useDuplicates(values, existing?.id);

  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const error = (key: keyof ContactFormErrors) => (showErrors && errors[key] ? t(errors[key]) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(errors).length > 0) return;
    const fields = fromFormValues(values);
    const saved = (contact: Contact) => {
      notifications.show({
        color: 'green',
        message: t(existing ? 'contacts.saved' : 'contacts.added', { name: contactName(contact) }),
      });
      select(contact.id);
      onDone();
    };
    if (existing) updateContact.mutate({ ...fields, id: existing.id }, { onSuccess: saved });
    else createContact.mutate(fields, { onSuccess: saved });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {showErrors && errors.identity ? (
          <Alert color="red" variant="light">
            {t(errors.identity)}
          </Alert>
        ) : null}
        <Group grow align="flex-start">
          <TextInput
            label={t('contacts.fields.givenName')}
            value={values.givenName}
            onChange={(e) => set('givenName', e.currentTarget.value)}
            data-autofocus
          />
          <TextInput
            label={t('contacts.fields.familyName')}
            value={values.familyName}
            onChange={(e) => set('familyName', e.currentTarget.value)}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('contacts.fields.role')}
            value={values.role}
            onChange={(e) => set('role', e.currentTarget.value)}
          />
          <TextInput
            label={t('contacts.fields.organisation')}
            value={values.organisation}
            onChange={(e) => set('organisation', e.currentTarget.value)}
          />
        </Group>

        <Fieldset legend={t('contacts.fields.emails')}>
          <Stack gap="xs">
            {values.emails.map((email, index) => (
              <Group key={index} align="flex-start" wrap="nowrap">
                <TextInput
                  flex={1}
                  type="email"
                  label={t('contacts.form.emailNumber', { number: index + 1 })}
                  value={email.address}
                  error={error(`email${index}`)}
                  onChange={(e) =>
                    set(
                      'emails',
                      values.emails.map((item, at) =>
                        at === index ? { ...item, address: e.currentTarget.value } : item,
                      ),
                    )
                  }
                />
                <Select
                  w={130}
                  label={t('contacts.form.emailLabel')}
                  data={emailLabels.map((label) => ({
                    value: label,
                    label: t(`contacts.emailLabels.${label}`),
                  }))}
                  value={email.label}
                  allowDeselect={false}
                  onChange={(label) =>
                    label &&
                    set(
                      'emails',
                      values.emails.map((item, at) => (at === index ? { ...item, label } : item)),
                    )
                  }
                />
                <RemoveRow
                  label={t('contacts.form.removeEmail', { number: index + 1 })}
                  onClick={() =>
                    set(
                      'emails',
                      values.emails.filter((_, at) => at !== index),
                    )
                  }
                />
              </Group>
            ))}
            <AddRow
              label={t('contacts.form.addEmail')}
              onClick={() => set('emails', [...values.emails, { address: '', label: 'work' }])}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('contacts.fields.phones')}>
          <Stack gap="xs">
            {values.phones.map((phone, index) => (
              <Group key={index} align="flex-start" wrap="nowrap">
                <TextInput
                  flex={1}
                  type="tel"
                  label={t('contacts.form.phoneNumber', { number: index + 1 })}
                  value={phone.number}
                  onChange={(e) =>
                    set(
                      'phones',
                      values.phones.map((item, at) =>
                        at === index ? { ...item, number: e.currentTarget.value } : item,
                      ),
                    )
                  }
                />
                <Select
                  w={130}
                  label={t('contacts.form.phoneKind')}
                  data={phoneKinds.map((kind) => ({ value: kind, label: t(`contacts.phoneKinds.${kind}`) }))}
                  value={phone.kind}
                  allowDeselect={false}
                  onChange={(kind) =>
                    kind &&
                    set(
                      'phones',
                      values.phones.map((item, at) => (at === index ? { ...item, kind } : item)),
                    )
                  }
                />
                <RemoveRow
                  label={t('contacts.form.removePhone', { number: index + 1 })}
                  onClick={() =>
                    set(
                      'phones',
                      values.phones.filter((_, at) => at !== index),
                    )
                  }
                />
              </Group>
            ))}
            <AddRow
              label={t('contacts.form.addPhone')}
              onClick={() => set('phones', [...values.phones, { number: '', kind: 'tel' }])}
            />
          </Stack>
        </Fieldset>

        {duplicates.length > 0 ? (
          <Alert
            color="yellow"
            variant="light"
            title={t('contacts.form.duplicateTitle')}
            data-testid="duplicate-warning"
          >
            <Stack gap={4}>
              {duplicates.map((duplicate) => (
                <Group key={duplicate.id} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {contactName(duplicate)}
                    {duplicate.organisation ? ` · ${duplicate.organisation}` : ''}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => {
                      select(duplicate.id);
                      onDone();
                    }}
                  >
                    {t('contacts.form.openDuplicate')}
                  </Button>
                </Group>
              ))}
            </Stack>
          </Alert>
        ) : null}

        <Group grow align="flex-start">
          <TextInput
            label={t('contacts.fields.city')}
            value={values.city}
            onChange={(e) => set('city', e.currentTarget.value)}
          />
          <TextInput
            label={t('contacts.fields.country')}
            value={values.country}
            onChange={(e) => set('country', e.currentTarget.value)}
          />
        </Group>
        <TagsInput
          label={t('contacts.fields.beats')}
          value={values.beats}
          onChange={(beats) => set('beats', beats)}
        />
        <Group grow align="flex-start">
          <TagsInput
            label={t('contacts.fields.languages')}
            value={values.languages}
            onChange={(languages) => set('languages', languages)}
          />
          <TagsInput
            label={t('contacts.fields.tags')}
            value={values.tags}
            onChange={(tags) => set('tags', tags)}
          />
        </Group>

        <Fieldset legend={t('contacts.fields.address')}>
          <Stack gap="xs">
            <TextInput
              label={t('contacts.form.street')}
              value={values.address.street}
              onChange={(e) => set('address', { ...values.address, street: e.currentTarget.value })}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('contacts.form.postalCode')}
                value={values.address.postalCode}
                onChange={(e) => set('address', { ...values.address, postalCode: e.currentTarget.value })}
              />
              <TextInput
                label={t('contacts.form.addressCity')}
                value={values.address.city}
                onChange={(e) => set('address', { ...values.address, city: e.currentTarget.value })}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('contacts.form.region')}
                value={values.address.region}
                onChange={(e) => set('address', { ...values.address, region: e.currentTarget.value })}
              />
              <TextInput
                label={t('contacts.form.addressCountry')}
                value={values.address.country}
                onChange={(e) => set('address', { ...values.address, country: e.currentTarget.value })}
              />
            </Group>
          </Stack>
        </Fieldset>

        <TextInput
          label={t('contacts.fields.website')}
          value={values.website}
          onChange={(e) => set('website', e.currentTarget.value)}
        />
        <Fieldset legend={t('contacts.fields.social')}>
          <Stack gap="xs">
            {values.social.map((entry, index) => (
              <Group key={index} align="flex-start" wrap="nowrap">
                <TextInput
                  w={160}
                  label={t('contacts.form.network')}
                  value={entry.network}
                  onChange={(e) =>
                    set(
                      'social',
                      values.social.map((item, at) =>
                        at === index ? { ...item, network: e.currentTarget.value } : item,
                      ),
                    )
                  }
                />
                <TextInput
                  flex={1}
                  label={t('contacts.form.handle')}
                  value={entry.handle}
                  onChange={(e) =>
                    set(
                      'social',
                      values.social.map((item, at) =>
                        at === index ? { ...item, handle: e.currentTarget.value } : item,
                      ),
                    )
                  }
                />
                <RemoveRow
                  label={t('contacts.form.removeSocial', { number: index + 1 })}
                  onClick={() =>
                    set(
                      'social',
                      values.social.filter((_, at) => at !== index),
                    )
                  }
                />
              </Group>
            ))}
            <AddRow
              label={t('contacts.form.addSocial')}
              onClick={() => set('social', [...values.social, { network: '', handle: '' }])}
            />
          </Stack>
        </Fieldset>

        <Textarea
          label={t('contacts.fields.pitchingPreferences')}
          autosize
          minRows={2}
          value={values.pitchingPreferences}
          onChange={(e) => set('pitchingPreferences', e.currentTarget.value)}
        />
        <Textarea
          label={t('contacts.fields.notes')}
          autosize
          minRows={2}
          value={values.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
        />
        <Switch
          label={t('contacts.doNotContact')}
          description={t('contacts.form.doNotContactHint')}
          checked={values.doNotContact}
          onChange={(e) => set('doNotContact', e.currentTarget.checked)}
        />
        <Group grow align="flex-start">
          <Select
            label={t('contacts.form.consentBasis')}
            data={consentBases.map((basis) => ({ value: basis, label: t(`contacts.consentBases.${basis}`) }))}
            value={values.consent.basis}
            allowDeselect={false}
            onChange={(basis) => basis && set('consent', { ...values.consent, basis })}
          />
          <TextInput
            type="date"
            label={t('contacts.form.consentDate')}
            value={values.consent.date ?? ''}
            error={error('consentDate')}
            onChange={(e) => set('consent', { ...values.consent, date: e.currentTarget.value || null })}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('contacts.fields.source')}
            value={values.source}
            onChange={(e) => set('source', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('contacts.fields.lastVerified')}
            value={values.lastVerified ?? ''}
            error={error('lastVerified')}
            onChange={(e) => set('lastVerified', e.currentTarget.value || null)}
          />
        </Group>

        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('contacts.form.cancel')}
          </Button>
          <Button type="submit" loading={createContact.isPending || updateContact.isPending}>
            {existing
              ? t('contacts.form.save')
              : duplicates.length > 0
                ? t('contacts.form.addAnyway')
                : t('contacts.form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Existing contacts that share an email or a phone number with what is being typed. */
function useDuplicates(values: ContactFormValues, excludeId: string | undefined): Contact[] {
  const emails = values.emails.map((email) => email.address.trim()).filter(Boolean);
  const phones = values.phones.map((phone) => phone.number.trim()).filter(Boolean);
  // Debounce a string: a fresh object on every render would never settle.
  const [probeKey] = useDebouncedValue(JSON.stringify({ emails, phones }), 250);
  const probe = JSON.parse(probeKey) as { emails: string[]; phones: string[] };
  const wanted = probe.emails.length + probe.phones.length > 0;
  const query = useQuery({
    queryKey: ['contacts', 'duplicates', probeKey, excludeId],
    queryFn: () => api.findDuplicateContacts({ ...probe, excludeId }),
    enabled: wanted,
  });
  return wanted ? (query.data ?? []) : [];
}

function AddRow({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Group>
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<Plus size={14} aria-hidden />}
        onClick={onClick}
      >
        {label}
      </Button>
    </Group>
  );
}

function RemoveRow({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="gray" mt={26} aria-label={label} onClick={onClick}>
      <Trash2 size={16} aria-hidden />
    </ActionIcon>
  );
}
