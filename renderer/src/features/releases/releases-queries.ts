import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReleaseQuery } from '@shared/schemas/release';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/query-client';

/** The release list for a search, filters and order. */
export function useReleases(query: ReleaseQuery = {}) {
  return useQuery({
    queryKey: [...queryKeys.releases, 'list', query],
    queryFn: () => api.queryReleases(query),
    placeholderData: keepPreviousData,
  });
}

export function useReleaseFacets() {
  return useQuery({ queryKey: [...queryKeys.releases, 'facets'], queryFn: api.getReleaseFacets });
}

export function useCreateRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: api.createRelease,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.releases }),
  });
}
