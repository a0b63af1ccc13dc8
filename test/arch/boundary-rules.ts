/**
 * The architecture rules as pure functions over an import list, so each rule can be proven on a
 * synthetic input (test/arch/boundary-rules.spec.ts) and applied to the real tree
 * (test/arch/module-boundaries.spec.ts). Paths are repository-relative with forward slashes.
 */

export interface Import {
  /** The importing file, e.g. `src/modules/bank/api/bank-webhook.controller.ts`. */
  from: string;
  /** The imported file as resolved, e.g. `src/modules/customers/index.js`. */
  to: string;
}

const MODULE_PATH = /^src\/modules\/([^/]+)\/(.*)$/;

/** The module a path lies in and the path inside it, or undefined outside src/modules. */
export function locate(path: string): { module: string; inner: string } | undefined {
  const match = MODULE_PATH.exec(path);
  return match ? { module: match[1], inner: match[2] } : undefined;
}

/** Every relative specifier a TypeScript source names: static imports, re-exports, side-effect and dynamic imports. */
export function specifiersOf(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.[^']+)'/g;
  return [...source.matchAll(pattern)].map((match) => match[1]);
}

/** A module's public doors: its index, and a `testing` entry it offers on purpose. */
const PUBLIC_ENTRIES = new Set(['index.js', 'index.ts', 'testing.js', 'testing.ts', 'testing/index.js', 'testing/index.ts']);

/** Imports that enter another module anywhere but its index. */
export function deepModuleImports(imports: Import[]): Import[] {
  return imports.filter(({ from, to }) => {
    const target = locate(to);
    if (!target || locate(from)?.module === target.module) return false;
    return target.inner !== 'index.js' && target.inner !== 'index.ts';
  });
}

/** Imports from test code into a module past its public doors. */
export function deepTestImports(imports: Import[]): Import[] {
  return imports.filter(({ from, to }) => {
    const target = locate(to);
    return from.startsWith('test/') && target !== undefined && !PUBLIC_ENTRIES.has(target.inner);
  });
}

/** Imports from a module's `domain/` into any application, infrastructure or api layer. */
export function domainLayerViolations(imports: Import[]): Import[] {
  return imports.filter(({ from, to }) => {
    const source = locate(from);
    const target = locate(to);
    if (!source || !target || !source.inner.startsWith('domain/')) return false;
    return /^(application|infrastructure|api)\//.test(target.inner);
  });
}

/** Which module depends on which, from the imports that cross a module boundary. */
export function moduleGraph(imports: Import[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const source = locate(from)?.module;
    const target = locate(to)?.module;
    if (!source || !target || source === target) continue;
    if (!graph.has(source)) graph.set(source, new Set());
    graph.get(source)!.add(target);
  }
  return graph;
}

/** Every dependency cycle between modules, each as the path that closes it (`a -> b -> a`). */
export function moduleCycles(graph: Map<string, Set<string>>): string[] {
  const cycles = new Set<string>();
  const visit = (node: string, path: string[]): void => {
    for (const next of graph.get(node) ?? []) {
      const start = path.indexOf(next);
      if (start >= 0) {
        const loop = path.slice(start);
        // One spelling per cycle whichever module the search entered it by: start at the smallest name.
        const pivot = loop.indexOf([...loop].sort()[0]);
        const canonical = [...loop.slice(pivot), ...loop.slice(0, pivot)];
        cycles.add([...canonical, canonical[0]].join(' -> '));
      } else {
        visit(next, [...path, next]);
      }
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return [...cycles].sort();
}

/** A rule that saw nothing proves nothing: the scan must have found imports to judge. */
export function requireImports(imports: Import[]): void {
  if (imports.length === 0) throw new Error('the architecture rules saw no imports at all: the scan is broken');
}
