import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactFilters } from '@shared/schemas/contact-query';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/query-client';
import { useDirectory, type DirectorySort } from './directory-store';

/** Rows fetched per request: a few screens' worth, so scrolling rarely waits. */
export const DIRECTORY_PAGE_SIZE = 100;

export interface DirectoryParams {
  text: string;
  filters: ContactFilters;
  sort: DirectorySort;
}

/**
 * The rows of the directory around what is on screen: the whole pages that cover
 * `firstRow..lastRow` come from main (which searches, filters and sorts) in one request. While the
 * next answer is on its way the previous rows stay on screen, so typing never flashes an empty list.
 */
export function useDirectoryWindow(params: DirectoryParams, firstRow: number, lastRow: number) {
  const firstPage = Math.floor(Math.max(0, firstRow) / DIRECTORY_PAGE_SIZE);
  const lastPage = Math.max(firstPage, Math.floor(Math.max(0, lastRow) / DIRECTORY_PAGE_SIZE));
  const offset = firstPage * DIRECTORY_PAGE_SIZE;
  const limit = (lastPage - firstPage + 1) * DIRECTORY_PAGE_SIZE;
  const query = useQuery({
    queryKey: [...queryKeys.contacts, 'window', params, offset, limit],
    queryFn: () => api.queryContacts({ ...params, offset, limit }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  return {
    total: data?.total ?? 0,
    loaded: data !== undefined,
    indexReady: data?.indexReady ?? true,
    rowAt: (row: number) => (data && row >= data.offset ? data.items[row - data.offset] : undefined),
  };
}

/** How many contacts the directory holds, whatever is searched: undefined until known. */
export function useDirectorySize(): number | undefined {
  return useQuery({
    queryKey: [...queryKeys.contacts, 'size'],
    queryFn: () => api.queryContacts({ limit: 1 }),
    select: (result) => result.total,
  }).data;
}

export function useContact(id: string | null) {
  return useQuery({
    queryKey: [...queryKeys.contacts, 'one', id],
    queryFn: () => api.getContact(id ?? ''),
    enabled: id !== null,
  });
}

export function useContactFacets() {
  return useQuery({ queryKey: [...queryKeys.contacts, 'facets'], queryFn: api.getContactFacets });
}

export function useContactLists() {
  return useQuery({ queryKey: queryKeys.lists, queryFn: api.listContactLists });
}

/**
 * Runs a change to contacts, then refreshes every view of them (and of the lists, whose sizes move).
 * `then` runs even when the component that asked is gone (an undo clicked in a notification after
 * its contact's detail pane closed), which callbacks given to `mutate` would not.
 */
function useContactMutation<Input, Output>(
  mutationFn: (input: Input) => Promise<Output>,
  then?: (output: Output) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (output) => {
      then?.(output);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
        queryClient.invalidateQueries({ queryKey: queryKeys.lists }),
      ]);
    },
  });
}

export const useCreateContact = () => useContactMutation(api.createContact);
export const useUpdateContact = () => useContactMutation(api.updateContact);
export const useDeleteContact = () => useContactMutation(api.deleteContact);
/** Undoes a deletion and shows the contact again. */
export const useRestoreContact = () =>
  useContactMutation(api.restoreContact, (restored) => useDirectory.getState().select(restored.id));
export const useCreateList = () => useContactMutation(api.createContactList);
export const useRenameList = () =>
  useContactMutation(({ id, name }: { id: string; name: string }) => api.renameContactList(id, name));
export const useDeleteList = () => useContactMutation(api.deleteContactList);
export const useAddToList = () =>
  useContactMutation(({ listId, contactIds }: { listId: string; contactIds: string[] }) =>
    api.addToContactList(listId, contactIds),
  );
export const useRemoveFromList = () =>
  useContactMutation(({ listId, contactIds }: { listId: string; contactIds: string[] }) =>
    api.removeFromContactList(listId, contactIds),
  );
