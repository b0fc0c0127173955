import type { PresenceStatus } from '@/model/schema';
import {
  CASING_WIDTH,
  INFERRED_HALO,
  MARKER_RADIUS_STOPS,
  markerColor,
  SOURCE_BADGE_RADIUS,
  STATUS_MARKER,
  USER_BADGE_RADIUS,
  userBadgeOffset,
} from '@/lib/presence/marker-style';

const RADIUS = MARKER_RADIUS_STOPS[0][1];
const WIDEST_RING = Math.max(...Object.values(STATUS_MARKER).map((s) => s.ring));
const ARM = USER_BADGE_RADIUS * 0.58;
const PLUS = `M${-ARM} 0H${ARM}M0 ${-ARM}V${ARM}`;

interface Props {
  status: PresenceStatus;
  color: string;
  inferred?: boolean;
  /** Imported by the analyst: the map's "+" badge. */
  user?: boolean;
  /** Shown from a source other than the note: the map's ringed-dot badge, lower right. */
  otherSource?: boolean;
  /** Diameter in pixels. */
  size?: number;
}

/** A presence marker drawn as on the map (same fill, ring and casing per status), for lists and the legend. */
export function StatusMarker({
  status,
  color: areaColor,
  inferred = false,
  user = false,
  otherSource = false,
  size = 16,
}: Props) {
  const style = STATUS_MARKER[status];
  const color = markerColor(areaColor, status);
  // Scaled so the widest status ring, and the inferred halo or the badges, still fit in the box.
  const extra = Math.max(
    inferred ? INFERRED_HALO : 0,
    user ? USER_BADGE_RADIUS * 0.6 : 0,
    otherSource ? SOURCE_BADGE_RADIUS * 0.6 : 0,
  );
  const scale = size / 2 / (RADIUS + WIDEST_RING + CASING_WIDTH + extra);
  const badge = Math.max(USER_BADGE_RADIUS * scale, size * 0.24);
  // On the marker's upper right edge, kept inside the box.
  const badgeAt = Math.min(userBadgeOffset(RADIUS, status)[0] * scale, size / 2 - badge);
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
      {status === 'closed' && (
        <path
          d={`M${outer} ${-outer}L${-outer} ${outer}`}
          stroke="#1c2a33"
          strokeWidth={2.2 * scale}
          strokeLinecap="round"
        />
      )}
      {otherSource && (
        <g transform={`translate(${badgeAt} ${badgeAt}) scale(${badge / USER_BADGE_RADIUS})`}>
          <circle r={SOURCE_BADGE_RADIUS + 0.2} fill="#ffffff" stroke="#1c2a33" strokeWidth={1.2} />
          <circle r={SOURCE_BADGE_RADIUS * 0.38} fill="#1c2a33" />
        </g>
      )}
      {user && (
        // Larger than the map's badge at this scale: in a 20 px list marker a scaled badge would vanish.
        <g transform={`translate(${badgeAt} ${-badgeAt}) scale(${badge / USER_BADGE_RADIUS})`}>
          <circle r={USER_BADGE_RADIUS - 0.6} fill="#1c2a33" stroke="#ffffff" strokeWidth={1.2} />
          <path d={PLUS} stroke="#ffffff" strokeWidth={1.7} />
        </g>
      )}
    </svg>
  );
}
