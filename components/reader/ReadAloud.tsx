import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { useChineseVoice } from '../speech';
import type { ReaderArticle } from './model';

/** Reads the article aloud with the browser's own Chinese voice; explains itself where none exists. */
export function ReadAloud({ article }: { article: ReaderArticle }) {
  const voice = useChineseVoice();
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => void (typeof speechSynthesis !== 'undefined' && speechSynthesis.cancel()), []);

  if (!voice) {
    return (
      <button type="button" disabled title={t('noChineseVoice')}>
        {t('readAloud')}
      </button>
    );
  }
  const toggle = () => {
    speechSynthesis.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const texts = [article.title, ...article.paragraphs.map((p) => p.tokens.map((tk) => tk.text).join(''))];
    texts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (i === texts.length - 1) utterance.onend = () => setSpeaking(false);
      speechSynthesis.speak(utterance);
    });
    setSpeaking(true);
  };
  return (
    <button type="button" aria-pressed={speaking} onClick={toggle}>
      {speaking ? t('stopReading') : t('readAloud')}
    </button>
  );
}
