import { stringify } from 'yaml';
import type { ScalarTag } from 'yaml';
import { describeBaseline } from '../compare/baseline-provenance.js';
import { comparisonCells } from '../render/comparison-rows.js';
import { KEEP, fitSections, tableSection } from '../render/report-sections.js';
import type { ReportSection } from '../render/report-sections.js';
import { escapeUntrusted, escapeUntrustedCell, terminalText } from '../render/untrusted-text.js';
import { MLGATE_VERSION } from '../report/report-subject.js';
import { GitHubLimits } from '../surfaces/github-limits.js';
import type { ManifestGate, ModelManifest } from './model-manifest.js';
import { MODEL_NAME_PATTERN, tryParseVersion } from './model-version.js';
import { MODEL_MANIFEST_FILE } from './release-assets.js';
import { compareReleases, releaseMetrics } from './release-comparison.js';
import { SHA256SUMS_FILE } from './sha256-sums.js';
import { countWords as plural, groupDigits } from '../count-words.js';

/** The previous release of the same model, to compare metrics with. */
export interface PreviousRelease {
  readonly tag: string;
  /** Its manifest; undefined when the release has none (published before mlgate, or by hand). */
  readonly manifest: ModelManifest | undefined;
}

export interface ModelCardInput {
  readonly manifest: ModelManifest;
  /** Absent for the first release of the model. */
  readonly previous?: PreviousRelease;
  /** GITHUB_SERVER_URL, for links to the commit (GitHub Enterprise Server has its own); default github.com. */
  readonly serverUrl?: string;
}

// Sections that go first when the body must shrink, lowest first. The headline, the metrics, the lineage,
// the datasets' fingerprints and how to verify are never dropped (a table only loses rows, last resort).
const CARD_PRIORITY = { dataFiles: 20, modelFiles: 30 } as const;

const SAFE_URL = /^https?:\/\/[^\s()<>[\]"'`]+$/;
const HEX = /^[0-9a-f]+$/;

/** A link only from text that cannot carry markup; otherwise the text alone. */
function link(text: string, url: string | undefined): string {
  return url !== undefined && SAFE_URL.test(url) ? `[${text}](${url})` : text;
}

/** A digest in a code span when it is hex, as every digest mlgate writes is; anything else escaped. */
function digest(text: string, max: number = 64): string {
  return HEX.test(text)
    ? `\`${text.slice(0, max)}${text.length > max ? '…' : ''}\``
    : escapeUntrusted(text, 70);
}

/** `2026-06-01 09:30:00 UTC`: a time that parses is shown plainly, anything else escaped. */
function timestamp(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time)
    ? escapeUntrusted(iso, 40)
    : `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** `owner/name` for a command line or a link, only when it is plain (a code block shows it unescaped). */
function plainRepository(manifest: ModelManifest): string | undefined {
  const repository = manifest.subject.repository;
  return repository !== undefined && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)
    ? repository
    : undefined;
}

function repositoryUrl(input: ModelCardInput): string | undefined {
  const repository = plainRepository(input.manifest);
  const server = (input.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  return repository !== undefined && SAFE_URL.test(server) ? `${server}/${repository}` : undefined;
}

function headline(input: ModelCardInput): ReportSection {
  const { manifest } = input;
  const repo = repositoryUrl(input);
  const commit = link(`\`${manifest.commit.slice(0, 7)}\``, repo && `${repo}/commit/${manifest.commit}`);
  const where =
    manifest.subject.repository !== undefined ? ` of ${escapeUntrusted(manifest.subject.repository)}` : '';
  return {
    title: 'headline',
    priority: KEEP,
    text:
      `## ${escapeUntrusted(manifest.name)} ${escapeUntrusted(manifest.version)}\n\n` +
      `Built from commit ${commit}${where}.\n\n`,
  };
}

function metricsTable(
  caption: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): ReportSection {
  const align = columns.map((_, index) => (index === 0 ? '---' : '---:'));
  return tableSection('metrics', KEEP, {
    head: `### Metrics\n\n${caption}\n\n| ${columns.join(' | ')} |\n| ${align.join(' | ')} |\n`,
    rows: rows.map((cells) => `| ${cells.map((cell) => escapeUntrustedCell(cell)).join(' | ')} |\n`),
    tail: '\n',
    more: (omitted) =>
      `| … ${plural(omitted, 'more metric')} in ${MODEL_MANIFEST_FILE} |${' |'.repeat(columns.length - 1)}\n`,
  });
}

function metricsSection(input: ModelCardInput): ReportSection {
  const { manifest, previous } = input;
  const name = escapeUntrusted(manifest.name);
  const current = [...releaseMetrics(manifest)];
  const compared = previous?.manifest === undefined ? [] : compareReleases(manifest, previous.manifest);
  if (current.length === 0 && compared.length === 0) {
    return {
      title: 'metrics',
      priority: KEEP,
      text: '### Metrics\n\nNo metrics: the run gave no comparison report.\n\n',
    };
  }
  if (previous?.manifest !== undefined) {
    return metricsTable(
      `Against the previous release, ${escapeUntrusted(previous.tag)}:`,
      ['Metric', escapeUntrustedCell(previous.tag, 60), 'This release', 'Δ', 'Δ%'],
      compared.map((row) => comparisonCells(row)),
    );
  }
  const caption =
    previous === undefined
      ? `The first release of ${name}: no earlier release to compare with.`
      : `The previous release, ${escapeUntrusted(previous.tag)}, has no ${MODEL_MANIFEST_FILE} to compare with.`;
  // The comparison's cells with no baseline: the name and the value, formatted as every table formats them.
  const rows = current.map(([metric, value]) => {
    const [shownName, , shownValue] = comparisonCells({
      name: metric,
      baseline: null,
      current: value,
      delta: null,
      verdict: 'new',
      reason: 'first release',
      rule: { match: 'builtin' },
    });
    return [shownName, shownValue];
  });
  return metricsTable(caption, ['Metric', 'Value'], rows);
}

function gateLine(gate: ManifestGate): string {
  switch (gate.source) {
    case 'not-required':
      return 'not required for this release';
    case 'check-run':
      return `passed: ${escapeUntrusted(gate.reason, 200)} (${link(`check run ${gate.checkRunId}`, gate.url)})`;
    case 'reports': {
      const files = gate.reports.map((report) => escapeUntrusted(report.file, 60)).join(', ');
      return `passed: ${escapeUntrusted(gate.reason, 200)} (reports: ${files})`;
    }
  }
}

function lineageSection(input: ModelCardInput): ReportSection {
  const { manifest } = input;
  const repo = repositoryUrl(input);
  const lines = [
    `- **Commit:** ${link(`\`${manifest.commit}\``, repo && `${repo}/commit/${manifest.commit}`)}`,
  ];
  const pr = manifest.pullRequest;
  if (pr === null) {
    lines.push('- **Pull request:** none');
  } else {
    const approvers =
      pr.approvers.length > 0
        ? `approved by ${pr.approvers.map((login) => escapeUntrusted(login, 40)).join(', ')}`
        : 'no approval counted';
    lines.push(`- **Pull request:** ${link(`#${pr.number}`, pr.url)}, ${approvers}`);
  }
  lines.push(`- **Gate:** ${gateLine(manifest.gate)}`);
  for (const group of manifest.metrics) {
    lines.push(
      `- **Metrics compared by the gate with:** ${escapeUntrusted(describeBaseline(group.baseline), 200)} ` +
        `(verdict ${group.verdict})`,
    );
  }
  lines.push(
    `- **Created:** ${timestamp(manifest.createdAt)} by mlgate ${escapeUntrusted(manifest.mlgateVersion, 20)}`,
  );
  return { title: 'lineage', priority: KEEP, text: `### Lineage\n\n${lines.join('\n')}\n\n` };
}

function dataSections(manifest: ModelManifest): ReportSection[] {
  if (manifest.data.length === 0) {
    return [{ title: 'data', priority: KEEP, text: '### Data\n\nNo validation report was given.\n\n' }];
  }
  // Not a table section: fitSections shortens the kept tables last first, and the fingerprints (one line a
  // validation report) are the lineage itself, so they are never cut; the metrics table shrinks instead.
  const datasets: ReportSection = {
    title: 'data fingerprints',
    priority: KEEP,
    text:
      '### Data\n\n| Schema | Schema sha256 | Fingerprint | Files | Rows |\n| --- | --- | --- | ---: | ---: |\n' +
      manifest.data
        .map((dataset) => {
          const rows = dataset.files.reduce((sum, file) => sum + file.rows, 0);
          return (
            `| ${escapeUntrustedCell(dataset.schema.path)} | ${digest(dataset.schema.sha256, 12)} | ` +
            `${digest(dataset.fingerprint)} | ${groupDigits(dataset.files.length)} | ${groupDigits(rows)} |\n`
          );
        })
        .join('') +
      '\n',
  };
  const files = manifest.data.flatMap((dataset) => dataset.files);
  const fileTable = tableSection('data files', CARD_PRIORITY.dataFiles, {
    head: `<details><summary>${plural(files.length, 'data file')}</summary>\n\n| File | Rows | sha256 |\n| --- | ---: | --- |\n`,
    rows: files.map(
      (file) =>
        `| ${escapeUntrustedCell(file.path)} | ${groupDigits(file.rows)} | ${digest(file.sha256, 12)} |\n`,
    ),
    tail: '\n</details>\n\n',
    more: (omitted) => `| … ${plural(omitted, 'more file')} in ${MODEL_MANIFEST_FILE} | | |\n`,
  });
  return [datasets, fileTable];
}

function modelFilesSection(manifest: ModelManifest): ReportSection {
  return tableSection('model files', CARD_PRIORITY.modelFiles, {
    head: '### Files\n\n| File | Bytes | sha256 |\n| --- | ---: | --- |\n',
    rows: manifest.assets.map(
      (asset) =>
        `| ${escapeUntrustedCell(asset.name)} | ${groupDigits(asset.bytes)} | ${digest(asset.sha256, 12)} |\n`,
    ),
    tail: `\n${SHA256SUMS_FILE} lists every file's full sha256.\n\n`,
    more: (omitted) => `| … ${plural(omitted, 'more file')} in ${SHA256SUMS_FILE} | | |\n`,
  });
}

function downloadSection(manifest: ModelManifest): ReportSection {
  // Only plain text goes into the code blocks, unescaped: the model name and version are checked when the
  // manifest is built or read (checked again here, since a code block would show anything as it is), and the
  // repository is used only when it is a plain owner/name.
  const { name, version, tag } = manifest;
  if (
    !MODEL_NAME_PATTERN.test(name) ||
    tryParseVersion(version) === undefined ||
    tag !== `${name}-v${version}`
  ) {
    throw new Error(
      `a manifest neither built nor parsed by mlgate: name ${JSON.stringify(name)}, tag ${JSON.stringify(tag)}`,
    );
  }
  const repo = plainRepository(manifest) ?? 'OWNER/REPO';
  return {
    title: 'download',
    priority: KEEP,
    text:
      '### Download and verify\n\n' +
      '```sh\n' +
      `mlgate model download ${name}@${version} --repo ${repo}\n` +
      '```\n\n' +
      `Or with the GitHub CLI, then check every file against the release's ${SHA256SUMS_FILE}:\n\n` +
      '```sh\n' +
      `gh release download ${tag} --repo ${repo}\n` +
      `sha256sum -c ${SHA256SUMS_FILE}\n` +
      '```\n\n',
  };
}

function cardSections(input: ModelCardInput): ReportSection[] {
  return [
    headline(input),
    metricsSection(input),
    lineageSection(input),
    ...dataSections(input.manifest),
    modelFilesSection(input.manifest),
    downloadSection(input.manifest),
  ];
}

function footer(): string {
  return `---\n<sub>mlgate ${MLGATE_VERSION} · ${MODEL_MANIFEST_FILE} has the full lineage</sub>\n`;
}

/**
 * The release body: the model card in Markdown, within GitHub's release body limit. When it does not fit,
 * the data files' and model files' tables go first, then the kept tables lose rows from their end, as
 * render/report-sections.ts shortens a report; a note says what was left out and that the manifest has it.
 */
export function renderReleaseBody(
  input: ModelCardInput,
  maxLength: number = GitHubLimits.releaseBodyChars,
): string {
  const end = footer();
  const body = fitSections(cardSections(input), {
    maxLength: maxLength - end.length,
    unit: 'chars',
    note: (leftOut) =>
      leftOut.length === 0
        ? ''
        : `> [!NOTE]\n> Shortened to fit GitHub's release body limit, leaving out: ${leftOut.join(', ')}. ` +
          `${MODEL_MANIFEST_FILE} has everything.\n\n`,
  });
  return `${body}${end}`;
}

/** What a model hub needs to file the results: mlgate cannot know the task or the evaluation data. */
export interface HubEvaluation {
  /** A Hugging Face task id (`tabular-classification`, `text-classification`, …); default `other`. */
  readonly task?: { readonly type: string; readonly name?: string };
  /** The evaluation data: `type` a dataset id, `name` a readable name; default a generic description. */
  readonly dataset?: { readonly type: string; readonly name: string; readonly split?: string };
}

// PyYAML (what the Hub reads metadata with) takes `1e-7` for a string: YAML 1.1's float needs a '.'. Written
// as `1.0e-7`, the number reads as a float in YAML 1.1 and 1.2 alike.
const HUB_FLOAT: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: /^[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?$/,
  resolve: (text) => Number(text.replace(/_/g, '')),
  stringify: ({ value }) => {
    const text = String(value);
    const [mantissa = '', exponent] = text.split('e');
    return exponent !== undefined && !mantissa.includes('.') ? `${mantissa}.0e${exponent}` : text;
  },
};

/** Untrusted text as a YAML value: one line, no control character or bidi override. */
const oneLine = (text: string): string => terminalText(text);

/**
 * `MODEL_CARD.md` in Hugging Face model card form: YAML front matter (`tags`, and `model-index` with one
 * result holding every finite numeric metric of the release; NaN, infinities, text and booleans are left out,
 * which the Hub's metric values cannot hold as numbers), then the card in Markdown, whole. The YAML is
 * written by the `yaml` package as YAML 1.1 (quoting `yes`, `on`, `null` as strings, as PyYAML would read
 * them), never folded or in block scalars, so no line of it starts at the left margin but its top-level keys.
 */
export function renderHubModelCard(input: ModelCardInput, evaluation: HubEvaluation = {}): string {
  const { manifest } = input;
  const metrics = [...releaseMetrics(manifest)].flatMap(([name, value]) =>
    value.type === 'number' ? [{ type: oneLine(name), value: value.value, name: oneLine(name) }] : [],
  );
  const task = evaluation.task ?? { type: 'other' };
  const dataset = evaluation.dataset ?? { type: 'custom', name: `${manifest.name} evaluation data` };
  const metadata = {
    tags: ['mlgate'],
    ...(metrics.length > 0
      ? {
          'model-index': [
            {
              name: manifest.name,
              results: [
                {
                  task: {
                    type: oneLine(task.type),
                    ...(task.name !== undefined ? { name: oneLine(task.name) } : {}),
                  },
                  dataset: {
                    type: oneLine(dataset.type),
                    name: oneLine(dataset.name),
                    ...(dataset.split !== undefined ? { split: oneLine(dataset.split) } : {}),
                  },
                  metrics,
                },
              ],
            },
          ],
        }
      : {}),
  };
  const yaml = stringify(metadata, {
    version: '1.1',
    customTags: (tags) => [HUB_FLOAT, ...tags],
    lineWidth: 0,
    blockQuote: false,
  });
  const markdown = cardSections(input)
    .map((section) => section.text)
    .join('');
  return `---\n${yaml}---\n\n${markdown}${footer()}`;
}
