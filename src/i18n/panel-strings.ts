import areaDa from './locales/da/area.json';
import areaEn from './locales/en/area.json';
import changesDa from './locales/da/changes.json';
import changesEn from './locales/en/changes.json';
import clusterDa from './locales/da/cluster.json';
import clusterEn from './locales/en/cluster.json';
import coverageDa from './locales/da/coverage.json';
import coverageEn from './locales/en/coverage.json';
import describeDa from './locales/da/describe.json';
import describeEn from './locales/en/describe.json';
import embedDa from './locales/da/embed.json';
import embedEn from './locales/en/embed.json';
import exportDa from './locales/da/export.json';
import exportEn from './locales/en/export.json';
import historyDa from './locales/da/history.json';
import historyEn from './locales/en/history.json';
import importDa from './locales/da/import.json';
import importEn from './locales/en/import.json';
import overviewDa from './locales/da/overview.json';
import overviewEn from './locales/en/overview.json';
import readerDa from './locales/da/reader.json';
import readerEn from './locales/en/reader.json';
import searchDa from './locales/da/search.json';
import searchEn from './locales/en/search.json';
import shareDa from './locales/da/share.json';
import shareEn from './locales/en/share.json';
import sourceDa from './locales/da/source.json';
import sourceEn from './locales/en/source.json';
import { i18n } from './instance';
import type { Strings } from './translator';

/**
 * The strings of the lazily loaded panels, in both languages, registered as this module loads: the
 * panels import it, so the strings stay out of the first view's language bundle (src/i18n/bundles,
 * whose glob leaves these namespaces out) and travel in the panels' own 'panel-strings' chunk.
 * Each constant is a namespace's name, for useTranslation.
 */
function defineNamespace(name: string, strings: { da: Strings; en: Strings }): string {
  i18n.addResourceBundle('da', name, strings.da);
  i18n.addResourceBundle('en', name, strings.en);
  return name;
}

export const AREA_NS = defineNamespace('area', { da: areaDa, en: areaEn });
export const CHANGES_NS = defineNamespace('changes', { da: changesDa, en: changesEn });
export const CLUSTER_NS = defineNamespace('cluster', { da: clusterDa, en: clusterEn });
export const COVERAGE_NS = defineNamespace('coverage', { da: coverageDa, en: coverageEn });
export const DESCRIBE_NS = defineNamespace('describe', { da: describeDa, en: describeEn });
export const EMBED_NS = defineNamespace('embed', { da: embedDa, en: embedEn });
export const EXPORT_NS = defineNamespace('export', { da: exportDa, en: exportEn });
export const HISTORY_NS = defineNamespace('history', { da: historyDa, en: historyEn });
export const IMPORT_NS = defineNamespace('import', { da: importDa, en: importEn });
export const OVERVIEW_NS = defineNamespace('overview', { da: overviewDa, en: overviewEn });
export const READER_NS = defineNamespace('reader', { da: readerDa, en: readerEn });
export const SEARCH_NS = defineNamespace('search', { da: searchDa, en: searchEn });
export const SHARE_NS = defineNamespace('share', { da: shareDa, en: shareEn });
export const SOURCE_NS = defineNamespace('source', { da: sourceDa, en: sourceEn });
