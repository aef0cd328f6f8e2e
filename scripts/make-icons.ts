/**
 * Renders the extension's icons (public/icon/<size>.png) from one SVG drawing with Chromium.
 * Run after changing the drawing: `node --import tsx scripts/make-icons.ts`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const out = path.resolve(import.meta.dirname, '../public/icon');

// A red seal-like square with 工 (gōng, "work") in white: the paper's own character.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="24" fill="#b3261e"/>
  <rect x="30" y="28" width="68" height="13" rx="3" fill="#fff"/>
  <rect x="57" y="28" width="14" height="70" rx="3" fill="#fff"/>
  <rect x="22" y="86" width="84" height="14" rx="3" fill="#fff"/>
</svg>`;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}: ${SIZES.join(', ')} px`);
