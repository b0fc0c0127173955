import { useAppStore } from '@/state/store';
import { Providers } from './providers';
import { AppShell } from './layout/app-shell';
import { UrlSync } from './url-sync/url-sync';

/** After UrlSync, which puts the link's view (embed included) into the store on its first render. */
function Layout() {
  return <AppShell embed={useAppStore((s) => s.embed)} />;
}

export function App() {
  return (
    <Providers>
      <UrlSync />
      <Layout />
    </Providers>
  );
}
