import type { TFunction } from '@/i18n/translator';
import type { Cluster, Dataset, Milestone, Presence } from '@/model/schema';
import { statusLabel } from '@/i18n/data-labels';
import type { NoteFact } from '@/lib/note/note-facts';
import type { FactTarget } from '@/lib/note/targets';
import type { Language } from '@/model/view';

type T = TFunction;

export function presenceLabel(presence: Presence, t: T, language: Language): string {
  return `${t(`kind.${presence.kind}`)}: ${presence.place} (${statusLabel(presence.status, language).toLowerCase()})`;
}

function dateLabel(m: Milestone, t: T, language: Language): string {
  const locale = language === 'da' ? 'da-DK' : 'en-GB';
  const date =
    m.precision === 'mid-year'
      ? t('fact.midYear', { year: m.date })
      : new Date(`${m.date}${m.precision === 'month' ? '-01' : ''}T12:00:00Z`).toLocaleDateString(locale, {
          day: m.precision === 'day' ? 'numeric' : undefined,
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
  const label = t('fact.date', { event: t(`event.${m.event}`), date });
  return m.expected ? t('fact.expected', { label }) : label;
}

/** One line naming a fact: the data's own words where it has them, the model's labels around them. */
export function factLabel(fact: NoteFact, cluster: Cluster, t: T, language: Language): string {
  const i = fact.index ?? 0;
  const gloss = (f: { text: string; en: string } | undefined) => (language === 'en' ? f?.en : f?.text) ?? '';
  switch (fact.field) {
    case 'presence':
      return t('legend.presence');
    case 'heading':
      return t('fact.heading');
    case 'emerging':
      return t(cluster.emerging.value ? 'fact.emerging' : 'fact.notEmerging');
    case 'consolidation':
      return t('fact.consolidation', { kind: t(`consolidation.${cluster.consolidation.kind ?? 'kept'}`) });
    case 'date': {
      const m = cluster.consolidation.dates[i];
      return m ? dateLabel(m, t, language) : '';
    }
    case 'mergedIn':
      return t('fact.mergedIn', { name: cluster.consolidation.mergedIn[i]?.name });
    case 'keyFigure': {
      const f = cluster.keyFigures[i];
      if (!f) return '';
      return language === 'en' ? `${f.en} (${f.text})` : `${f.text} ${f.counts}`;
    }
    case 'collaboration':
      return t('fact.collaboration', { name: cluster.collaborations[i]?.name });
    case 'unnamedLocations':
      return t('fact.unnamedLocations', { text: cluster.unnamedLocations?.text });
    case 'focusArea':
      return gloss(cluster.focusAreas[i]);
    case 'activity':
      return gloss(cluster.activities[i]);
    case 'covid':
      return gloss(cluster.covid[i]);
  }
}

export function targetLabel(target: FactTarget, dataset: Dataset, t: T, language: Language): string {
  if (target.kind === 'presence') {
    const presence = dataset.presences.find((p) => p.id === target.presenceId);
    return presence ? presenceLabel(presence, t, language) : target.presenceId;
  }
  const name = dataset.clusters.find((c) => c.id === target.clusterId)?.name ?? target.clusterId;
  return t('chooser.cluster', { name });
}
