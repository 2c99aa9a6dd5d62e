import { Button, Group, Select, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Hash } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { releaseLanguages } from '@shared/languages';
import { releaseStatuses, type Release } from '@shared/schemas/release';
import { api } from '../../../app/api-client';
import { useSettings } from '../../settings/settings-queries';
import { useDraftField, useDraftStore } from './use-draft';

/** Reference number (typed, or the next one of the organisation's pattern), language and status. */
export function IdentityFields({ onNumbered }: { onNumbered: (release: Release) => void }) {
  const { t } = useTranslation();
  const store = useDraftStore();
  const [reference, setReference] = useDraftField('reference');
  const [language, setLanguage] = useDraftField('language');
  const [status, setStatus] = useDraftField('status');
  const assign = useMutation({
    mutationFn: async () => {
      // The number is given to the saved release: save pending edits first.
      const saved = await api.saveRelease(store.getState().release);
      return api.assignReleaseReference(saved.id);
    },
    onSuccess: onNumbered,
  });
  return (
    <Group align="flex-end" grow data-field="reference">
      <TextInput
        label={t('editor.reference')}
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
        placeholder={t('editor.referencePlaceholder')}
      />
      {reference.trim() === '' ? (
        <Button
          variant="light"
          leftSection={<Hash size={14} aria-hidden />}
          loading={assign.isPending}
          onClick={() => assign.mutate()}
        >
          {t('editor.assignReference')}
        </Button>
      ) : null}
      <Select
        label={t('editor.language')}
        data={releaseLanguages.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
        value={language}
        allowDeselect={false}
        onChange={(value) => value && setLanguage(value)}
      />
      <Select
        label={t('editor.status')}
        data={releaseStatuses.map((value) => ({ value, label: t(`releases.status.${value}`) }))}
        value={status}
        allowDeselect={false}
        onChange={(value) => value && setStatus(value)}
      />
    </Group>
  );
}

/** Headline, with its length against the 120 characters news feeds show, and subheadline. */
export function HeadlineFields() {
  const { t } = useTranslation();
  const [headline, setHeadline] = useDraftField('headline');
  const [subheadline, setSubheadline] = useDraftField('subheadline');
  const [language] = useDraftField('language');
  return (
    <>
      <Textarea
        data-field="headline"
        label={t('editor.headline')}
        description={t('editor.headlineLength', { length: headline.length })}
        autosize
        minRows={1}
        lang={language}
        spellCheck
        value={headline}
        maxLength={1_000}
        onChange={(e) => setHeadline(e.currentTarget.value.replace(/\n/g, ' '))}
        error={headline.length > 120 ? t('editor.headlineTooLong') : null}
      />
      <TextInput
        label={t('editor.subheadline')}
        lang={language}
        spellCheck
        value={subheadline}
        onChange={(e) => setSubheadline(e.currentTarget.value)}
      />
    </>
  );
}

/** "Strasbourg, 3 December 2013 –": the place and date that open the first paragraph. */
export function DatelineField() {
  const { t } = useTranslation();
  const [dateline, setDateline] = useDraftField('dateline');
  return (
    <Group grow align="flex-start" data-field="dateline">
      <TextInput
        label={t('editor.datelinePlace')}
        value={dateline.place}
        onChange={(e) => setDateline({ ...dateline, place: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('editor.datelineDate')}
        value={dateline.date ?? ''}
        onChange={(e) => setDateline({ ...dateline, date: e.currentTarget.value || null })}
      />
    </Group>
  );
}

/** The "About us" paragraph: the organisation's text for the release's language, or this release's own. */
export function BoilerplateField() {
  const { t } = useTranslation();
  const [boilerplate, setBoilerplate] = useDraftField('boilerplate');
  const [language] = useDraftField('language');
  const organisationText = useSettings().data?.boilerplate[language] ?? '';
  return (
    <div data-field="boilerplate">
      <Switch
        label={t('editor.ownBoilerplate')}
        checked={boilerplate !== null}
        onChange={(e) => setBoilerplate(e.currentTarget.checked ? organisationText : null)}
        mb="xs"
      />
      <Textarea
        label={t('editor.boilerplate')}
        description={boilerplate === null ? t('editor.boilerplateFromSettings') : undefined}
        autosize
        minRows={2}
        lang={language}
        value={boilerplate ?? organisationText}
        disabled={boilerplate === null}
        onChange={(e) => setBoilerplate(e.currentTarget.value)}
      />
    </div>
  );
}

export function TagsField() {
  const { t } = useTranslation();
  const [tags, setTags] = useDraftField('tags');
  return <TagsInput label={t('editor.tags')} value={tags} onChange={setTags} />;
}
