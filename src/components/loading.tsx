import { Hourglass } from 'lucide-react';

/**
 * `panel`: a side panel still on its way; the browser tests wait until none is left.
 * Still, not spinning: an animation asks the browser for a new frame at screen rate, and where the
 * map is drawn in software (no GPU: many office PCs and remote desktops) every frame competes with the
 * map's first draw. A spinner under the side panels delayed the first map by a fifth (npm run bench).
 */
export function Loading({ label, panel = false }: { label: string; panel?: boolean }) {
  return (
    <div
      data-panel-loading={panel || undefined}
      role="status"
      className="flex h-full min-h-24 items-center justify-center gap-2 p-4 text-sm text-muted"
    >
      <Hourglass aria-hidden="true" className="size-4" />
      {label}
    </div>
  );
}
