/** Saves a page report as a file in the browser's downloads (a local file; nothing is sent). */
import { pageReportFileName, pageReportText, type PageReport } from './page-report';

/** Starts the download of `report` and returns the file name it was given. */
export function downloadPageReport(report: PageReport, doc: Document = document): string {
  const name = pageReportFileName(report);
  const blob = new Blob([pageReportText(report)], { type: 'application/json' });
  const href = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  (doc.body ?? doc.documentElement).append(a);
  a.click();
  a.remove();
  // Late enough for the browser to have read the blob.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}
