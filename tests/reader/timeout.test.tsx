// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { t } from '@/utils/i18n';
import type { PageReport } from '@/utils/site/page-report';
import { Reader } from '@/components/reader/Reader';
import { DEFAULT_SETTINGS } from '@/utils/reader/settings';
import type { ReaderServices } from '@/components/reader/model';

afterEach(cleanup);

const services = { lookup: () => null } as unknown as ReaderServices;

function show(buildReport?: () => PageReport) {
  const onClose = vi.fn();
  const view = render(
    <Reader
      state={{ status: 'timeout' }}
      services={services}
      settings={DEFAULT_SETTINGS}
      onSettingsChange={vi.fn()}
      onClose={onClose}
      buildReport={buildReport}
      originalUrl="https://www.workercn.cn/c/2022-03-25/1.shtml"
    />,
  );
  return { ...view, onClose };
}

describe('a page that could not be read in time', () => {
  it('says so, offers the original page, and the report where one is given', () => {
    const buildReport = vi.fn(() => {
      throw new Error('no report here');
    });
    const view = show(buildReport);
    const alert = view.getAllByRole('alert')[0];
    expect(alert.textContent).toContain('could not be read in time');
    // the report control sits in the message itself (and in the toolbar)
    fireEvent.click(within(alert).getByRole('button', { name: t('reportPage') }));
    expect(buildReport).toHaveBeenCalledTimes(1);
    fireEvent.click(view.getByText('Back to the original page'));
    expect(view.onClose).toHaveBeenCalled();
  });

  it('has no report button when no report is offered', () => {
    const view = show();
    expect(view.getByRole('alert').textContent).toContain('could not be read in time');
    expect(view.queryByRole('button', { name: t('reportPage') })).toBeNull();
  });
});
