import { useTranslation } from '@/i18n/use-translation';
import type { ValidationProblem } from '@/data/format-validation-error';

/** More would bury the first one, which is usually the cause of the rest. */
const SHOWN = 8;

/**
 * A data file's schema problems, one per line: which record (by id), which field, and why. The reason
 * is the validator's English text (the same words `npm run data:check` prints), marked as English.
 */
export function ValidationProblems({ problems }: { problems: readonly ValidationProblem[] }) {
  const { t } = useTranslation('errors');
  const hidden = problems.length - SHOWN;
  return (
    <ul
      aria-label={t('problems.label')}
      className="mt-2 list-disc space-y-1 rounded bg-white/70 p-2 pl-6 text-xs break-words"
    >
      {problems.slice(0, SHOWN).map((problem, i) => {
        const where = [
          problem.record &&
            t('problems.record', {
              type: t(`recordTypes.${problem.record.type}`, { defaultValue: problem.record.type }),
              id: problem.record.id,
            }),
          problem.field && t('problems.field', { field: problem.field }),
        ].filter(Boolean);
        return (
          <li key={i}>
            {where.length ? where.join(', ') : t('problems.file')}: <span lang="en">{problem.reason}</span>
          </li>
        );
      })}
      {hidden > 0 && <li className="list-none">{t('problems.more', { count: hidden })}</li>}
    </ul>
  );
}
