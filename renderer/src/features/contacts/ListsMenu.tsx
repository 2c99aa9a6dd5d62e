import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ListChecks, Pencil, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactListSummary } from '@shared/schemas/contact-list';
import { useContactLists, useCreateList, useDeleteList, useRenameList } from './contacts-queries';

/** Creates, renames and deletes distribution lists. Members are added from a contact's detail. */
export function ListsMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<ListChecks size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('contacts.lists.manage')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('contacts.lists.title')}>
        <ListsManager />
      </Modal>
    </>
  );
}

function ListsManager() {
  const { t } = useTranslation();
  const lists = useContactLists().data ?? [];
  const createList = useCreateList();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    createList.mutate(name.trim(), { onSuccess: () => setName('') });
  };
  return (
    <Stack>
      {lists.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('contacts.lists.none')}
        </Text>
      ) : (
        lists.map((list) => <ListRow key={list.id} list={list} />)
      )}
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            flex={1}
            label={t('contacts.lists.newName')}
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.currentTarget.value)}
            data-autofocus
          />
          <Button type="submit" loading={createList.isPending}>
            {t('contacts.lists.create')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

function ListRow({ list }: { list: ContactListSummary }) {
  const { t } = useTranslation();
  const renameList = useRenameList();
  const deleteList = useDeleteList();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(list.name);
  if (editing) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim())
            renameList.mutate({ id: list.id, name: name.trim() }, { onSuccess: () => setEditing(false) });
        }}
      >
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            flex={1}
            label={t('contacts.lists.rename', { list: list.name })}
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.currentTarget.value)}
            data-autofocus
          />
          <Button type="submit">{t('contacts.lists.save')}</Button>
        </Group>
      </form>
    );
  }
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm">
        {list.name}{' '}
        <Text span c="dimmed" size="xs">
          {t('contacts.count', { count: list.size })}
        </Text>
      </Text>
      <Group gap={4}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('contacts.lists.rename', { list: list.name })}
          onClick={() => setEditing(true)}
        >
          <Pencil size={16} aria-hidden />
        </ActionIcon>
        {confirming ? (
          // Deleting a list loses who was on it: ask once more.
          <Button size="compact-xs" color="red" onClick={() => deleteList.mutate(list.id)}>
            {t('contacts.lists.confirmDelete', { list: list.name })}
          </Button>
        ) : (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('contacts.lists.delete', { list: list.name })}
            onClick={() => setConfirming(true)}
          >
            <Trash2 size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </Group>
  );
}
