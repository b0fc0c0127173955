import { lazy, Suspense } from 'react';
import { useFullAppLink } from './use-full-app-link';

// The embed's own code loads only for an embed (?embed=1); it gets the link from here, so the URL code
// stays in the first view's chunk and is not split out to be shared with it.
const EmbedFrame = lazy(() => import('./embed-frame'));

/** The id of the description the embedded map is given (src/map/map-view.tsx sets it on the canvas). */
export const EMBED_DESCRIPTION_ID = 'embed-description';

/** The embed's title line or its description, above and under the map. */
export function EmbedPart({ part }: { part: 'title' | 'description' }) {
  const link = useFullAppLink();
  return (
    <Suspense fallback={null}>
      <EmbedFrame part={part} link={link} descriptionId={EMBED_DESCRIPTION_ID} />
    </Suspense>
  );
}
