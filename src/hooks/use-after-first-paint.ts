import { useEffect, useState } from 'react';
import { afterFirstPaint } from '@/data/first-paint';

/** False until the first paint is behind us (src/data/first-paint.ts), then true. */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void afterFirstPaint().then(() => {
      if (live) setDone(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return done;
}
