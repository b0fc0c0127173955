import { Providers } from './providers';
import { AppShell } from './layout/app-shell';
import { UrlSync } from './url-sync/url-sync';

export function App() {
  return (
    <Providers>
      <UrlSync />
      {/* After UrlSync, which puts the link's view (embed included) into the store on its first render. */}
      <AppShell />
    </Providers>
  );
}
