import { Providers } from './providers';
import { AppShell } from './layout/app-shell';
import { UrlSync } from './url-sync/url-sync';

export function App() {
  return (
    <Providers>
      <UrlSync />
      <AppShell />
    </Providers>
  );
}
