import { lazy } from 'react';

/** The menu, its writers and its print summary load as their own chunk, after the first view. */
export const ExportMenu = lazy(() => import('./export-menu').then((m) => ({ default: m.ExportMenu })));
