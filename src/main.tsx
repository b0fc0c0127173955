import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '@/i18n/i18n';
// MapLibre's stylesheet without what the app never shows (scripts/vite/maplibre-css.ts), before the app's own.
import 'virtual:maplibre.css';
import '@/index.css';
import { App } from '@/app/app';
import { prewarmMap } from '@/map/prewarm';
import { showStartupFailure } from '@/app/startup-failure';
import { holdUntilFirstPaint, onFirstContentfulPaint } from '@/data/first-paint';

prewarmMap();
const releaseDownloads = holdUntilFirstPaint();

const root = document.getElementById('root');
if (!root) throw new Error('Klyngekort: #root is missing from index.html');

try {
  // Strings first: the app never shows untranslated keys. MapLibre and its worker are already loading.
  await i18nReady;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} catch (error) {
  showStartupFailure(root, error);
} finally {
  // The data waits for the first text on screen (src/data/first-paint.ts).
  onFirstContentfulPaint(releaseDownloads);
}
