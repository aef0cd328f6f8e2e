/** Stroke data for the review page's stroke quiz, from the extension's own files. */
import { browser } from 'wxt/browser';
import { strokeFileLoader } from '../reader/Strokes';

export const reviewStrokes = strokeFileLoader((path) => (browser.runtime.getURL as (p: string) => string)(path));
