import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import type { Cluster, Presence } from '@/model/schema';
import { BusinessAreaChip } from '@/components/business-area-chip';
import { clusterOpenerProps } from '@/components/cluster-opener';
import { SourceQuote } from '@/components/source-quote';
import { UserSource } from '@/components/user-source';
import { usePresenceText } from '@/components/use-presence-text';
import type { AreaProfile, ProfilePresence } from '@/lib/area-profile/profile';
import { TitledSection } from '@/components/titled-section';
import { useOpenCluster } from './use-open-cluster';

interface Props {
  profile: AreaProfile<Presence>;
  clusters: ReadonlyMap<string, Cluster>;
}

const GROUPS = ['established', 'announced', 'areaLevel', 'closed'] as const;

/** The clusters here, by status: each presence with a link to its cluster and the sentence behind it. */
export function PresentSection({ profile, clusters }: Props) {
  const { t } = useTranslation(AREA_NS);
  const describe = usePresenceText();
  const openCluster = useOpenCluster();
  const total = profile.clusterIds.length;
  const item = ({ presence: p, counted }: ProfilePresence<Presence>) => {
    const cluster = clusters.get(p.clusterId);
    const text = describe(p);
    const name = cluster ? (cluster.shortName ?? cluster.name) : p.clusterId;
    return (
      <li key={p.id} className="text-sm">
        <div className="flex items-start gap-2">
          {cluster && <BusinessAreaChip area={cluster.businessArea.id} className="mt-2.5 lg:mt-1" />}
          <div className="min-w-0 flex-1">
            <button
              type="button"
              onClick={() => openCluster(p.clusterId)}
              aria-label={t('present.openCluster', { name })}
              {...clusterOpenerProps(p.clusterId)}
              className="-ml-1 inline-flex min-h-11 items-center rounded px-1 text-left font-semibold text-brand hover:bg-brand-soft lg:min-h-7"
            >
              {name}
            </button>
            <p>
              {text.place}
              {text.where && <span className="text-muted"> · {text.where}</span>}
              <span className="text-muted">
                {' '}
                · {text.status} · {text.kind}
              </span>
              {text.inferred && <em className="text-muted"> · {text.inferred}</em>}
            </p>
            {!counted && <p className="text-xs text-muted italic">{t('present.notCounted')}</p>}
            {p.basis.type === 'user' ? (
              <UserSource basis={p.basis} note={p.quote} className="mt-0.5" />
            ) : (
              <SourceQuote quote={p.quote} factLabel={text.name} />
            )}
          </div>
        </div>
      </li>
    );
  };
  const any = GROUPS.some((g) => profile.present[g].length > 0);
  return (
    <TitledSection title={t('present.title')}>
      <p className="mt-1 text-sm font-medium">
        {t('present.summary', { count: profile.presentClusterIds.length, total })}
      </p>
      {!any && <p className="mt-1 text-sm text-muted">{t('present.none')}</p>}
      {GROUPS.map(
        (group) =>
          profile.present[group].length > 0 && (
            <div key={group} className="mt-2">
              <h5 className="text-sm font-semibold">{t(`present.${group}`)}</h5>
              {group === 'areaLevel' && <p className="text-xs text-muted">{t('present.areaLevelHint')}</p>}
              <ul className="mt-1 space-y-2">{profile.present[group].map(item)}</ul>
            </div>
          ),
      )}
    </TitledSection>
  );
}
