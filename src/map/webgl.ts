/** MapLibre 6 needs WebGL 2; asking for a context up front avoids a half-built map. */
export function webgl2Problem(): string | null {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return 'WebGL 2 is not available';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
