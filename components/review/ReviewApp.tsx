/** The review page: study, the vocabulary, progress, and import/export, as tabs (kept in the URL hash). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { onStudyChange } from '@/utils/study/changes';
import type { StudyServices } from './services';
import { ReviewSession } from './ReviewSession';
import { VocabularyList } from './VocabularyList';
import { ProgressView } from './ProgressView';
import { KnownImport } from './KnownImport';
import { ExportPanel } from './ExportPanel';
import { AnkiPanel } from './AnkiPanel';

export type Tab = 'study' | 'words' | 'progress' | 'data';
const TABS: { id: Tab; label: MessageKey }[] = [
  { id: 'study', label: 'reviewTabStudy' },
  { id: 'words', label: 'reviewTabWords' },
  { id: 'progress', label: 'reviewTabProgress' },
  { id: 'data', label: 'reviewTabData' },
];

function tabOf(hash: string): Tab {
  const id = hash.replace(/^#/, '');
  return TABS.some((tab) => tab.id === id) ? (id as Tab) : 'study';
}

export function ReviewApp({ services }: { services: StudyServices }) {
  const [tab, setTab] = useState<Tab>(() => tabOf(location.hash));
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const onHash = () => setTab(tabOf(location.hash));
    window.addEventListener('hashchange', onHash);
    const off = onStudyChange(() => setVersion((v) => v + 1));
    return () => {
      window.removeEventListener('hashchange', onHash);
      off();
    };
  }, []);

  const local = useMemo<StudyServices>(
    () => ({
      ...services,
      changed: () => {
        setVersion((v) => v + 1);
        services.changed?.();
      },
    }),
    [services],
  );

  return (
    <div class="review-app">
      <div class="tabs" role="tablist">
        {TABS.map((item) => (
          <a
            role="tab"
            href={`#${item.id}`}
            aria-selected={tab === item.id}
            onClick={() => setTab(item.id)}
            data-testid={`tab-${item.id}`}
          >
            {t(item.label)}
          </a>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'study' && <ReviewSession services={local} version={version} />}
        {tab === 'words' && <VocabularyList services={local} version={version} />}
        {tab === 'progress' && <ProgressView services={local} version={version} />}
        {tab === 'data' && (
          <>
            <KnownImport services={local} />
            <ExportPanel services={local} />
            <AnkiPanel services={local} />
          </>
        )}
      </div>
    </div>
  );
}
