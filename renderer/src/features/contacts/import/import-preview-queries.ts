import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ContactImportPage } from '@shared/schemas/contact-transfer';
import { api } from '../../../app/api-client';

/** Records per page of the preview: a screen or two, whatever the size of the file. */
export const PREVIEW_PAGE_SIZE = 25;

/**
 * One page of what an import found, from the plan main keeps. Not under the contacts key: a plan
 * does not change when the directory does, and refreshing it would jump the person back.
 */
export function useImportPage(importId: string, kind: ContactImportPage['kind'], page: number) {
  return useQuery({
    queryKey: ['contact-import', importId, kind, page],
    queryFn: () =>
      api.getContactImportPage({
        importId,
        kind,
        offset: page * PREVIEW_PAGE_SIZE,
        limit: PREVIEW_PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** One list of the preview and the page of it shown: the page's data, the previous page's while the next one loads. */
export function usePagedImport(importId: string, kind: ContactImportPage['kind']) {
  const [page, setPage] = useState(0);
  const { data } = useImportPage(importId, kind, page);
  return { page, setPage, data };
}
