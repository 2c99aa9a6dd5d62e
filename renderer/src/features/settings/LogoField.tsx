import { Button, FileButton, Group, Image, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImageUp, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/schemas/settings';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/query-client';
import { fileToBase64 } from '../../ui/file-bytes';

/** The letterhead logo: a PNG or JPEG chosen from the disk, shown as it will print. */
export function LogoField({ logo, preview }: { logo: Settings['logo']; preview: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const saved = (settings: Settings) => {
    queryClient.setQueryData(queryKeys.settings, settings);
    return queryClient.invalidateQueries({ queryKey: [...queryKeys.settings, 'logo'] });
  };
  const upload = useMutation({
    mutationFn: async (file: File) => api.setLogo(await fileToBase64(file)),
    onSuccess: saved,
  });
  const remove = useMutation({ mutationFn: api.removeLogo, onSuccess: saved });
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {t('settings.logo')}
      </Text>
      <Group align="center">
        {logo && preview ? (
          <Image src={preview} alt={t('settings.logoAlt')} h={48} w="auto" fit="contain" />
        ) : null}
        <FileButton onChange={(file) => file && upload.mutate(file)} accept="image/png,image/jpeg">
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<ImageUp size={16} aria-hidden />}
              loading={upload.isPending}
            >
              {logo ? t('settings.replaceLogo') : t('settings.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {logo ? (
          <Button
            variant="subtle"
            color="red"
            leftSection={<Trash2 size={16} aria-hidden />}
            onClick={() => remove.mutate()}
          >
            {t('settings.removeLogo')}
          </Button>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('settings.logoHint')}
      </Text>
    </div>
  );
}
