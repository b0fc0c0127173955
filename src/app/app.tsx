import { Providers } from './providers';
import { AppShell } from './layout/app-shell';

export function App() {
  return (
    <Providers>
      <AppShell />
    </Providers>
  );
}
