/**
 * The dataset's vocabulary and types, without zod: the first view imports values from here, so nothing
 * here may construct a schema. The schemas themselves are in dataset-schema.ts (build, tests, and the
 * app's lazily loaded validation); their types are re-exported type-only, which the bundler erases.
 */
export * from './business-areas';
export * from './vocabulary';
export type { Bilingual, Fact } from './schema-common';
export type { Cluster, Collaboration, Consolidation, KeyFigure, Milestone } from './cluster-schema';
export type {
  Basis,
  DatasetPresence,
  PlaceLink,
  Presence,
  PresenceObserved,
  SourcePresence,
} from './presence-schema';
export type {
  AliasesFile,
  AliasRecord,
  ClustersFile,
  PresencesFile,
  Source,
  SourcesFile,
} from './source-schema';
export type { UserBasis, UserPresence } from './user-presence-schema';
export type { Dataset, DatasetSource } from './dataset-schema';
export type {
  Conflict,
  DatedFact,
  History,
  HistoryPresence,
  HistorySource,
  Observation,
} from './history-schema';
