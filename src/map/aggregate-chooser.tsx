import type { ComponentProps } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { PresenceChooser } from './presence-chooser';
import { aggregateTitle } from './aggregate-tooltip';

type Props = Omit<ComponentProps<typeof PresenceChooser>, 'words'>;

/** The presences of an aggregate that no zoom splits (a town's members), to choose one from. */
export function AggregateChooser(props: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const { aggregate } = props.chooser;
  const count = aggregate?.count ?? props.chooser.ids.length;
  const more = count - props.chooser.ids.length;
  return (
    <PresenceChooser
      {...props}
      words={{
        title: t(aggregate ? aggregateTitle(aggregate) : 'map.aggregate', { count }),
        hint: t('map.chooserHint'),
        more: more > 0 ? t('map.chooserMore', { count: more }) : null,
      }}
    />
  );
}
