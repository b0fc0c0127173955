import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

const queryClient = new QueryClient({
  defaultOptions: {
    // Files come from our own origin: one quick retry covers a hiccup, then the user sees why and can
    // retry. A panel opening later does not refetch a failed file behind the message's back.
    queries: { retry: 1, retryDelay: 400, refetchOnWindowFocus: false, retryOnMount: false },
  },
});

export function Providers({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
