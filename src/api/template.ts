import { cypher } from '../graph/cypher';

/**
 * Cypher files with optional parts, for the by-key root fields: a request's query holds only
 * the nested parts its selection asks for. A query with every part present and gated by
 * boolean parameters costs Neo4j a plan several times larger (slow to compile: seconds on a
 * busy machine) and an Apply per row for every unasked part.
 *
 *   //#if flag        lines kept only when `flag` is true
 *   //#else           (optional) lines kept only when it is false
 *   //#end
 *   //#include name   the lines of cypher/<name>.cypher, expanded with the same flags
 *
 * Directive lines stand alone (nothing else on the line); blocks nest. Every flag a file
 * names must be given: a missing one is an error, not a silent false. Values still travel
 * as parameters, so the text varies only with the selection's shape, and each shape is
 * planned once (the expansions are cached per file and flag set).
 */
export type Flags = Readonly<Record<string, boolean>>;

const DIRECTIVE = /^\s*\/\/#(if|else|end|include)\b\s*([\w-]*)\s*$/;
const expanded = new Map<string, string>();
const MAX_EXPANSIONS = 2000;

/** Reads cypher/<name>.cypher (tests pass their own texts). */
export type ReadCypher = (name: string) => string;

function expandLines(
  name: string,
  flags: Flags,
  read: ReadCypher,
  seen: readonly string[],
): string[] {
  if (seen.includes(name)) throw new Error(`cypher/${name}.cypher includes itself`);
  const out: string[] = [];
  // One entry per open block: whether its lines are kept.
  const stack: { keep: boolean; sawElse: boolean }[] = [];
  const keeping = (): boolean => stack.every((b) => b.keep);
  const lines = read(name).split('\n');
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    const where = `cypher/${name}.cypher:${i + 1}`;
    if (!m) {
      if (line.includes('//#')) throw new Error(`${where}: malformed directive "${line.trim()}"`);
      if (keeping()) out.push(line);
      return;
    }
    const [, kind, arg] = m;
    if (kind === 'if') {
      const value = flags[arg];
      if (typeof value !== 'boolean') throw new Error(`${where}: flag "${arg}" not given`);
      stack.push({ keep: value, sawElse: false });
    } else if (kind === 'else') {
      const top = stack[stack.length - 1];
      if (!top || top.sawElse) throw new Error(`${where}: #else without #if`);
      top.keep = !top.keep;
      top.sawElse = true;
    } else if (kind === 'end') {
      if (!stack.pop()) throw new Error(`${where}: #end without #if`);
    } else if (keeping()) {
      out.push(...expandLines(arg, flags, read, [...seen, name]));
    }
  });
  if (stack.length > 0) throw new Error(`cypher/${name}.cypher: #if without #end`);
  return out;
}

/** The text of template `name` with its optional parts resolved for `flags`. */
export function expandTemplate(name: string, flags: Flags, read: ReadCypher = cypher): string {
  return expandLines(name, flags, read, []).join('\n');
}

/** Every flag template `name` and the files it includes name (whatever their values). */
export function templateFlags(name: string, read: ReadCypher = cypher): string[] {
  const out = new Set<string>();
  const visit = (file: string, seen: readonly string[]): void => {
    if (seen.includes(file)) return;
    for (const line of read(file).split('\n')) {
      const m = DIRECTIVE.exec(line);
      if (m?.[1] === 'if') out.add(m[2]);
      if (m?.[1] === 'include') visit(m[2], [...seen, file]);
    }
  };
  visit(name, []);
  return [...out].sort();
}

/** The text of cypher/<name>.cypher with its optional parts resolved for `flags` (cached). */
export function composed(name: string, flags: Flags): string {
  const id = `${name}\u0000${Object.keys(flags)
    .sort()
    .map((k) => `${k}=${flags[k] ? 1 : 0}`)
    .join(',')}`;
  let text = expanded.get(id);
  if (text === undefined) {
    text = expandTemplate(name, flags);
    if (expanded.size >= MAX_EXPANSIONS) expanded.clear();
    expanded.set(id, text);
  }
  return text;
}
