import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useDraftField } from './use-draft';

/** "More information" links: a label and an https or mailto address each. */
export function MoreInformationField() {
  const { t } = useTranslation();
  const [links, setLinks] = useDraftField('moreInformation');
  const change = (index: number, key: 'label' | 'url', value: string) =>
    setLinks(links.map((link, at) => (at === index ? { ...link, [key]: value } : link)));
  return (
    <Stack gap={6} data-field="moreInformation">
      <Text size="sm" fw={500}>
        {t('editor.moreInformation')}
      </Text>
      {links.map((link, index) => (
        <Group key={index} align="flex-start" wrap="nowrap">
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
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={26}
            aria-label={t('editor.removeLink', { number: index + 1 })}
            onClick={() => setLinks(links.filter((_, at) => at !== index))}
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
          onClick={() => setLinks([...links, { label: '', url: 'https://' }])}
        >
          {t('editor.addLink')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Notes to editors: a numbered list, one note per box. */
export function NotesToEditorsField() {
  const { t } = useTranslation();
  const [notes, setNotes] = useDraftField('notesToEditors');
  return (
    <Stack gap={6} data-field="notesToEditors">
      <Text size="sm" fw={500}>
        {t('editor.notesToEditors')}
      </Text>
      {notes.map((note, index) => (
        <Group key={index} align="flex-start" wrap="nowrap">
          <Textarea
            flex={1}
            autosize
            minRows={2}
            label={t('editor.noteNumber', { number: index + 1 })}
            value={note}
            onChange={(e) => setNotes(notes.map((item, at) => (at === index ? e.currentTarget.value : item)))}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={26}
            aria-label={t('editor.removeNote', { number: index + 1 })}
            onClick={() => setNotes(notes.filter((_, at) => at !== index))}
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
          onClick={() => setNotes([...notes, ''])}
        >
          {t('editor.addNote')}
        </Button>
      </Group>
    </Stack>
  );
}
