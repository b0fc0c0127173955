import { lazy, Suspense } from 'react';

// The embed's own code loads only for an embed (?embed=1).
const EmbedFrame = lazy(() => import('./embed-frame'));

/** The id of the description the embedded map is given (src/map/map-view.tsx sets it on the canvas). */
export const EMBED_DESCRIPTION_ID = 'embed-description';

/** The embed's title line or its description, above and under the map. */
export function EmbedPart({ part }: { part: 'title' | 'description' }) {
  return (
    <Suspense fallback={null}>
      <EmbedFrame part={part} descriptionId={EMBED_DESCRIPTION_ID} />
    </Suspense>
  );
}
