import type { RegionPresence } from '@/lib/presence/cluster-summary';

/** ● established · ◐ announced only · – none, drawn as SVG (no symbol font needed). */
export function RegionGlyph({ state }: { state: RegionPresence }) {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="-7 -7 14 14" className="inline-block">
      {state === 'established' && <circle r="5.5" fill="#1c2a33" />}
      {state === 'announced' && (
        <>
          <circle r="5" fill="#ffffff" stroke="#1c2a33" strokeWidth="1.5" />
          <path d="M0 -5 A5 5 0 0 0 0 5 Z" fill="#1c2a33" />
        </>
      )}
      {state === 'none' && <line x1="-3.5" x2="3.5" y1="0" y2="0" stroke="#4f5d66" strokeWidth="1.5" />}
    </svg>
  );
}
