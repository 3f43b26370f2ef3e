// npm records a platform-specific optional dependency in package-lock.json only when the registry serves
// its manifest. The registry this project installs from serves some platforms' builds only, so `npm install`
// leaves the other platforms' entries out, and `npm ci` then refuses the lockfile as out of sync. This adds
// the missing entries (version, os, cpu, libc from the package name), which `npm ci` skips as foreign
// platforms. Run it after every `npm install` that changes the lockfile: `npm run lockfile`.
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  resolved?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const OS = [
  'darwin',
  'linux',
  'win32',
  'freebsd',
  'android',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
  'openbsd',
];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64'];

function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | undefined {
  const parts = (name.split('/').pop() ?? name).split('-');
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  if (os === undefined || cpu === undefined) return undefined;
  const libc =
    os === 'linux' ? (parts.some((part) => part.startsWith('musl')) ? ['musl'] : ['glibc']) : undefined;
  return { os: [os], cpu: [cpu], ...(libc !== undefined ? { libc } : {}) };
}

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] !== undefined) continue;
    const platform = platformOf(name);
    const version = range.replace(/^[\^~=]/, '');
    if (platform === undefined || !/^\d+\.\d+\.\d+/.test(version)) continue;
    const base = name.split('/').pop() ?? name;
    lock.packages[key] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${base}-${version}.tgz`,
      ...(entry.dev === true ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added += 1;
  }
}
// npm orders entries with localeCompare; keep that so the diff is only the added entries.
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en')),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);
