// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { Reader } from '@/components/reader/Reader';
import { DEFAULT_SETTINGS } from '@/utils/reader/settings';
import type { ReaderServices } from '@/components/reader/model';

afterEach(cleanup);

const services = { lookup: () => null } as unknown as ReaderServices;

function show(onReport?: () => void) {
  const onClose = vi.fn();
  const view = render(
    <Reader
      state={{ status: 'timeout' }}
      services={services}
      settings={DEFAULT_SETTINGS}
      onSettingsChange={vi.fn()}
      onClose={onClose}
      onReport={onReport}
      originalUrl="https://www.workercn.cn/c/2022-03-25/1.shtml"
    />,
  );
  return { ...view, onClose };
}

describe('a page that could not be read in time', () => {
  it('says so, offers the original page, and the report where one is given', () => {
    const onReport = vi.fn();
    const view = show(onReport);
    const alert = view.getByRole('alert');
    expect(alert.textContent).toContain('could not be read in time');
    fireEvent.click(view.getByText('Report this page'));
    expect(onReport).toHaveBeenCalledTimes(1);
    fireEvent.click(view.getByText('Back to the original page'));
    expect(view.onClose).toHaveBeenCalled();
  });

  it('has no report button when no report is offered', () => {
    const view = show();
    expect(view.getByRole('alert').textContent).toContain('could not be read in time');
    expect(view.queryByText('Report this page')).toBeNull();
  });
});
