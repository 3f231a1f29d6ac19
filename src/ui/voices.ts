/** Whether a speech synthesis voice speaks `lang` ("nl", "nl-NL", "nl_BE"). Shared by "Lees voor" and its on-demand reader. */
import type { Language } from '../dataset/model.js';

export const speaks = (voice: SpeechSynthesisVoice, lang: Language) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === lang;
