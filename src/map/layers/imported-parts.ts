/**
 * What the map shows of aggregated town presences (the analyst's imports, or every town presence
 * when there are thousands), in one chunk of its own: the layers, the aggregate's tooltip and its
 * chooser (with their strings). A browser that keeps no imports never loads it for the note's data.
 */
export { default as AggregatedPointLayers } from './aggregated-point-layers';
export { AggregateTooltip } from '../aggregate-tooltip';
export { AggregateChooser } from '../aggregate-chooser';
