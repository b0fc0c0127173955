/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional: where the app fetches dataset.json from (default: data/dataset.json on its own origin). */
  readonly VITE_DATA_URL?: string;
}

/** SHA-256 of the shipped public/data/dataset.json (scripts/vite/dataset-digest.ts); null if it is missing. */
declare const __KLYNGEKORT_DATASET_SHA256__: string | null;

/** SHA-256 of the shipped public/data/history.json (same plugin); null if it is missing. */
declare const __KLYNGEKORT_HISTORY_SHA256__: string | null;

/** MapLibre's stylesheet, trimmed to what the app shows (scripts/vite/maplibre-css.ts). */
declare module 'virtual:maplibre.css';
