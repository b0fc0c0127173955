/**
 * The one zod import of the project: `zod/mini`, the tree-shakable build (the classic API cost the
 * app's first view about 20 kB gzip), with English messages, so validation reasons read
 * "Invalid option: expected one of …" in the CLI, the tests and the app's error screen alike.
 */
import { z } from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

export { z };
