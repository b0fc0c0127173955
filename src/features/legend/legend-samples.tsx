/** Small drawings of the map's marks that are not a plain marker: hatched area, ring of a shared town, selection. */

export function AreaSample({ color }: { color: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-5 shrink-0 rounded-sm border-2 border-dashed border-ink"
      style={{ background: `repeating-linear-gradient(135deg, ${color} 0 2px, transparent 2px 7px)` }}
    />
  );
}

export function SharedTownSample() {
  return (
    <svg aria-hidden="true" width="22" height="20" viewBox="-11 -10 22 20" className="shrink-0">
      {[-1, 1].map((side) => (
        <g key={side}>
          <line x1="0" y1="3" x2={side * 5.5} y2="-3" stroke="#3b464d" strokeWidth="1" />
          <circle cx={side * 5.5} cy="-3" r="4.5" fill="#44546a" stroke="#1c2a33" strokeWidth="1" />
        </g>
      ))}
      <circle cx="0" cy="3" r="1.8" fill="#3b464d" stroke="#ffffff" strokeWidth="0.8" />
    </svg>
  );
}

export function SelectedSample() {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="-10 -10 20 20" className="shrink-0">
      <circle r="8" fill="#ffffff" stroke="#1c2a33" strokeWidth="2.5" />
      <circle r="4.5" fill="#44546a" stroke="#1c2a33" strokeWidth="1" />
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
