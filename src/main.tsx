import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/i18n/i18n';
import '@/index.css';
import { App } from '@/app/app';

const root = document.getElementById('root');
if (!root) throw new Error('Klyngekort: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
