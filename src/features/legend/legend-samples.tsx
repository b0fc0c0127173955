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
