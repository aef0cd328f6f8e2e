// @vitest-environment happy-dom
/**
 * The word card's radicals and components: the data built from Unihan (radicals), the CJK
 * Decomposition Data (components) and Dong Chinese's etymologies, and the card section over it.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor, within } from '@testing-library/preact';
import { buildCharInfo, unihanDir } from '../../scripts/build-chars';
import { WordCard } from '@/components/reader/WordCard';
import { charShardName, type CharInfo } from '@/utils/text/char-info';
import { charFileLoader } from '@/utils/reader/char-files';
import type { ReaderServices } from '@/components/reader/model';
import { realReader } from './reader-helpers';

afterEach(cleanup);

let infos: Map<string, CharInfo>;
let services: ReaderServices;
beforeAll(async () => {
  infos = await buildCharInfo(['劳', '动', '者', '河', '谢', '力', '们']);
  services = (await realReader()).services;
}, 120_000);

describe('character facts', () => {
  it.runIf(unihanDir())('radicals from Unihan: number, form (simplified where used) and strokes beyond it', () => {
    expect(infos.get('劳')).toMatchObject({ radical: { char: '力', number: '19', rest: 5 }, strokes: 7 });
    expect(infos.get('河')?.radical).toEqual({ char: '水', number: '85', rest: 5 });
    // The simplified speech radical: Kangxi 149 in its simplified form.
    expect(infos.get('谢')?.radical).toEqual({ char: '讠', number: "149'", rest: 10 });
    expect(infos.get('们')?.radical).toMatchObject({ char: '人', number: '9', rest: 3 });
  });

  it('components one level down, intermediate shapes resolved, with readings, glosses and roles', () => {
    // cjk-decomp: 劳 = 艹 over an unnamed shape, itself 冖 over 力.
    expect(infos.get('劳')?.components.map((c) => c.char)).toEqual(['艹', '冖', '力']);
    const river = infos.get('河')!;
    expect(river.components).toEqual([
      { char: '氵', pinyin: 'shui3', gloss: '"water" radical', role: 'meaning' },
      { char: '可', pinyin: 'ke3', gloss: expect.stringMatching(/^can/), role: 'sound' },
    ]);
    expect(river.note).toMatch(/^Phonosemantic compound/);
    expect(infos.get('谢')?.components.map((c) => c.char)).toEqual(['讠', '射']);
    // A character made only of strokes has no components to list.
    expect(infos.get('力')?.components).toEqual([]);
  });

  it('the word card shows each character with its radical and components, loaded per shard', async () => {
    const requested: string[] = [];
    const shards = new Map<string, Record<string, CharInfo>>();
    for (const [c, info] of infos)
      (shards.get(charShardName(c)) ?? shards.set(charShardName(c), {}).get(charShardName(c))!)[c] = info;
    // The loader the extension uses, over the built records instead of its files.
    const load = charFileLoader((path) => `https://ext.test${path}`);
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      requested.push(url);
      const name = url.split('/').pop()!;
      return new Response(JSON.stringify(shards.get(name) ?? {}), { status: shards.has(name) ? 200 : 404 });
    }) as typeof fetch;
    try {
      const view = render(
        <WordCard
          word="劳动者"
          sentence="劳动者可以获得新职业技能等级证书。"
          services={{ ...services, charInfo: load, strokes: undefined }}
          display={{ mode: 'all', toneStyle: 'marks', toneColors: 'none', sandhi: false } as never}
          onClose={() => {}}
        />,
      );
      const section = await waitFor(() => view.getByTestId('char-facts'));
      const lao = section.querySelector('[data-char="劳"]') as HTMLElement;
      expect(lao.querySelector('.char-radical')?.textContent).toBe('radical 力 (no. 19) + 5');
      const parts = within(lao)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
      expect(parts[0]).toContain('艹 cǎo grass radical');
      expect(parts[2]).toMatch(/^力 lì power · meaning$/);
      expect(section.querySelector('[data-char="者"] [data-component="耂"]')).not.toBeNull();
      // 劳 and 动 share a shard (U+52xx), 者 is in another: two files, each fetched once.
      expect(requested.sort()).toEqual(['https://ext.test/chars/52.json', 'https://ext.test/chars/80.json']);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
