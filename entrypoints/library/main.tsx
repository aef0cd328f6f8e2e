import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PageShell } from '@/components/PageShell';
import { LibraryApp } from '@/components/library/LibraryApp';
import { sharedLibraryDb, type ArticleInput, type LibraryDb } from '@/utils/library/api';
import { errorMessage } from '@/utils/library/error-text';
import { fetchArticlePage, inputFromArticle } from '@/utils/library/input-from-document';
import { loadReaderText } from '@/utils/library/to-reader';
import { loadTextEngine } from '@/utils/text';
import { extensionLoader } from '@/utils/text/load-extension';
import { t } from '@/utils/i18n';
import '@/components/page.css';
import '@/components/library/library.css';

/** One article fetched from workercn.cn, extracted and prepared like the reader's "Save article". */
async function fetchArticle(url: string): Promise<ArticleInput> {
  const [article, text] = await Promise.all([fetchArticlePage(url), loadReaderText()]);
  if (article.kind !== 'article' || article.paragraphs.length === 0) {
    throw new Error(article.reason || t('libraryNoArticleAt'));
  }
  return inputFromArticle(
    article,
    article.paragraphs.map((p) => ({ tokens: text.annotate(p) })),
  );
}

function LibraryPage() {
  const [db, setDb] = useState<LibraryDb | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    sharedLibraryDb({ onBlocked: (e) => setError(e.message) }).then(
      (opened) => {
        setError('');
        setDb(opened);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  return (
    <PageShell page="library" title={t('libraryTitle')}>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!db && !error && <p class="empty">{t('libraryLoading')}</p>}
      {db && (
        <LibraryApp
          db={db}
          loadText={loadReaderText}
          loadEngine={() => loadTextEngine(extensionLoader)}
          loadPage={fetchArticlePage}
          fetchArticle={fetchArticle}
        />
      )}
    </PageShell>
  );
}

document.title = t('libraryTitle');
render(<LibraryPage />, document.getElementById('app')!);
