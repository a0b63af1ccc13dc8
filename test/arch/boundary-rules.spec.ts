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

describe('architecture rules', () => {
  it('behavior: reads static, re-export, side-effect and dynamic specifiers, and skips packages', () => {
    const source = [
      "import { a } from './a.js';",
      "export { b } from '../b/index.js';",
      "import './c.js';",
      "const d = await import('../d.js');",
      "import { e } from '@nestjs/common';",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['./a.js', '../b/index.js', './c.js', '../d.js']);
  });

  it('error: an import into another module past its index is reported', () => {
    const imports: Import[] = [
      { from: 'src/modules/bank/api/x.ts', to: 'src/modules/customers/index.js' },
      { from: 'src/modules/bank/api/x.ts', to: 'src/modules/customers/domain/customer.js' },
      { from: 'src/modules/bank/api/x.ts', to: 'src/modules/bank/domain/payout.js' },
    ];
    expect(deepModuleImports(imports)).toEqual([imports[1]]);
  });

  it('error: a cycle between modules is detected, once, however long', () => {
    const imports: Import[] = [
      { from: 'src/modules/customers/api/a.ts', to: 'src/modules/custody/index.js' },
      { from: 'src/modules/custody/application/b.ts', to: 'src/modules/customers/index.js' },
      { from: 'src/modules/tokenizer/c.ts', to: 'src/modules/bank/index.js' },
      { from: 'src/modules/bank/d.ts', to: 'src/modules/acquirer/index.js' },
      { from: 'src/modules/acquirer/e.ts', to: 'src/modules/tokenizer/index.js' },
    ];
    expect(moduleCycles(moduleGraph(imports))).toEqual(['acquirer -> tokenizer -> bank -> acquirer', 'custody -> customers -> custody']);
  });

  it('behavior: a graph that only points one way has no cycle', () => {
    const imports: Import[] = [
      { from: 'src/modules/custody/a.ts', to: 'src/modules/customers/index.js' },
      { from: 'src/modules/tokenizer/b.ts', to: 'src/modules/custody/index.js' },
      { from: 'src/modules/tokenizer/c.ts', to: 'src/modules/customers/index.js' },
      { from: 'src/modules/custody/d.ts', to: 'src/modules/custody/domain/wallet.js' },
    ];
    expect(moduleCycles(moduleGraph(imports))).toEqual([]);
  });

  it('error: domain importing infrastructure, application or api is detected; ports and domain are fine', () => {
    const imports: Import[] = [
      { from: 'src/modules/bank/domain/payout.ts', to: 'src/modules/bank/infrastructure/persistence/payout.repository.js' },
      { from: 'src/modules/bank/domain/payout.ts', to: 'src/modules/bank/application/payout-tracker.js' },
      { from: 'src/modules/bank/domain/events/e.ts', to: 'src/modules/bank/api/bank-webhook.dto.js' },
      { from: 'src/modules/bank/domain/payout.ts', to: 'src/modules/bank/ports/bank.port.js' },
      { from: 'src/modules/bank/domain/payout.ts', to: 'src/modules/bank/domain/bank.errors.js' },
      { from: 'src/modules/bank/application/x.ts', to: 'src/modules/bank/infrastructure/y.js' },
    ];
    expect(domainLayerViolations(imports)).toEqual(imports.slice(0, 3));
  });

  it('error: a test importing a module internal is detected; index and testing entries are fine', () => {
    const imports: Import[] = [
      { from: 'test/e2e/customers.e2e-spec.ts', to: 'src/modules/custody/infrastructure/persistence/wallet.repository.js' },
      { from: 'test/support/platform.ts', to: 'src/modules/custody/index.js' },
      { from: 'test/support/platform.ts', to: 'src/modules/custody/testing.js' },
      { from: 'test/support/platform.ts', to: 'src/bootstrap.js' },
    ];
    expect(deepTestImports(imports)).toEqual([imports[0]]);
  });

  it('error: a scan that saw no imports fails', () => {
    expect(() => requireImports([])).toThrow(/saw no imports/);
    expect(() => requireImports([{ from: 'src/a.ts', to: 'src/b.js' }])).not.toThrow();
  });
});
