import { lazy } from 'react';

/** The button loads as its own chunk after the first view, the dialog only when opened. */
export const ShareButton = lazy(() => import('./share-button').then((m) => ({ default: m.ShareButton })));
