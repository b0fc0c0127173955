import { useUrlSync } from './use-url-sync';

/** Mount once, before the layout: keeps the address bar and the store in step (see use-url-sync.ts). */
export function UrlSync() {
  useUrlSync();
  return null;
}
