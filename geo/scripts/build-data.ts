/**
 * npm run data:build — validate geo/data/, geocode, derive admin units, validate the result, then write
 * public/data/dataset.json, gazetteer.json and population.json, and copy the note to public/data/note.md. Same inputs, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildDataset } from './data/build-dataset';
import { danishPlaces } from './data/gazetteer-dk';
import { buildGazetteerFile, GAZETTEER_FILE, serialiseGazetteerFile } from './data/gazetteer-file';
import { loadBuildInputs } from './data/inputs';
import {
  buildPopulationFile,
  loadPopulationRows,
  POPULATION_FILE,
  serialisePopulationFile,
} from './data/population-build';
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
  // Residents and measuring points, for the coverage view and the area profile (loaded with them).
  const population = buildPopulationFile(loadPopulationRows(), inputs.admin.municipalities, danishPlaces());
  writeFileSync(abs(POPULATION_FILE), serialisePopulationFile(population));
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
      `${GAZETTEER_FILE}: ${gazetteer.places.length} towns, ${gazetteer.aliases.length} aliases; ` +
      `${POPULATION_FILE}: ${population.municipalities.length} municipalities, ` +
      `${population.municipalities.reduce((sum, m) => sum + m.residents, 0)} residents`,
  );
}

main().catch((error: unknown) => reportFailure(error, 'data:build'));
