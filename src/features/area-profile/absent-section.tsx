import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import { Copy } from 'lucide-react';
import type { Presence } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import type { AbsentCluster, AreaProfile } from '@/lib/area-profile/profile';
import { roundKm } from '@/lib/area-profile/profile-json';
import { formatFixed } from '@/lib/format/figures';
import { TitledSection } from '@/components/titled-section';

interface Props {
  profile: AreaProfile<Presence>;
  clusterName: (id: string) => string;
  areaName: string;
}

/**
 * The clusters not here, each with its nearest counted presence: the lines an analyst pastes into a
 * board paper, so they can be copied as plain text too.
 */
export function AbsentSection({ profile, clusterName, areaName }: Props) {
  const { t } = useTranslation(AREA_NS);
  const language = useLanguage();
  const [copied, setCopied] = useState(false);
  const nearest = (a: AbsentCluster): string => {
    const n = a.nearest;
    if (!n) return t('absent.nothing');
    const places = [...new Set(n.presences.map((p) => p.place))].join(' / ');
    const km = formatFixed(roundKm(n.km), language);
    if (n.areaLevel) return t('absent.areaLevel', { places, from: n.from.name });
    return n.from.code === profile.unit.code || profile.unit.level === 'municipality'
      ? t('absent.nearest', { places, km })
      : t('absent.nearestFrom', { places, km, from: n.from.name });
  };
  const lines = profile.absent.map(
    (a) =>
      `${clusterName(a.clusterId)}: ${nearest(a)}${a.announcedHere ? ` (${t('absent.announcedHere')})` : ''}`,
  );
  const canCopy = typeof navigator !== 'undefined' && !!navigator.clipboard;
  const copy = async () => {
    await navigator.clipboard.writeText([`${areaName}: ${t('absent.title')}`, ...lines].join('\n'));
    setCopied(true);
  };
  return (
    <TitledSection title={t('absent.title')}>
      {profile.absent.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t('absent.none')}</p>
      ) : (
        <>
          <p className="mt-1 text-xs text-muted">{t('absent.intro')}</p>
          <ul className="mt-1 space-y-1 text-sm" data-testid="profile-absent">
            {profile.absent.map((a) => (
              <li key={a.clusterId}>
                <span className="font-semibold">{clusterName(a.clusterId)}</span>: {nearest(a)}
                {a.announcedHere && <em className="text-muted"> ({t('absent.announcedHere')})</em>}
              </li>
            ))}
          </ul>
          {canCopy && (
            <button
              type="button"
              onClick={() => void copy()}
              className="mt-2 inline-flex min-h-11 items-center gap-1.5 rounded-md border border-brand px-3 text-sm font-medium text-brand hover:bg-brand-soft lg:min-h-9"
            >
              <Copy aria-hidden="true" className="size-4" />
              {t('absent.copy')}
            </button>
          )}
          <p role="status" className="text-xs text-muted">
            {copied ? t('absent.copied') : ''}
          </p>
        </>
      )}
    </TitledSection>
  );
}
