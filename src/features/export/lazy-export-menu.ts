import { lazy } from 'react';
import { importAfterFirstPaint } from '@/data/first-paint';

/** The menu, its writers and its print summary load as their own chunk, after the first paint. */
export const ExportMenu = lazy(() =>
  importAfterFirstPaint(() => import('./export-menu')).then((m) => ({ default: m.ExportMenu })),
);
