import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import { UserError } from '../user-error.js';
import { parseYamlDocument } from '../yaml-document.js';
import { MetricCollector, childName } from './metric-collector.js';
import type { MetricMap } from './metric-collector.js';
import { readMetricText } from './metric-text.js';
import { numberValue } from './metric-value.js';

/**
 * Reads a YAML metrics file, flattened like JSON. YAML's own `.nan` and `.inf` are NaN and infinity; quoted
 * or bare words are read like JSON strings ("NaN", "0.9x" refused).
 */
export function readYamlMetrics(text: string, file: string): MetricMap {
  // Bounded first (nesting and alias expansion), so the walk below, which follows aliases to keep each
  // value's line, stays as small and shallow as the resolved document.
  const { document, lineCounter } = parseYamlDocument(text, file);
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    throw new UserError('the file is empty', { file, line: 1 });
  }
  if (!isMap(root) && !isSeq(root)) {
    throw new UserError('expected a mapping or list of metrics at the top level', { file, line: 1 });
  }
  const collector: MetricCollector = new MetricCollector(file);
  const at = (node: Node): { line: number; column: number } => {
    const position = lineCounter.linePos(node.range?.[0] ?? 0);
    return { line: position.line, column: position.col };
  };
  const walk = (node: unknown, name: string): void => {
    const resolved = isAlias(node) ? node.resolve(document as Document) : node;
    if (isMap(resolved)) {
      for (const pair of resolved.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (pair.value === null && isScalar(pair.key)) {
          const { line, column } = at(pair.key);
          collector.add(childName(name, key), { type: 'null' }, line, column);
        } else {
          walk(pair.value, childName(name, key));
        }
      }
      return;
    }
    if (isSeq(resolved)) {
      resolved.items.forEach((item, index) => walk(item, childName(name, String(index))));
      return;
    }
    if (!isScalar(resolved)) return;
    const { line, column } = at(resolved);
    const value = resolved.value;
    if (value === null || value === undefined) return collector.add(name, { type: 'null' }, line, column);
    if (typeof value === 'number') return collector.add(name, numberValue(value), line, column);
    if (typeof value === 'boolean') return collector.add(name, { type: 'boolean', value }, line, column);
    const reading = readMetricText(String(value), 'string');
    if (!reading.ok) collector.refuse(name, reading.problem, line, column);
    collector.add(name, reading.value, line, column);
  };
  walk(root, '');
  return collector.metrics;
}
