import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PageShell } from '@/components/PageShell';
import { GlossaryApp } from '@/components/glossary/GlossaryApp';
import { t } from '@/utils/i18n';
import '@/components/page.css';
import '@/components/glossary/glossary.css';

document.title = t('glossaryTitle');
// The page's own language follows the browser's, as its strings do; Chinese parts carry lang="zh-CN".
document.documentElement.lang = browser.i18n.getUILanguage().replace('_', '-');
render(
  <PageShell page="glossary" title={t('glossaryTitle')}>
    <GlossaryApp />
  </PageShell>,
  document.getElementById('app')!,
);
