import { lazy } from 'react';
import { importAfterFirstPaint } from '@/data/first-paint';

/** The button loads as its own chunk after the first paint, the dialog only when opened. */
export const ImportButton = lazy(() =>
  importAfterFirstPaint(() => import('./import-button')).then((m) => ({ default: m.ImportButton })),
);
