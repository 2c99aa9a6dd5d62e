import { useQuery } from '@tanstack/react-query';
import { api } from './api-client';
import { queryKeys } from './query-client';

/** The app's version, data folder and what the store had to repair while opening. */
export function useAppStatus() {
  return useQuery({ queryKey: queryKeys.appStatus, queryFn: api.getAppStatus });
}
