/** Geographic extents shared by the geo build and the map. */
import type { Bounds } from '../../../src/model/camera';

/** Natural Earth ids of the land seen around Denmark: Germany, Netherlands, Norway, Poland, Sweden. */
export const NEIGHBOUR_IDS = ['276', '528', '578', '616', '752'];

/** Background land is clipped a little beyond the panning bounds: a phone in portrait sees about 9° of latitude. */
export const NEIGHBOUR_BOX: Bounds = [1.5, 50.5, 20.5, 62];
