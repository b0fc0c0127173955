import type { LegendMark } from '@/lib/presence/legend-marks';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { StatusMarker } from '@/components/status-marker';

/** Small drawings of the map's marks beside the plain marker: the legend's keys, drawn as the map draws them. */

const NEUTRAL = '#44546a';
const INK = '#1c2a33';
const TINT = '#1f4e5f';

export function MarkSample({ mark }: { mark: LegendMark }) {
  switch (mark) {
    case 'inferred':
      return <StatusMarker status="established" color={NEUTRAL} inferred size={20} />;
    case 'imported':
      return <StatusMarker status="established" color={NEUTRAL} user size={20} />;
    case 'area':
      return <AreaSample />;
    case 'shared':
      return <SharedTownSample />;
    case 'selected':
      return <SelectedSample />;
  }
}

/** The area's tint with its soft inner edge, and one chip on it. */
function AreaSample() {
  return (
    <svg aria-hidden="true" width="22" height="20" viewBox="0 0 22 20" className="shrink-0">
      <rect x="0.5" y="0.5" width="21" height="19" rx="2" fill={TINT} fillOpacity="0.1" />
      <rect
        x="1.5"
        y="1.5"
        width="19"
        height="17"
        rx="1.5"
        fill="none"
        stroke={TINT}
        strokeOpacity="0.3"
        strokeWidth="2"
      />
      <rect x="5.5" y="4.5" width="11" height="11" rx="2" fill={NEUTRAL} stroke={INK} strokeWidth="1" />
    </svg>
  );
}

function SharedTownSample() {
  return (
    <svg aria-hidden="true" width="22" height="20" viewBox="-11 -10 22 20" className="shrink-0">
      {[-1, 1].map((side) => (
        <g key={side}>
          <line x1="0" y1="3" x2={side * 5.5} y2="-3" stroke="#3b464d" strokeWidth="1" />
          <circle cx={side * 5.5} cy="-3" r="4.5" fill={NEUTRAL} stroke={INK} strokeWidth="1" />
        </g>
      ))}
      <circle cx="0" cy="3" r="1.8" fill="#3b464d" stroke="#ffffff" strokeWidth="0.8" />
    </svg>
  );
}

const STACK_SAMPLE = (['energy-technology', 'life-science', 'robot-drone-technology'] as const).map(
  (area) => BUSINESS_AREA_STYLE[area].color,
);

/** A stack: a white disc with a band of its presences' colours and their number. */
export function StackSample() {
  const r = 7;
  const arc = (2 * Math.PI * r) / STACK_SAMPLE.length;
  return (
    <svg aria-hidden="true" width="22" height="22" viewBox="-11 -11 22 22" className="shrink-0">
      <circle r="10" fill="#ffffff" stroke={INK} strokeWidth="1.2" />
      {STACK_SAMPLE.map((color, i) => (
        <circle
          key={color}
          r={r}
          fill="none"
          stroke={color}
          strokeWidth="3"
          strokeDasharray={`${arc} ${2 * Math.PI * r - arc}`}
          strokeDashoffset={-i * arc}
          transform="rotate(-90)"
        />
      ))}
      <text y="3.5" textAnchor="middle" fontSize="9" fontWeight="600" fill={INK}>
        {STACK_SAMPLE.length}
      </text>
    </svg>
  );
}

function SelectedSample() {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="-10 -10 20 20" className="shrink-0">
      <circle r="8" fill="#ffffff" stroke={INK} strokeWidth="2.5" />
      <circle r="4.5" fill={NEUTRAL} stroke={INK} strokeWidth="1" />
    </svg>
  );
}

/** An aggregate of imported presences: a ring divided by business area, the count inside, the "+". */
export function AggregateSample() {
  const arcs = [
    { color: '#332288', from: 0, to: 0.55 },
    { color: '#999933', from: 0.55, to: 0.8 },
    { color: '#0f8a8a', from: 0.8, to: 1 },
  ];
  const point = (turn: number, r: number) => {
    const a = 2 * Math.PI * turn - Math.PI / 2;
    return `${(r * Math.cos(a)).toFixed(2)} ${(r * Math.sin(a)).toFixed(2)}`;
  };
  return (
    <svg aria-hidden="true" width="26" height="26" viewBox="-13 -13 26 26" className="shrink-0">
      <circle r="11.6" fill="#1c2a33" />
      {arcs.map((arc) => (
        <path
          key={arc.color}
          d={`M ${point(arc.from, 9)} A 9 9 0 ${arc.to - arc.from > 0.5 ? 1 : 0} 1 ${point(arc.to, 9)}`}
          fill="none"
          stroke={arc.color}
          strokeWidth="4.4"
        />
      ))}
      <circle r="6.4" fill="#ffffff" stroke="#1c2a33" strokeWidth="0.8" />
      <text y="2.6" textAnchor="middle" fontSize="7.5" fontWeight="600" fill="#1c2a33">
        42
      </text>
      <circle cx="8.6" cy="-8.6" r="3.6" fill="#1c2a33" stroke="#ffffff" strokeWidth="0.9" />
      <path d="M 6.9 -8.6 H 10.3 M 8.6 -10.3 V -6.9" stroke="#ffffff" strokeWidth="1" />
    </svg>
  );
}
