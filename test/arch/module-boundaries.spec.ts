import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const MODULES_DIR = resolve('src/modules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function moduleOf(path: string): string | undefined {
  const inside = relative(MODULES_DIR, path);
  return inside.startsWith('..') ? undefined : inside.split(sep)[0];
}

describe('module boundaries', () => {
  const files = sourceFiles(MODULES_DIR);

  it('behavior: another module is reached only through its index.ts', () => {
    const violations: string[] = [];
    for (const file of files) {
      const own = moduleOf(file);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(join(file, '..'), specifier);
        const targetModule = moduleOf(target);
        if (targetModule && targetModule !== own && relative(join(MODULES_DIR, targetModule), target) !== 'index.js') {
          violations.push(`${relative(process.cwd(), file)} -> ${specifier}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('behavior: only config factories read process.env', () => {
    const readers = sourceFiles(resolve('src'))
      .filter((file) => /process\.env/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(process.cwd(), file));
    expect(readers).toEqual(['src/shared/config/define-config.ts']);
  });

  it('behavior: the shared kernel depends on no module', () => {
    const offenders = sourceFiles(resolve('src/shared')).filter((file) => /from '[^']*modules\//.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
