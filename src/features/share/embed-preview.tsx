import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { SHARE_NS } from '@/i18n/panel-strings';
import { EMBED_SIZES, type EmbedSize } from '@/lib/share/embed-code';

/**
 * The embed as a host page would show it, at the chosen size, scaled down to fit the dialog when it is
 * wider (the frame keeps its real size inside, so the layout is the one readers get).
 */
export function EmbedPreview({ src, size }: { src: string; size: EmbedSize }) {
  const { t } = useTranslation(SHARE_NS);
  const box = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  const { width: w, height } = EMBED_SIZES[size];
  // Full width fills the column it is put in: here, the dialog's.
  const width = typeof w === 'number' ? w : available || EMBED_SIZES.small.width;
  const scale = available ? Math.min(1, available / width) : 1;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setAvailable(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium">
        {scale < 1 ? t('embed.previewScaled', { percent: Math.round(scale * 100) }) : t('embed.preview')}
      </figcaption>
      {/* Clipped to the scaled frame, whose own box keeps its real size. */}
      <div
        ref={box}
        className="rounded-md border border-line bg-canvas"
        style={{ height: height * scale, overflow: 'hidden' }}
      >
        <iframe
          src={src}
          title={t('embed.previewFrame')}
          width={width}
          height={height}
          style={{ border: 0, transform: `scale(${scale})`, transformOrigin: '0 0' }}
        />
      </div>
    </figure>
  );
}
