import { describe, expect, it } from 'vitest';
import { importRows, formatProblem } from './import-rows';
import { loadBuildInputs } from './inputs';

const inputs = loadBuildInputs();
const SOURCE = 'Årsrapport 2023: CenSec har åbnet et kontor i Esbjerg og arbejder på en indsats på Fyn.';

const run = (csv: string, sourceId = 'aarsrapport-2023') =>
  importRows(csv, {
    sourceId,
    primary: inputs.sources.registry.primary,
    sourceText: sourceId === inputs.sources.registry.primary ? (inputs.sources.texts[0]?.text ?? '') : SOURCE,
    clusters: inputs.sources.clusters,
    existingIds: new Set(inputs.sources.presences.map((p) => p.id)),
    geo: inputs,
  });

describe('data:import (CSV → records for geo/data/presences.json)', () => {
  it('prints stated records quoting the given source, placed as the build places them', () => {
    const { records, problems } = run(
      [
        'klynge;sted;status;type;citat',
        'CenSec;Esbjerg;Etableret;kontor;CenSec har åbnet et kontor i Esbjerg',
        'censec;Fyn;Under etablering;klyngeindsats;arbejder på en indsats på Fyn',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        id: 'censec--esbjerg',
        clusterId: 'censec',
        place: 'Esbjerg',
        status: 'established',
        kind: 'office',
        precision: 'city',
        basis: { type: 'stated' },
        quote: 'CenSec har åbnet et kontor i Esbjerg',
        source: 'aarsrapport-2023',
      },
      expect.objectContaining({ id: 'censec--fyn', precision: 'area', status: 'in-progress' }),
    ]);
  });

  it('reports each bad row by row and column: quote not in the source, place not in the quote, unknown town, existing id', () => {
    const { records, problems } = run(
      [
        'cluster,place,status,quote,lon',
        'CenSec,Esbjerg,established,CenSec har lukket Esbjerg,',
        'CenSec,Kolding,established,CenSec har åbnet et kontor i Esbjerg,',
        'CenSec,Esbjerg,established,CenSec har åbnet et kontor i Esbjerg,8.4',
        'Atlantis,Esbjerg,established,CenSec har åbnet et kontor i Esbjerg,',
      ].join('\n'),
    );
    expect(records).toEqual([]);
    expect(problems.map((p) => formatProblem('x.csv', p))).toEqual([
      'x.csv: row 2 column "quote": not found in source "aarsrapport-2023"',
      'x.csv: row 3 column "place": "Kolding" does not occur in its quote',
      'x.csv: row 4 column "lon": the dataset places towns through the gazetteer; add an alias to geo/data/aliases.json instead',
      'x.csv: row 5 column "cluster": unknown cluster "Atlantis"',
    ]);
    const existing = run(
      'klynge;sted;status;citat\nCLEAN;Roskilde;Etableret;For nylig har klyngen desuden åbnet kontor i Roskilde',
      inputs.sources.registry.primary,
    );
    expect(existing.problems.map((p) => p.reason)).toEqual(['presence "clean--roskilde" already exists']);
  });

  it('needs the quote column', () => {
    expect(run('klynge;sted;status\nCLEAN;Vejle;Etableret').problems[0]?.reason).toMatch(
      /missing columns: quote/,
    );
  });
});
