export const LAYERS: readonly string[];
export function layerZones(options: {
  tests: boolean;
}): { target: string; from: string[]; message: string }[];
