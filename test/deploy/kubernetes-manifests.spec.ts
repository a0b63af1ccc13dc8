import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { isDefinedConfig, type DefinedConfig } from '../../src/shared/config/define-config.js';
import { productionProfileConfig, unsafeProductionSetting } from '../../src/shared/config/production-profile.js';

/**
 * Both overlays render with `kubectl kustomize`, every object is valid against the Kubernetes
 * schemas (kubernetes-models, offline), and every variable the manifests give the platform is one
 * its config schemas read, with a value those schemas accept.
 */
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: any;
  data?: Record<string, string>;
}

const OVERLAYS = ['demo', 'production'] as const;
const ROOT = join(process.cwd(), 'deploy', 'kubernetes');

function render(overlay: string): K8sObject[] {
  const output = execFileSync('kubectl', ['kustomize', join(ROOT, 'overlays', overlay)], { encoding: 'utf8' });
  return parseAllDocuments(output).map((document) => document.toJS() as K8sObject);
}

/** The kubernetes-models module of an apiVersion: `v1` is the core group. */
async function modelOf(object: K8sObject): Promise<new (data: unknown) => { validate(): void }> {
  const module = object.apiVersion.includes('external-secrets.io')
    ? await import(`@kubernetes-models/external-secrets/${object.apiVersion}`)
    : await import(`kubernetes-models/${object.apiVersion}`);
  const model = module[object.kind];
  if (!model) throw new Error(`no schema for ${object.apiVersion} ${object.kind}`);
  return model;
}

/** Every config namespace the platform defines (src/**\/*.config.ts), found by walking src/, not listed by hand. */
async function platformConfigs(): Promise<DefinedConfig[]> {
  const files = readdirSync(join(process.cwd(), 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.config.ts'));
  const configs: DefinedConfig[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(process.cwd(), 'src', file)).href)) as Record<string, unknown>;
    configs.push(...Object.values(module).filter(isDefinedConfig));
  }
  // The production profile's own schema (SANDBOX_ENABLED) lives beside the check that reads it.
  return [...configs, productionProfileConfig as unknown as DefinedConfig];
}

function deploymentOf(objects: K8sObject[]): K8sObject {
  const deployments = objects.filter((object) => object.kind === 'Deployment');
  expect(deployments).toHaveLength(1);
  return deployments[0];
}

/** The variables the platform container gets: literal env, then ConfigMaps and Secrets by envFrom. */
function environmentOf(objects: K8sObject[]): { values: Record<string, string>; secretNames: string[] } {
  const container = deploymentOf(objects).spec.template.spec.containers[0];
  const values: Record<string, string> = {};
  const secretNames: string[] = [];
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) {
      const configMap = objects.find((object) => object.kind === 'ConfigMap' && object.metadata.name === source.configMapRef.name);
      if (!configMap) throw new Error(`ConfigMap ${source.configMapRef.name} is not in the render`);
      Object.assign(values, configMap.data);
    }
    if (source.secretRef) {
      const secret = objects.find(
        (object) => (object.kind === 'ExternalSecret' && object.spec.target.name === source.secretRef.name) || (object.kind === 'Secret' && object.metadata.name === source.secretRef.name),
      );
      if (!secret) throw new Error(`Secret ${source.secretRef.name} is neither in the render nor produced by an ExternalSecret in it`);
      secretNames.push(...(secret.kind === 'Secret' ? Object.keys(secret.data ?? {}) : secret.spec.data.map((entry: { secretKey: string }) => entry.secretKey)));
    }
  }
  for (const entry of container.env ?? []) {
    if (entry.value !== undefined) values[entry.name] = entry.value;
    else secretNames.push(entry.name);
  }
  return { values, secretNames };
}

describe.each(OVERLAYS)('deploy/kubernetes overlay %s', (overlay) => {
  let objects: K8sObject[];
  let configs: DefinedConfig[];

  beforeAll(async () => {
    objects = render(overlay);
    configs = await platformConfigs();
  });

  it('renders every object the platform needs', () => {
    const kinds = new Set(objects.map((object) => object.kind));
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'NetworkPolicy', 'ConfigMap', 'ServiceAccount']) expect(kinds).toContain(kind);
  });

  it('validates every object against the Kubernetes schemas', async () => {
    for (const object of objects) {
      const Model = await modelOf(object);
      expect(() => new Model(object).validate()).not.toThrow();
    }
  });

  it('sets only variables the platform reads, with values its config schemas accept', () => {
    const known = new Set(configs.flatMap((config) => Object.keys(config.schema.shape)));
    expect(known.size).toBeGreaterThan(20);
    const { values, secretNames } = environmentOf(objects);
    const unknown = [...Object.keys(values), ...secretNames].filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
    for (const config of configs) {
      const parsed = config.schema.safeParse(values);
      expect(parsed.success ? 'valid' : `${String(config.KEY)}: ${parsed.error.message}`).toBe('valid');
    }
  });

  it('runs non-root, without privilege escalation, on a read-only root file system, with probes and resources', () => {
    const pod = deploymentOf(objects).spec.template.spec;
    const [container] = pod.containers;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
    expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(container.startupProbe.httpGet.path).toBe('/health');
    expect(container.livenessProbe.httpGet.path).toBe('/health');
    expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(container.resources.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
    expect(container.resources.limits.memory).toEqual(expect.any(String));
    // The process writes only under /data (DATA_DIR) and /tmp.
    expect(container.volumeMounts.map((mount: { mountPath: string }) => mount.mountPath).sort()).toEqual(['/data', '/tmp']);
    expect(environmentOf(objects).values.DATA_DIR).toBe('/data');
  });

  it('lets traffic in only on the HTTP port', () => {
    const policy = objects.find((object) => object.kind === 'NetworkPolicy')!;
    expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(policy.spec.ingress).toEqual([{ ports: [{ port: 'http', protocol: 'TCP' }] }]);
    const port = deploymentOf(objects).spec.template.spec.containers[0].ports.find((entry: { name: string }) => entry.name === 'http');
    expect(String(port.containerPort)).toBe(environmentOf(objects).values.PORT);
  });
});

describe('the two overlays', () => {
  it('demo: one replica with the embedded engines and a persistent volume', () => {
    const objects = render('demo');
    const deployment = deploymentOf(objects);
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy.type).toBe('Recreate');
    const data = deployment.spec.template.spec.volumes.find((volume: { name: string }) => volume.name === 'data');
    expect(objects.some((object) => object.kind === 'PersistentVolumeClaim' && object.metadata.name === data.persistentVolumeClaim.claimName)).toBe(true);
    const { values, secretNames } = environmentOf(objects);
    expect(values.DYNAMODB_ENDPOINT).toBeUndefined();
    expect(values.CHAIN_RPC_URL).toBeUndefined();
    expect(secretNames).toEqual([]);
  });

  it('production: three replicas on external DynamoDB and RPC, secrets from the secret store, egress HTTPS only', () => {
    const objects = render('production');
    const deployment = deploymentOf(objects);
    expect(deployment.spec.replicas).toBe(3);
    const { values, secretNames } = environmentOf(objects);
    expect(values.DYNAMODB_ENDPOINT).toMatch(/^https:\/\//);
    const keys = ['OPERATOR_PRIVATE_KEY', 'ATTESTER_PRIVATE_KEY', 'COMPLIANCE_PRIVATE_KEY', 'REGISTRAR_PRIVATE_KEY', 'ADMIN_PRIVATE_KEY', 'CLAIM_SIGNER_PRIVATE_KEY'];
    expect(secretNames).toEqual(expect.arrayContaining(['CHAIN_RPC_URL', ...keys, 'MASTER_KEY', 'JWT_SECRET']));
    // No secret in a ConfigMap.
    expect(Object.keys(values).filter((name) => /KEY|SECRET|PASSWORD|RPC_URL/.test(name))).toEqual([]);
    expect(objects.find((object) => object.kind === 'HorizontalPodAutoscaler')!.spec.minReplicas).toBeGreaterThanOrEqual(3);
    expect(objects.find((object) => object.kind === 'PodDisruptionBudget')!.spec.minAvailable).toBe(2);
    // The production profile boots on what the overlay gives it (secrets stand in for the store's values).
    expect(values.NODE_ENV).toBe('production');
    // Each role's key differs from the others' (the profile refuses two equal ones).
    const keyOf = (name: string) => `0x${(keys.indexOf(name) + 1).toString(16).repeat(64)}`;
    const fromStore = Object.fromEntries(secretNames.map((name) => [name, name.endsWith('PRIVATE_KEY') ? keyOf(name) : name === 'CHAIN_RPC_URL' ? 'https://rpc.example' : 'x'.repeat(32)]));
    expect(unsafeProductionSetting({ ...values, ...fromStore })).toBeUndefined();
    expect(unsafeProductionSetting({ ...values, ...fromStore, ATTESTER_PRIVATE_KEY: fromStore.OPERATOR_PRIVATE_KEY })).toMatch(/ATTESTER_PRIVATE_KEY is the same key as OPERATOR_PRIVATE_KEY/);
    expect(unsafeProductionSetting({ ...values, ...fromStore, MASTER_KEY: undefined })).toMatch(/MASTER_KEY/);
    const egressPorts = objects.find((object) => object.kind === 'NetworkPolicy')!.spec.egress.flatMap((rule: { ports: { port: number }[] }) => rule.ports.map((port) => port.port));
    expect([...new Set(egressPorts)].sort()).toEqual([443, 53]);
  });

  it('the validator refuses a malformed object (the check can fail)', async () => {
    const [deployment] = render('demo').filter((object) => object.kind === 'Deployment');
    const broken = { ...deployment, spec: { ...deployment.spec, replicas: 'three' } };
    const Model = await modelOf(broken);
    expect(() => new Model(broken).validate()).toThrow();
  });
});
