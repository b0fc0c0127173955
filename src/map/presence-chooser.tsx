import { useTranslation } from '@/i18n/use-translation';
import { Popup } from 'react-map-gl/maplibre';
import type { Presence } from '@/model/schema';
import type { PresenceText } from '@/components/use-presence-text';
import type { Chooser } from './use-presence-interaction';

interface Props {
  chooser: Chooser;
  presences: Map<string, Presence>;
  describe: (p: Presence) => PresenceText;
  onChoose: (presenceId: string) => void;
  onClose: (nonce: number) => void;
  /** Another heading, hint and a last line (an aggregate's: "64 of your own data points here"). */
  words?: { title: string; hint: string; more: string | null };
}

/**
 * On a stack, or where areas overlap (several clusters on Sjælland), a click asks which one is meant;
 * so does a click on imported presences that share one town.
 */
export function PresenceChooser({ chooser, presences, describe, onChoose, onClose, words }: Props) {
  const { t } = useTranslation('presences');
  const found = chooser.ids.map((id) => presences.get(id)).filter((p): p is Presence => !!p);
  return (
    <Popup
      key={chooser.nonce}
      longitude={chooser.longitude}
      latitude={chooser.latitude}
      maxWidth="300px"
      onClose={() => onClose(chooser.nonce)}
      className="presence-chooser"
    >
      <div role="group" aria-labelledby={`chooser-${chooser.nonce}`} className="text-ink">
        <p id={`chooser-${chooser.nonce}`} className="pr-5 text-sm font-semibold">
          {words?.title ?? t('chooser.title')}
        </p>
        <p className="text-xs text-muted">{words?.hint ?? t('chooser.hint')}</p>
        {/* A stack of eight fits a phone's map: the list scrolls rather than leave the screen. */}
        <ul className="mt-1.5 max-h-[min(22rem,50dvh)] space-y-1 overflow-y-auto">
          {found.map((p) => {
            const text = describe(p);
            return (
              <li key={p.id}>
                <button
                  type="button"
                  aria-label={text.name}
                  onClick={() => {
                    onClose(chooser.nonce);
                    onChoose(p.id);
                  }}
                  className="flex min-h-11 w-full flex-col items-start rounded px-2 py-1 text-left text-sm hover:bg-brand-soft"
                >
                  <span className="font-medium">{text.cluster}</span>
                  <span className="text-xs text-muted">
                    {text.place} · {text.status}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        {words?.more && <p className="mt-1 text-xs text-muted">{words.more}</p>}
      </div>
    </Popup>
  );
}
