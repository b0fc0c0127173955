/** Formats JSON with the repo's Prettier config: readable, compact (short objects on one line) and byte-stable. */
import * as prettier from 'prettier';
import type { Dataset, History } from '../../../src/model/schema';
import { abs, FILES } from './paths';

export async function serialiseDataset(dataset: Dataset | History): Promise<string> {
  const config = (await prettier.resolveConfig(abs(FILES.dataset))) ?? {};
  return prettier.format(JSON.stringify(dataset), { ...config, parser: 'json' });
}
