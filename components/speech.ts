/** Text to speech with a Chinese voice, where the browser has one. */
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from './reader/idle';

function chineseVoice(): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)/i.test(v.lang));
}

/** The Chinese voice, once the browser has listed its voices (undefined when there is none). */
export function useChineseVoice(): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoice(chineseVoice());
    // Asked after the first paint: the first call to the speech service can take a while.
    const cancel = whenIdle(update);
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      cancel();
      speechSynthesis.removeEventListener('voiceschanged', update);
    };
  }, []);
  return voice;
}

export function speak(text: string, voice: SpeechSynthesisVoice): void {
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = 0.85;
  speechSynthesis.speak(u);
}
