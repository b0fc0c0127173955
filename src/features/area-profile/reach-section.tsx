import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import type { Presence } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import type { AreaProfile } from '@/lib/area-profile/profile';
import type { Rank } from '@/lib/area-profile/ranks';
import { RADII_KM } from '@/lib/coverage/residents';
import { formatFixed } from '@/lib/format/figures';
import { TitledSection } from '@/components/titled-section';

/**
 * Residents within 25 and 50 km of a counted presence (of the selected clusters, and of any cluster
 * when a filter narrows them), and where the area stands among its peers on those measures.
 */
export function ReachSection({ profile }: { profile: AreaProfile<Presence> }) {
  const { t } = useTranslation(AREA_NS);
  const language = useLanguage();
  const value = (residents: number) =>
    t('reach.value', {
      residents,
      percent: formatFixed(profile.residents ? (residents / profile.residents) * 100 : 0, language),
    });
  const any = profile.withinAnyCluster;
  const peers = profile.ranks ? t(`peers.${profile.unit.level}`) : '';
  const rank = (r: Rank) =>
    t(r.tied ? 'ranks.tied' : 'ranks.value', { position: r.position, of: r.of, peers });
  const cell = 'px-1 py-1.5 text-right tabular-nums';
  return (
    <TitledSection title={t('reach.title')}>
      <table className="mt-1 w-full border-collapse text-sm" data-testid="profile-reach">
        <caption className="sr-only">{t('reach.caption')}</caption>
        <thead>
          <tr className="border-b border-line text-xs text-muted">
            <th scope="col" className="px-1 py-1 text-left font-semibold">
              {t('reach.distance')}
            </th>
            <th scope="col" className="px-1 py-1 text-right font-semibold">
              {t('reach.selected')}
            </th>
            {any && (
              <th scope="col" className="px-1 py-1 text-right font-semibold">
                {t('reach.any')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {RADII_KM.map((km) => (
            <tr key={km} className="border-b border-line/60">
              <th scope="row" className="px-1 py-1.5 text-left font-medium">
                {t('reach.within', { km })}
              </th>
              <td className={cell}>{value(profile.within[km])}</td>
              {any && <td className={cell}>{value(any[km])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-muted">{t('reach.method')}</p>
      {profile.ranks && (
        <div className="mt-3">
          <h5 className="text-sm font-semibold">{t('ranks.title')}</h5>
          <dl
            className="mt-1 grid grid-cols-[1fr_auto] gap-x-3 gap-y-0.5 text-sm"
            data-testid="profile-ranks"
          >
            <dt className="text-muted">{t('ranks.clusters')}</dt>
            <dd className="tabular-nums">{rank(profile.ranks.clusters)}</dd>
            <dt className="text-muted">{t('ranks.within25')}</dt>
            <dd className="tabular-nums">{rank(profile.ranks.within25)}</dd>
            <dt className="text-muted">{t('ranks.within50')}</dt>
            <dd className="tabular-nums">{rank(profile.ranks.within50)}</dd>
          </dl>
        </div>
      )}
    </TitledSection>
  );
}
