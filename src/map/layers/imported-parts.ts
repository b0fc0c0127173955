/**
 * What the map shows of the analyst's imported town presences, in one chunk of its own: the layers,
 * the aggregate's tooltip and its chooser (with their strings). A browser that keeps no imports never
 * loads it.
 */
export { default as ImportedPointLayers } from './imported-point-layers';
export { AggregateTooltip } from '../aggregate-tooltip';
export { AggregateChooser } from '../aggregate-chooser';
