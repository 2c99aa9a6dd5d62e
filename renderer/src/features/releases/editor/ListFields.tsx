import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftField } from './use-draft';

/** "More information" links: a label and an https or mailto address each. */
export function MoreInformationField() {
  const { t } = useTranslation();
  const [links, setLinks] = useDraftField('moreInformation');
  const change = (index: number, key: 'label' | 'url', value: string) =>
    setLinks(links.map((link, at) => (at === index ? { ...link, [key]: value } : link)));
  return (
    <RepeatedField
      field="moreInformation"
      title={t('editor.moreInformation')}
      items={links}
      removeLabel={(number) => t('editor.removeLink', { number })}
      onRemove={(index) => setLinks(links.filter((_, at) => at !== index))}
      addLabel={t('editor.addLink')}
      onAdd={() => setLinks([...links, { label: '', url: 'https://' }])}
      renderItem={(link, index) => (
        <>
          <TextInput
            flex={1}
            label={t('editor.linkLabel', { number: index + 1 })}
            value={link.label}
            onChange={(e) => change(index, 'label', e.currentTarget.value)}
          />
          <TextInput
            flex={1.4}
            type="url"
            label={t('editor.linkUrl', { number: index + 1 })}
            value={link.url}
            placeholder="https://"
            onChange={(e) => change(index, 'url', e.currentTarget.value)}
          />
        </>
      )}
    />
  );
}

/** Notes to editors: a numbered list, one note per box. */
export function NotesToEditorsField() {
  const { t } = useTranslation();
  const [notes, setNotes] = useDraftField('notesToEditors');
  return (
    <RepeatedField
      field="notesToEditors"
      title={t('editor.notesToEditors')}
      items={notes}
      removeLabel={(number) => t('editor.removeNote', { number })}
      onRemove={(index) => setNotes(notes.filter((_, at) => at !== index))}
      addLabel={t('editor.addNote')}
      onAdd={() => setNotes([...notes, ''])}
      renderItem={(note, index) => (
        <Textarea
          flex={1}
          autosize
          minRows={2}
          label={t('editor.noteNumber', { number: index + 1 })}
          value={note}
          onChange={(e) => setNotes(notes.map((item, at) => (at === index ? e.currentTarget.value : item)))}
        />
      )}
    />
  );
}

interface RepeatedFieldProps<Item> {
  /** The release field, for tests and styles. */
  field: string;
  title: string;
  items: readonly Item[];
  renderItem: (item: Item, index: number) => ReactNode;
  /** The remove button's label for row `number` (counted from 1), so each is told apart by ear. */
  removeLabel: (number: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
}

/** A titled list of rows, each with its own remove button, and an add button below. */
function RepeatedField<Item>({
  field,
  title,
  items,
  renderItem,
  removeLabel,
  onRemove,
  addLabel,
  onAdd,
}: RepeatedFieldProps<Item>) {
  return (
    <Stack gap={6} data-field={field}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      {items.map((item, index) => (
        <Group key={index} align="flex-start" wrap="nowrap">
          {renderItem(item, index)}
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={26}
            aria-label={removeLabel(index + 1)}
            onClick={() => onRemove(index)}
          >
            <Trash2 size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<Plus size={14} aria-hidden />}
          onClick={onAdd}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
