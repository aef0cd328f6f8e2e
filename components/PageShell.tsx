import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';
import type { ExtensionPage } from '@/utils/messaging';

const NAV: { page: ExtensionPage; label: MessageKey }[] = [
  { page: 'library', label: 'navLibrary' },
  { page: 'review', label: 'navReview' },
  { page: 'glossary', label: 'navGlossary' },
  { page: 'options', label: 'navOptions' },
];

/** The frame of every extension page: a header with navigation and the page's own content. */
export function PageShell({
  page,
  title,
  children,
}: {
  page: ExtensionPage;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <div class="page">
      <header class="page-header">
        <span class="brand">{t('extName')}</span>
        <nav aria-label="Pages">
          {NAV.map((item) => (
            <a href={`/${item.page}.html`} aria-current={item.page === page ? 'page' : undefined}>
              {t(item.label)}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
