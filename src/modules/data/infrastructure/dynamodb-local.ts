import { ChildProcess, execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_START_TIMEOUT_MS, spawnEngine, stopEngine, stopOrphanedEngine, waitForPort, waitForPortFree } from '../../../shared/process/child-process.js';

/** engines/dynamodb (the same depth from src/ and dist/): the launcher's source and its class, built by `javac --release 17`. */
const LOOPBACK_LAUNCHER_DIR = fileURLToPath(new URL('../../../../engines/dynamodb/', import.meta.url));

/** AWS's own DynamoDB engine, shipped as a jar inside the npm package amplify-dynamodb-simulator. */
export class DynamoDbLocal {
  private child?: ChildProcess;

  constructor(
    private readonly dataDir: string,
    readonly port: number,
  ) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const pidFile = join(this.dataDir, 'run', 'dynamodb.pid');
    await stopOrphanedEngine(pidFile, this.dataDir);
    if (!(await waitForPortFree(this.port, '127.0.0.1', 5_000))) {
      throw new Error(`DYNAMODB_PORT ${this.port} is already in use; set DYNAMODB_PORT or DYNAMODB_ENDPOINT`);
    }
    assertJavaAvailable();
    const jarDir = join(dirname(createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
    const dbPath = join(this.dataDir, 'dynamodb');
    mkdirSync(dbPath, { recursive: true });
    this.child = spawnEngine(
      'java',
      [
        '-Xms64m',
        '-Xmx512m',
        `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
        // DynamoDB Local has no bind option: this launcher starts it with its Jetty bound to 127.0.0.1 only.
        '-cp',
        [join(jarDir, 'DynamoDBLocal.jar'), LOOPBACK_LAUNCHER_DIR].join(delimiter),
        'LoopbackDynamoDbLocal',
        '-sharedDb',
        // It would otherwise report usage to AWS from wherever it runs.
        '-disableTelemetry',
        '-dbPath',
        dbPath,
        '-port',
        String(this.port),
      ],
      join(this.dataDir, 'logs', 'dynamodb.log'),
      pidFile,
      jarDir,
    );
    await waitForPort(this.port, '127.0.0.1', ENGINE_START_TIMEOUT_MS, this.child);
  }

  async stop(): Promise<void> {
    await stopEngine(this.child);
  }
}

function assertJavaAvailable(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error('Java 17+ is required to run the embedded DynamoDB Local (install a JRE, or set DYNAMODB_ENDPOINT)');
  }
}
