/**
 * npm run data:build — validate geo/data/, geocode, derive admin units, validate the result, then write
 * public/data/dataset.json (the note: the first view), public/data/history.json (every other source, loaded
 * when the app shows them), public/data/gazetteer.json and public/data/population.json (residents and
 * measuring points, loaded with the coverage view and the area profile), copy the note to
 * public/data/note.md and the other sources' stored texts to public/data/sources/. Same inputs, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildDataset } from './data/build-dataset';
import { buildHistory } from './data/build-history';
import { danishPlaces } from './data/gazetteer-dk';
import { buildGazetteerFile, GAZETTEER_FILE, serialiseGazetteerFile } from './data/gazetteer-file';
import { loadBuildInputs } from './data/inputs';
import {
  buildPopulationFile,
  loadPopulationRows,
  POPULATION_FILE,
  serialisePopulationFile,
} from './data/population-build';
import { sha256 } from './data/load-sources';
import { abs, FILES, PUBLIC_SOURCES_DIR } from './data/paths';
import { reportFailure } from './data/report-failure';
import { serialiseDataset } from './data/serialise';

async function main() {
  const inputs = loadBuildInputs();
  const dataset = buildDataset(inputs);
  const datasetText = await serialiseDataset(dataset);
  const history = buildHistory(inputs, dataset, sha256(datasetText));
  mkdirSync(abs('public/data'), { recursive: true });
  writeFileSync(abs(FILES.dataset), datasetText);
  writeFileSync(abs(FILES.history), await serialiseDataset(history));
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
      const target = abs(`${PUBLIC_SOURCES_DIR}/${source.file}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, source.bytes);
    }
  }
  const areaLevel = dataset.presences.filter((p) => p.precision === 'area').length;
  console.log(
    `${FILES.dataset}: ${dataset.clusters.length} clusters, ${dataset.presences.length} presences ` +
      `(${dataset.presences.length - areaLevel} city, ${areaLevel} area); ` +
      `${FILES.history}: ${history.sources.length} sources, ${history.presences.length} more presences, ` +
      `${history.observations.length} observations, ${history.facts.length} dated facts, ` +
      `${history.conflicts.length} conflicts; ${FILES.note} copied; ` +
      `${GAZETTEER_FILE}: ${gazetteer.places.length} towns, ${gazetteer.aliases.length} aliases; ` +
      `${POPULATION_FILE}: ${population.municipalities.length} municipalities, ` +
      `${population.municipalities.reduce((sum, m) => sum + m.residents, 0)} residents`,
  );
}

main().catch((error: unknown) => reportFailure(error, 'data:build'));
