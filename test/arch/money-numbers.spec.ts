import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Money is integer minor units (bigint): on a money path nothing goes through a JavaScript
 * number, which rounds above 2^53 and takes fractions. The one checked conversion for DynamoDB
 * counters and protocol fields is `safeIntegerOf` (src/shared/numbers), outside these paths.
 */
const MONEY_PATHS = ['src/modules/tokenizer', 'src/modules/bank', 'src/modules/acquirer', 'src/modules/chain', 'src/shared/money'];
/** Generated from the compiled contracts, not written by hand. */
const GENERATED = `${sep}generated${sep}`;
/** Float readings that are no amount of money: the signer's gas balance in ether, a Prometheus gauge for dashboards. */
const NOT_MONEY = ['src/modules/chain/application/queries/get-signer-funds/get-signer-funds.handler.ts'];
const FLOAT_CONVERSION = /(?<![\w$])(?:Number|parseFloat|Number\.parseFloat)\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const listed = NOT_MONEY.some((file) => path.endsWith(file.split('/').join(sep)));
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.includes(GENERATED) && !listed ? [path] : [];
  });
}

function conversionsIn(source: string): number[] {
  return source.split('\n').flatMap((line, index) => (FLOAT_CONVERSION.test(line.replace(/\/\/.*$/, '')) ? [index + 1] : []));
}

describe('money paths: no float conversion', () => {
  const files = MONEY_PATHS.flatMap((path) => sourceFiles(resolve(path)));

  it('behavior: the detector sees a conversion and ignores look-alikes', () => {
    expect(conversionsIn('const cents = Number(amount);\nconst f = parseFloat(x);')).toEqual([1, 2]);
    expect(conversionsIn('await client.getBlockNumber();\nNumber.MAX_SAFE_INTEGER;\nsafeIntegerOf(x, "v");')).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it('behavior: no Number( or parseFloat( on a money path (tokenizer, bank, acquirer, chain, shared/money)', () => {
    const found = files.flatMap((file) => conversionsIn(readFileSync(file, 'utf8')).map((line) => `${relative(process.cwd(), file).split(sep).join('/')}:${line}`));
    expect(found).toEqual([]);
  });
});
