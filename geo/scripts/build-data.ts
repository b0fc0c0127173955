/**
 * npm run data:build — validate geo/data/, geocode, derive admin units, validate the result, then write
 * public/data/dataset.json and copy the note to public/data/note.md. Same inputs, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildDataset } from './data/build-dataset';
import { danishPlaces } from './data/gazetteer-dk';
import { buildGazetteerFile, GAZETTEER_FILE, serialiseGazetteerFile } from './data/gazetteer-file';
import { loadBuildInputs } from './data/inputs';
import { abs, FILES, PUBLIC_SOURCES_DIR } from './data/paths';
import { reportFailure } from './data/report-failure';
import { serialiseDataset } from './data/serialise';

async function main() {
  const inputs = loadBuildInputs();
  const dataset = buildDataset(inputs);
  mkdirSync(abs('public/data'), { recursive: true });
  writeFileSync(abs(FILES.dataset), await serialiseDataset(dataset));
  // The app places imported presences with the same towns and aliases (loaded only when importing).
  const gazetteer = buildGazetteerFile(danishPlaces(), inputs.sources.aliases, inputs.admin);
  writeFileSync(abs(GAZETTEER_FILE), serialiseGazetteerFile(gazetteer));
  for (const source of inputs.sources.texts) {
    if (source.id === inputs.sources.registry.primary) {
      writeFileSync(abs(FILES.note), source.bytes);
    } else {
      mkdirSync(abs(PUBLIC_SOURCES_DIR), { recursive: true });
      writeFileSync(abs(`${PUBLIC_SOURCES_DIR}/${source.file}`), source.bytes);
    }
  }
  const areaLevel = dataset.presences.filter((p) => p.precision === 'area').length;
  console.log(
    `${FILES.dataset}: ${dataset.clusters.length} clusters, ${dataset.presences.length} presences ` +
      `(${dataset.presences.length - areaLevel} city, ${areaLevel} area); ${FILES.note} copied; ` +
      `${GAZETTEER_FILE}: ${gazetteer.places.length} towns, ${gazetteer.aliases.length} aliases`,
  );
}

main().catch((error: unknown) => reportFailure(error, 'data:build'));
