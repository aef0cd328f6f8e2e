import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PageShell } from '@/components/PageShell';
import { SettingsPanel } from '@/components/reader/SettingsPanel';
import {
  DEFAULT_SETTINGS,
  getSettings,
  updateSettings,
  watchSettings,
  type ReaderSettings,
} from '@/utils/reader/settings';
import { t } from '@/utils/i18n';
import '@/components/page.css';
import './options.css';

function OptionsPage() {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return (
    <PageShell page="options" title={t('optionsTitle')}>
      <section>
        <h2>{t('settingsHeading')}</h2>
        <SettingsPanel
          settings={settings}
          onChange={(patch) => {
            setSettings((s) => ({ ...s, ...patch }));
            void updateSettings(patch);
          }}
        />
        <p class="hint">{t('shortcutHint')}</p>
      </section>
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
