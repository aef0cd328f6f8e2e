/**
 * "This page reads wrong": saves a report of the page (address, what the reader decided, the page's
 * HTML) as a file the user can send. Used by the reader's toolbar and wherever a page could not be
 * read; the caller says how to build the report.
 */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { downloadPageReport } from '@/utils/site/page-report-download';
import type { PageReport } from '@/utils/site/page-report';

export function ReportPageButton({ buildReport }: { buildReport: () => PageReport }) {
  const [state, setState] = useState<{ saved?: string; error?: string }>({});
  const save = () => {
    try {
      setState({ saved: downloadPageReport(buildReport()) });
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <span class="report-page">
      <button type="button" class="report" title={t('reportPageHint')} onClick={save}>
        {t('reportPage')}
      </button>
      {state.saved && (
        <span class="report-status" role="status">
          {t('reportPageSaved', state.saved)}
        </span>
      )}
      {state.error && (
        <span class="report-status" role="alert">
          {t('reportPageFailed', state.error)}
        </span>
      )}
    </span>
  );
}
