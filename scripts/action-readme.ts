// The README a sub-action starts with: a title, then every block doc-blocks.ts fills from the action.yml next
// to it. Written once by `npm run docs` when an action has no README; after that only the blocks are rewritten
// and whatever prose is added around them stays.
import path from 'node:path';
import type { ActionManifest } from '@mlgate/runner-harness';
import type { BlockKind } from './action-reference.js';

const SECTIONS: readonly { readonly heading?: string; readonly kind: BlockKind }[] = [
  { kind: 'description' },
  { heading: 'Usage', kind: 'usage' },
  { heading: 'Inputs', kind: 'inputs' },
  { heading: 'Outputs', kind: 'outputs' },
];

/** The blocks are left empty: syncing them is what fills them. */
export function readmeScaffold(manifest: ActionManifest): string {
  const title = typeof manifest.name === 'string' ? manifest.name : path.basename(manifest.dir);
  const sections = SECTIONS.map(({ heading, kind }) =>
    [
      ...(heading ? [`## ${heading}`, ''] : []),
      `<!-- action-docs ${kind} action.yml -->`,
      '<!-- /action-docs -->',
    ].join('\n'),
  );
  return [`# ${title}`, ...sections].join('\n\n') + '\n';
}
