import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import { Filter } from 'lucide-react';
import type { Presence } from '@/model/schema';
import type { AreaProfile } from '@/lib/area-profile/profile';

/** Which clusters and statuses the profile counts: the coverage view's filters and switch. */
export function CountingScope({ profile, total }: { profile: AreaProfile<Presence>; total: number }) {
  const { t } = useTranslation(AREA_NS);
  const announced = profile.statuses.length > 1;
  return (
    <div className="mx-4 mb-3 flex gap-2 rounded-md bg-brand-soft/60 p-2 text-xs text-ink">
      <Filter aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-brand" />
      <p>
        {profile.filtered
          ? t('counting.some', { count: profile.clusterIds.length, total })
          : t('counting.all', { total })}{' '}
        {t(announced ? 'counting.statusesAnnounced' : 'counting.statuses')}
      </p>
    </div>
  );
}
