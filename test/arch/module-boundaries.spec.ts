import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  deepModuleImports,
  deepTestImports,
  domainLayerViolations,
  type Import,
  moduleCycles,
  moduleGraph,
  requireImports,
  specifiersOf,
} from './boundary-rules.js';

const ROOT = process.cwd();

function sourceFiles(dir: string, keepSpecs = false): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path, keepSpecs);
    return path.endsWith('.ts') && (keepSpecs || !path.endsWith('.spec.ts')) ? [path] : [];
  });
}

const repoPath = (path: string) => relative(ROOT, path).split(sep).join('/');

function importsOf(files: string[]): Import[] {
  return files.flatMap((file) =>
    specifiersOf(readFileSync(file, 'utf8')).map((specifier) => ({ from: repoPath(file), to: repoPath(resolve(dirname(file), specifier)) })),
  );
}

const show = (found: Import[]) => found.map(({ from, to }) => `${from} -> ${to}`);

describe('module boundaries', () => {
  const moduleImports = importsOf(sourceFiles(resolve('src/modules')));
  const testImports = importsOf(sourceFiles(resolve('test'), true));

  it('behavior: the scans saw imports to judge', () => {
    requireImports(moduleImports);
    requireImports(testImports);
  });

  it('behavior: another module is reached only through its index.ts', () => {
    expect(show(deepModuleImports(moduleImports))).toEqual([]);
  });

  it('behavior: module imports form no cycle', () => {
    expect(moduleCycles(moduleGraph(moduleImports))).toEqual([]);
  });

  it('behavior: domain/ imports nothing from application/, infrastructure/ or api/', () => {
    expect(show(domainLayerViolations(moduleImports))).toEqual([]);
  });

  it('behavior: tests reach modules only through index.ts or a testing entry', () => {
    expect(show(deepTestImports(testImports))).toEqual([]);
  });

  it('behavior: only config factories read process.env', () => {
    const readers = sourceFiles(resolve('src'))
      .filter((file) => /process\.env/.test(readFileSync(file, 'utf8')))
      .map(repoPath);
    expect(readers).toEqual(['src/shared/config/define-config.ts']);
  });

  it('behavior: the shared kernel depends on no module', () => {
    const offenders = sourceFiles(resolve('src/shared')).filter((file) => /from '[^']*modules\//.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
