import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_ADDON_ID, FIREFOX_BUILD } from './browsers';

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
  default_locale?: string;
  icons?: Record<string, string>;
};
const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
const WORKERCN = /^\*:\/\/(\*\.)?workercn\.cn\/\*$/;

describe('built manifests', () => {
  const chrome = read(CHROME_BUILD);
  const firefox = read(FIREFOX_BUILD);

  it('targets MV3 in Chrome and MV2 in Firefox with a stable add-on id', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.browser_specific_settings?.gecko?.id).toBe(FIREFOX_ADDON_ID);
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('asks for workercn.cn hosts only, and no broad permissions', () => {
    const hosts = [
      ...(chrome.host_permissions ?? []),
      ...(chrome.permissions ?? []),
      ...(firefox.permissions ?? []),
    ].filter((p) => p.includes('://') || p === '<all_urls>');
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(host).toMatch(WORKERCN);
    const apis = (m: Manifest) => new Set((m.permissions ?? []).filter((p) => !p.includes('://')));
    // Chrome's MV3 needs `scripting` to load the reader on demand; Firefox's MV2 does not.
    // `alarms`: sync's schedule.
    expect(apis(chrome)).toEqual(new Set(['storage', 'unlimitedStorage', 'alarms', 'scripting']));
    expect(apis(firefox)).toEqual(new Set(['storage', 'unlimitedStorage', 'alarms']));
  });

  it('asks for the sync server only as an optional permission, granted one origin at a time', () => {
    const optional = (m: Manifest & { optional_host_permissions?: string[]; optional_permissions?: string[] }) =>
      m.manifest_version === 3 ? m.optional_host_permissions : m.optional_permissions;
    expect(optional(chrome)).toEqual(['https://*/*', 'http://*/*']);
    expect(optional(firefox)).toEqual(['https://*/*', 'http://*/*']);
  });

  it('exposes only the dictionary, and only to workercn.cn pages', () => {
    const war =
      (chrome as { web_accessible_resources?: { resources: string[]; matches: string[] }[] })
        .web_accessible_resources ?? [];
    expect(war.flatMap((w) => w.resources)).toEqual(['dict/*']);
    for (const match of war.flatMap((w) => w.matches)) expect(match).toMatch(WORKERCN);
    const ffWar = (firefox as { web_accessible_resources?: string[] }).web_accessible_resources ?? [];
    expect(ffWar).toEqual(['dict/*']);
  });

  it('injects its content script on workercn.cn pages only', () => {
    for (const manifest of [chrome, firefox]) {
      const matches = manifest.content_scripts?.flatMap((c) => c.matches) ?? [];
      expect(matches.length).toBeGreaterThan(0);
      for (const match of matches) expect(match).toMatch(WORKERCN);
    }
  });

  it('ships its locales and icons', () => {
    for (const [dir, manifest] of [
      [CHROME_BUILD, chrome],
      [FIREFOX_BUILD, firefox],
    ] as const) {
      expect(manifest.default_locale).toBe('en');
      for (const locale of ['en', 'zh_CN']) {
        const messages = JSON.parse(
          readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8'),
        ) as Record<string, unknown>;
        expect(Object.keys(messages)).toContain('extName');
      }
      expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '48', '128']));
    }
  });
});
