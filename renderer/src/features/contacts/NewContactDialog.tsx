import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emailAddressSchema } from '@shared/schemas/common';
import { phoneKinds } from '@shared/schemas/contact';
import { contactName } from './contact-format';
import { useCreateContact } from './contacts-queries';

type PhoneKind = (typeof phoneKinds)[number];

const emptyForm = {
  givenName: '',
  familyName: '',
  role: '',
  organisation: '',
  email: '',
  phone: '',
  phoneKind: 'tel' as PhoneKind,
  city: '',
};

interface NewContactDialogProps {
  opened: boolean;
  onClose: () => void;
}

/** Adds a media contact with the fields a press officer has at hand on the phone. */
export function NewContactDialog({ opened, onClose }: NewContactDialogProps) {
  const { t } = useTranslation();
  const createContact = useCreateContact();
  const [form, setForm] = useState(emptyForm);
  const [showErrors, setShowErrors] = useState(false);
  const set = (field: keyof typeof emptyForm) => (value: string) =>
    setForm((current) => ({ ...current, [field]: value }));

  const email = form.email.trim();
  const familyNameError = form.familyName.trim() ? null : t('contacts.newDialog.familyNameRequired');
  const emailError =
    email && !emailAddressSchema.safeParse(email).success ? t('contacts.newDialog.invalidEmail') : null;

  const close = () => {
    setForm(emptyForm);
    setShowErrors(false);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (familyNameError || emailError) return;
    const phone = form.phone.trim();
    createContact.mutate(
      {
        givenName: form.givenName.trim(),
        familyName: form.familyName.trim(),
        role: form.role.trim(),
        organisation: form.organisation.trim(),
        city: form.city.trim(),
        emails: email ? [{ address: email, label: 'work' }] : [],
        phones: phone ? [{ number: phone, kind: form.phoneKind }] : [],
      },
      {
        onSuccess: (contact) => {
          notifications.show({
            color: 'green',
            message: t('contacts.added', { name: contactName(contact) }),
          });
          close();
        },
      },
    );
  };

  const field = (name: keyof typeof emptyForm) => ({
    value: form[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => set(name)(event.currentTarget.value),
  });

  return (
    <Modal opened={opened} onClose={close} title={t('contacts.newDialog.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput label={t('contacts.newDialog.givenName')} {...field('givenName')} data-autofocus />
            <TextInput
              label={t('contacts.newDialog.familyName')}
              withAsterisk
              error={showErrors ? familyNameError : null}
              {...field('familyName')}
            />
          </Group>
          <TextInput label={t('contacts.newDialog.role')} {...field('role')} />
          <TextInput label={t('contacts.newDialog.organisation')} {...field('organisation')} />
          <TextInput
            label={t('contacts.newDialog.email')}
            type="email"
            error={showErrors ? emailError : null}
            {...field('email')}
          />
          <Group grow align="flex-start">
            <TextInput label={t('contacts.newDialog.phone')} type="tel" {...field('phone')} />
            <Select
              label={t('contacts.newDialog.phoneKind')}
              data={phoneKinds.map((kind) => ({ value: kind, label: t(`contacts.phoneKinds.${kind}`) }))}
              value={form.phoneKind}
              onChange={(value) => value && set('phoneKind')(value)}
              allowDeselect={false}
            />
          </Group>
          <TextInput label={t('contacts.newDialog.city')} {...field('city')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('contacts.newDialog.cancel')}
            </Button>
            <Button type="submit" loading={createContact.isPending}>
              {t('contacts.newDialog.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
