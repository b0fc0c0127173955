import { useId } from 'react';
import { WHITE_SPOT_COLORS } from '@/lib/coverage/patterns';
import { COUNT_COLORS } from '../styles/coverage-layers';

/** A legend key drawn like the map: a colour, the white-spot hatch, or the area-level stipple. */
export function LegendSwatch({ fill, ground = COUNT_COLORS[1] }: { fill: string; ground?: string }) {
  const id = useId();
  const box = 'h-3.5 w-5 shrink-0 rounded-sm border border-[#3b464d]/60';
  if (fill === 'white-spot') {
    return (
      <svg aria-hidden="true" className={box} viewBox="0 0 20 14">
        <defs>
          <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
            <rect width="6" height="6" fill={WHITE_SPOT_COLORS.ground} />
            <rect width="1.5" height="6" fill={WHITE_SPOT_COLORS.stripe} />
          </pattern>
        </defs>
        <rect width="20" height="14" fill={`url(#${id})`} />
      </svg>
    );
  }
  if (fill === 'area-level') {
    return (
      <svg aria-hidden="true" className={box} viewBox="0 0 20 14">
        <rect width="20" height="14" fill={ground} />
        {[
          [5, 4],
          [15, 10],
        ].map(([cx, cy]) => (
          <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="1.6" fill="#fff" stroke="#1c2a33" strokeWidth="1" />
        ))}
      </svg>
    );
  }
  return (
    <svg aria-hidden="true" className={box} viewBox="0 0 20 14">
      <rect width="20" height="14" fill={fill} />
    </svg>
  );
}
