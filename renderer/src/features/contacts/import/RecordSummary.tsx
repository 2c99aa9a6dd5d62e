import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactFields } from '@shared/schemas/contact';

/** A contact or an imported record in a few lines: name, role and outlet, first email and phone. */
export function RecordSummary({ fields, photo = false }: { fields: ContactFields; photo?: boolean }) {
  const { t } = useTranslation();
  const name = `${fields.givenName} ${fields.familyName}`.trim();
  const work = [fields.role, fields.organisation].filter((part) => part.trim() !== '').join(', ');
  const reach = [fields.emails[0]?.address, fields.phones[0]?.number].filter(Boolean).join(' · ');
  return (
    <Stack gap={0} miw={0}>
      <Text size="sm" fw={500} truncate>
        {name || fields.organisation}
        {photo ? (
          <Badge ml={6} size="xs" variant="light" color="gray">
            {t('contactImport.photo')}
          </Badge>
        ) : null}
      </Text>
      {name && work ? (
        <Text size="xs" c="dimmed" truncate>
          {work}
        </Text>
      ) : null}
      {reach ? (
        <Text size="xs" c="dimmed" truncate>
          {reach}
        </Text>
      ) : null}
    </Stack>
  );
}
