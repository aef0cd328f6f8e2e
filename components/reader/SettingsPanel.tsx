import { FONT_SIZES, LINE_HEIGHTS, type ReaderSettings } from '@/utils/reader/settings';
import { t, type MessageKey } from '@/utils/i18n';

type Choice<K extends keyof ReaderSettings> = { value: ReaderSettings[K]; label: MessageKey }[];

const THEMES: Choice<'theme'> = [
  { value: 'system', label: 'themeSystem' },
  { value: 'light', label: 'themeLight' },
  { value: 'sepia', label: 'themeSepia' },
  { value: 'dark', label: 'themeDark' },
];
const PINYIN: Choice<'pinyin'> = [
  { value: 'all', label: 'pinyinAll' },
  { value: 'unknown', label: 'pinyinUnknown' },
  { value: 'hsk', label: 'pinyinHsk' },
  { value: 'off', label: 'pinyinOff' },
];
const TONE_COLORS: Choice<'toneColors'> = [
  { value: 'none', label: 'toneColorsNone' },
  { value: 'pleco', label: 'toneColorsPleco' },
];
const TONE_STYLE: Choice<'toneStyle'> = [
  { value: 'marks', label: 'toneMarks' },
  { value: 'numbers', label: 'toneNumbers' },
  { value: 'zhuyin', label: 'toneZhuyin' },
];
const KNOW_STATE: Choice<'knowState'> = [
  { value: 'off', label: 'knowStateOff' },
  { value: 'underline', label: 'knowStateUnderline' },
  { value: 'background', label: 'knowStateBackground' },
];

function Select<K extends 'theme' | 'pinyin' | 'toneColors' | 'toneStyle' | 'knowState'>(props: {
  name: K;
  label: MessageKey;
  choices: Choice<K>;
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
}) {
  const id = `setting-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{t(props.label)}</label>
      <select
        id={id}
        value={props.settings[props.name]}
        onChange={(e) =>
          props.onChange({ [props.name]: (e.currentTarget as HTMLSelectElement).value } as Partial<ReaderSettings>)
        }
      >
        {props.choices.map((c) => (
          <option value={c.value}>{t(c.label)}</option>
        ))}
      </select>
    </div>
  );
}

/** Every reading setting; used in the reader's panel and on the options page. */
export function SettingsPanel({
  settings,
  onChange,
  showAutoOpen = true,
}: {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
  showAutoOpen?: boolean;
}) {
  const step = (key: 'fontSize' | 'lineHeight', delta: number, range: { min: number; max: number }) => {
    const next = Math.round((settings[key] + delta) * 10) / 10;
    onChange({ [key]: Math.min(range.max, Math.max(range.min, next)) });
  };
  return (
    <div class="settings" role="group" aria-label={t('settingsHeading')}>
      <div class="field">
        <span>{t('fontSize')}</span>
        <button
          type="button"
          aria-label={`${t('fontSize')}: ${t('decrease')}`}
          onClick={() => step('fontSize', -2, FONT_SIZES)}
        >
          A−
        </button>
        <output aria-live="polite">{settings.fontSize}px</output>
        <button
          type="button"
          aria-label={`${t('fontSize')}: ${t('increase')}`}
          onClick={() => step('fontSize', 2, FONT_SIZES)}
        >
          A+
        </button>
      </div>
      <div class="field">
        <span>{t('lineHeight')}</span>
        <button
          type="button"
          aria-label={`${t('lineHeight')}: ${t('decrease')}`}
          onClick={() => step('lineHeight', -0.2, LINE_HEIGHTS)}
        >
          −
        </button>
        <output>{settings.lineHeight.toFixed(1)}</output>
        <button
          type="button"
          aria-label={`${t('lineHeight')}: ${t('increase')}`}
          onClick={() => step('lineHeight', 0.2, LINE_HEIGHTS)}
        >
          +
        </button>
      </div>
      <Select name="theme" label="theme" choices={THEMES} settings={settings} onChange={onChange} />
      <Select name="pinyin" label="pinyinMode" choices={PINYIN} settings={settings} onChange={onChange} />
      {settings.pinyin === 'hsk' && (
        <div class="field">
          <label for="setting-pinyinHskAbove">{t('pinyinHskAbove')}</label>
          <select
            id="setting-pinyinHskAbove"
            value={settings.pinyinHskAbove}
            onChange={(e) => onChange({ pinyinHskAbove: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option value={n}>{n}</option>
            ))}
          </select>
        </div>
      )}
      <Select name="toneStyle" label="toneStyle" choices={TONE_STYLE} settings={settings} onChange={onChange} />
      <Select name="knowState" label="knowState" choices={KNOW_STATE} settings={settings} onChange={onChange} />
      <Select name="toneColors" label="toneColors" choices={TONE_COLORS} settings={settings} onChange={onChange} />
      <label class="field check">
        <input
          type="checkbox"
          checked={settings.sandhi}
          onChange={(e) => onChange({ sandhi: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('sandhi')}
      </label>
      {showAutoOpen && (
        <label class="field check">
          <input
            type="checkbox"
            checked={settings.autoOpen}
            onChange={(e) => onChange({ autoOpen: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('autoOpen')}
        </label>
      )}
    </div>
  );
}
