import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown until the settings arrive from main; says so plainly if they never do. */
export function LoadingScreen({ failed }: { failed: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Stack align="center" gap="sm">
        {failed ? null : <Loader aria-hidden />}
        <Text role="status">{failed ? t('app.bridgeMissing') : t('app.loading')}</Text>
      </Stack>
    </Center>
  );
}
