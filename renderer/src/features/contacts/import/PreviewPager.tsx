import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PREVIEW_PAGE_SIZE } from './import-preview-queries';

/** Pages of a preview list, with "21–40 of 312"; nothing when one page holds them all. */
export function PreviewPager({
  total,
  page,
  onPage,
  label,
}: {
  total: number;
  page: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / PREVIEW_PAGE_SIZE);
  if (pages <= 1) return null;
  const first = page * PREVIEW_PAGE_SIZE + 1;
  const last = Math.min(total, first + PREVIEW_PAGE_SIZE - 1);
  return (
    <Group justify="space-between" mt="xs">
      <Text size="xs" c="dimmed">
        {t('contactImport.range', { first, last, total })}
      </Text>
      <Pagination
        size="sm"
        total={pages}
        value={page + 1}
        onChange={(value) => onPage(value - 1)}
        aria-label={label}
        getControlProps={(control) => ({
          'aria-label': t(`contactImport.pager.${control}`),
        })}
        getItemProps={(number) => ({ 'aria-label': t('contactImport.pager.page', { number }) })}
      />
    </Group>
  );
}
