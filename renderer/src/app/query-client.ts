import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/**
 * Data comes from main and changes only when main says so (a mutation, or a `store:changed`
 * event), so queries never go stale on their own and never refetch behind the person's back.
 * Every failure goes to `onError`, which shows it.
 */
export function createQueryClient(onError: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export const queryKeys = {
  appStatus: ['app-status'] as const,
  /** The store says its status changed: the app status, under the name of the store's event. */
  status: ['app-status'] as const,
  settings: ['settings'] as const,
  releases: ['releases'] as const,
  contacts: ['contacts'] as const,
  lists: ['lists'] as const,
};
