import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '@shared/schemas/settings';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/query-client';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: api.getSettings });
}

/** Saves a change to the settings; the screen shows the stored result as soon as main returns it. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: api.updateSettings,
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
}

/** The logo as a data URI, to show it in Settings as it prints; null when there is none. */
export function useLogoPreview(logo: Settings['logo']) {
  return useQuery({
    queryKey: [...queryKeys.settings, 'logo', logo?.file ?? null],
    queryFn: api.getLogo,
    enabled: logo !== null,
  });
}
