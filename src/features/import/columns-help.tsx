import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { Download } from 'lucide-react';
import { saveCsv } from '@/components/save-file';
import { TEMPLATE_CSV } from '@/lib/import/template';

/** Which columns a file needs, in a fold-out, with a template to start from. */
export function ColumnsHelp() {
  const { t } = useTranslation(IMPORT_NS);
  return (
    <details className="rounded-md border border-line px-3 py-2 text-sm">
      <summary className="-my-2 flex min-h-11 cursor-pointer items-center font-semibold">
        {t('columns.title')}
      </summary>
      <div className="space-y-1.5 pb-1">
        <p>{t('columns.required')}</p>
        <p>{t('columns.optional')}</p>
        <p className="text-muted">{t('columns.format')}</p>
        <button
          type="button"
          onClick={() => saveCsv(t('columns.templateFile'), TEMPLATE_CSV)}
          className="-ml-1 inline-flex min-h-11 items-center gap-1 rounded px-1 font-medium text-brand hover:bg-brand-soft lg:min-h-8"
        >
          <Download aria-hidden="true" className="size-4" />
          {t('columns.template')}
        </button>
      </div>
    </details>
  );
}
