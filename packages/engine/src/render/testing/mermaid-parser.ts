import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | undefined;

/**
 * Mermaid's own parser (`mermaid.parse`), as GitHub's renderer runs it in a browser: Mermaid sanitises labels
 * with DOMPurify, which needs a DOM, so it runs in jsdom's window. Resolves to the diagram type, rejects with
 * Mermaid's parse error. Tests only: mermaid and jsdom are dev dependencies.
 */
export async function parseMermaid(text: string): Promise<string> {
  loading ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('');
    // DOMPurify reads the global window when mermaid loads, so it must be in place before the import.
    Object.assign(globalThis, { window, document: window.document });
    return (await import('mermaid')).default;
  })();
  const mermaid = await loading;
  return (await mermaid.parse(text)).diagramType;
}
