import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/query-client';

/** One page of the directory, in name order. The previous page stays on screen while the next loads. */
export function useContactsPage(offset: number, limit: number) {
  return useQuery({
    queryKey: [...queryKeys.contacts, 'page', offset, limit],
    queryFn: () => api.listContacts({ offset, limit }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: api.createContact,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
  });
}
