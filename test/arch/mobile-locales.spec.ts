import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = join(process.cwd(), 'mobile', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the mobile app speaks English and Spanish', () => {
  it('behavior: every message id the app uses has a Spanish translation, and no translation is left unused', () => {
    const used = new Set(sourceFiles(SOURCES).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\{ id: '([^']+)' \}/g)].map((match) => match[1])));
    const spanish = readFileSync(join(SOURCES, 'locales', 'es.ts'), 'utf8');
    const translated = new Set([...spanish.matchAll(/^\s+'?([\w.-]+)'?: /gm)].map((match) => match[1]));
    expect([...used].filter((id) => !translated.has(id))).toEqual([]);
    expect([...translated].filter((id) => !used.has(id))).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });
});
