import { render } from 'preact';
import { PageShell } from '@/components/PageShell';
import { SettingsPanel } from '@/components/reader/SettingsPanel';
import { useReaderSettings } from '@/components/reader/hooks';
import { t } from '@/utils/i18n';
import { SyncSection } from '@/components/sync/SyncSection';
import { OverridesSection } from '@/components/overrides/OverridesSection';
import '@/components/page.css';
import './options.css';

function OptionsPage() {
  const [settings, changeSettings] = useReaderSettings();
  return (
    <PageShell page="options" title={t('optionsTitle')}>
      <section>
        <h2>{t('settingsHeading')}</h2>
        <SettingsPanel settings={settings} onChange={changeSettings} />
        <p class="hint">{t('shortcutHint')}</p>
      </section>
      <SyncSection />
      <OverridesSection />
      <section>
        <h2>{t('aboutHeading')}</h2>
        <p>{t('privacyNote')}</p>
        <p>{t('aboutData')}</p>
      </section>
    </PageShell>
  );
}

document.title = t('optionsTitle');
render(<OptionsPage />, document.getElementById('app')!);
