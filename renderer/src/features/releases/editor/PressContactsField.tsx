import { Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactPicker } from '../../contacts/ContactPicker';
import { useDraftField } from './use-draft';

/** The release's press contacts from the directory, plus a free-text block (a switchboard, a press office line). */
export function PressContactsField() {
  const { t } = useTranslation();
  const [ids, setIds] = useDraftField('pressContactIds');
  const [text, setText] = useDraftField('pressContactText');
  return (
    <Stack gap={6} data-field="pressContacts">
      <ContactPicker
        value={ids}
        onChange={setIds}
        label={t('editor.pressContacts')}
        description={t('editor.pressContactsHint')}
      />
      <Textarea
        label={t('editor.pressContactText')}
        description={t('editor.pressContactTextHint')}
        autosize
        minRows={2}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
    </Stack>
  );
}
