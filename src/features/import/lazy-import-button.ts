import { lazy } from 'react';

/** The button loads as its own chunk after the first view, the dialog only when opened. */
export const ImportButton = lazy(() => import('./import-button').then((m) => ({ default: m.ImportButton })));
