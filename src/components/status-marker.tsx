import type { PresenceStatus } from '@/data/schema';
import { CASING_WIDTH, INFERRED_HALO, MARKER_RADIUS_STOPS, STATUS_MARKER } from '@/lib/presence/marker-style';

const RADIUS = MARKER_RADIUS_STOPS[0][1];
const WIDEST_RING = Math.max(...Object.values(STATUS_MARKER).map((s) => s.ring));

interface Props {
  status: PresenceStatus;
  color: string;
  inferred?: boolean;
  /** Diameter in pixels. */
  size?: number;
}

/** A presence marker drawn as on the map (same fill, ring and casing per status), for lists and the legend. */
export function StatusMarker({ status, color, inferred = false, size = 16 }: Props) {
  const style = STATUS_MARKER[status];
  // Scaled so the widest status ring, and the inferred halo, still fit in the box.
  const scale = size / 2 / (RADIUS + WIDEST_RING + CASING_WIDTH + (inferred ? INFERRED_HALO : 0));
  const r = RADIUS * scale;
  const ring = style.ring * scale;
  const outer = r + ring;
  return (
    <svg
      aria-hidden="true"
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      className="shrink-0"
    >
      {inferred && (
        <circle
          r={outer + CASING_WIDTH * scale + 2.5 * scale}
          fill="none"
          stroke="#3b464d"
          strokeWidth={1.3 * scale * 2}
          strokeDasharray={`${0.1} ${3.2 * scale}`}
          strokeLinecap="round"
        />
      )}
      <circle
        r={outer + (CASING_WIDTH * scale) / 2}
        fill="#ffffff"
        stroke="#1c2a33"
        strokeWidth={CASING_WIDTH * scale}
      />
      <circle r={r} fill={color} fillOpacity={style.fillOpacity} />
      {ring > 0 && <circle r={r + ring / 2} fill="none" stroke={color} strokeWidth={ring} />}
    </svg>
  );
}
