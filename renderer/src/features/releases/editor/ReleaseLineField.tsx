import { Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../settings/settings-queries';
import { useDraftField } from './use-draft';

/** "For immediate release", or an embargo with its date, time and time zone. */
export function ReleaseLineField() {
  const { t } = useTranslation();
  const labelId = useId();
  const [line, setLine] = useDraftField('releaseLine');
  const [dateline] = useDraftField('dateline');
  const timeZone = useSettings().data?.defaultTimeZone ?? 'UTC';
  const embargo = line.kind === 'embargo' ? line : null;

  return (
    <Stack gap={6} data-field="releaseLine">
      <Text component="div" id={labelId} size="sm" fw={500}>
        {t('editor.releaseLine')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={line.kind}
        data={[
          { value: 'immediate', label: t('editor.immediate') },
          { value: 'embargo', label: t('editor.embargo') },
        ]}
        onChange={(kind) =>
          setLine(
            kind === 'immediate'
              ? { kind: 'immediate' }
              : {
                  kind: 'embargo',
                  date: dateline.date ?? new Date().toISOString().slice(0, 10),
                  time: '10:00',
                  timeZone,
                },
          )
        }
      />
      {embargo ? (
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('editor.embargoDate')}
            value={embargo.date}
            onChange={(e) => e.currentTarget.value && setLine({ ...embargo, date: e.currentTarget.value })}
          />
          <TextInput
            type="time"
            label={t('editor.embargoTime')}
            value={embargo.time}
            onChange={(e) =>
              e.currentTarget.value && setLine({ ...embargo, time: e.currentTarget.value.slice(0, 5) })
            }
          />
          <Select
            label={t('editor.embargoTimeZone')}
            data={Intl.supportedValuesOf('timeZone')}
            value={embargo.timeZone}
            searchable
            allowDeselect={false}
            onChange={(zone) => zone && setLine({ ...embargo, timeZone: zone })}
          />
        </Group>
      ) : null}
    </Stack>
  );
}
