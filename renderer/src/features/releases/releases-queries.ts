import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/query-client';

export function useReleases() {
  return useQuery({ queryKey: queryKeys.releases, queryFn: () => api.queryReleases({}) });
}

export function useCreateRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: api.createRelease,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.releases }),
  });
}
