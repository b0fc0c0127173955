/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional: where the app fetches dataset.json from (default: data/dataset.json on its own origin). */
  readonly VITE_DATA_URL?: string;
}
