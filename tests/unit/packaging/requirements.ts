/** What issue 7 asks of electron-builder.yml beyond schema validity, as a list of problems (empty when met). */

/** Every fuse, and the value it must have. */
export const requiredFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
} as const;

export const requiredTargets = { linux: ['AppImage', 'deb'], mac: ['dmg'], win: ['nsis'] } as const;

type Config = Record<string, unknown>;

const isRecord = (value: unknown): value is Config => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const nonEmpty = (value: unknown) => typeof value === 'string' && value.trim() !== '';
/** A target is a name or `{ target: name, arch }`. */
const targetNames = (value: unknown) => list(value).map((target) => (isRecord(target) ? target['target'] : target));

function identityProblems(config: Config): string[] {
  return [
    ...(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(String(config['appId'])) ? [] : ['appId is not a reverse-DNS id']),
    ...(config['productName'] === 'Hostwise' ? [] : ['productName is not Hostwise']),
  ];
}

function contentProblems(config: Config): string[] {
  const files = list(config['files']);
  return [
    ...(JSON.stringify(files) === JSON.stringify(['out/**', 'package.json']) ? [] : [`files are ${JSON.stringify(files)}, not only out/** and package.json`]),
    ...(config['asar'] === true ? [] : ['asar is not true']),
  ];
}

function fuseProblems(config: Config): string[] {
  const fuses = config['electronFuses'];
  return Object.entries(requiredFuses)
    .filter(([fuse, value]) => field(fuses, fuse) !== value)
    .map(([fuse, value]) => `fuse ${fuse} is ${String(field(fuses, fuse))}, not ${String(value)}`);
}

function targetProblems(config: Config): string[] {
  const targets = Object.entries(requiredTargets).flatMap(([platform, names]) => {
    const actual = targetNames(field(config[platform], 'target'));
    return JSON.stringify([...actual].sort()) === JSON.stringify([...names].sort())
      ? []
      : [`${platform} targets are ${JSON.stringify(actual)}, not ${JSON.stringify(names)}`];
  });
  const linuxCategory = field(config['linux'], 'category');
  const macCategory = String(field(config['mac'], 'category'));
  return [
    ...targets,
    ...(nonEmpty(linuxCategory) ? [] : ['linux.category is missing']),
    ...(macCategory.startsWith('public.app-category.') ? [] : ['mac.category is not a public.app-category']),
  ];
}

function associationProblems(config: Config): string[] {
  const association = list(config['fileAssociations']).find((candidate) => field(candidate, 'ext') === 'hostwise');
  if (association === undefined) return ['no .hostwise file association'];
  const missing = ['name', 'description', 'icon', 'mimeType'].filter((key) => !nonEmpty(field(association, key)));
  return [
    ...missing.map((key) => `the .hostwise association has no ${key}`),
    ...(field(association, 'role') === 'Editor' ? [] : ['the .hostwise association’s role is not Editor']),
    ...(/^application\/[\w.+-]+$/.test(String(field(association, 'mimeType'))) ? [] : ['the .hostwise MIME type is malformed']),
  ];
}

export function packagingProblems(config: unknown): string[] {
  if (!isRecord(config)) return ['the configuration is not a mapping'];
  return [identityProblems, contentProblems, fuseProblems, targetProblems, associationProblems].flatMap((check) => check(config));
}

/** The association icon as written in the YAML (resolved against buildResources, extension added per platform). */
export function associationIcon(config: unknown): string | null {
  const association = list(field(config, 'fileAssociations')).find((candidate) => field(candidate, 'ext') === 'hostwise');
  const icon = field(association, 'icon');
  return typeof icon === 'string' ? icon : null;
}
