/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4), for
 * tests: it throws on the first line a Prometheus server would refuse, so
 * "parses" means what it says, and returns the samples to assert on.
 */

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  /** Family name → its TYPE. */
  types: Map<string, string>;
  samples: Sample[];
  /** The value of the one sample of `name` whose labels include `labels`; throws when there is none or several. */
  value(name: string, labels?: Record<string, string>): number;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Record<string, string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/** Values are read as Go's strconv.ParseFloat reads them: NaN and ±Inf in any letter case. */
function parseValue(text: string, line: string): number {
  const lower = text.toLowerCase();
  if (lower === '+inf' || lower === 'inf') return Infinity;
  if (lower === '-inf') return -Infinity;
  if (lower === 'nan') return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`not a number: ${text} in «${line}»`);
  return Number(text);
}

/** Reads `{a="x",b="y\"z"}` starting at `at`; returns the labels and the index after `}`. */
function parseLabels(line: string, at: number): { labels: Record<string, string>; end: number } {
  const labels: Record<string, string> = {};
  let i = at + 1;
  while (line[i] !== '}') {
    const eq = line.indexOf('=', i);
    if (eq < 0) throw new Error(`label without = in «${line}»`);
    const name = line.slice(i, eq);
    if (!LABEL_NAME.test(name)) throw new Error(`bad label name ${name} in «${line}»`);
    if (line[eq + 1] !== '"') throw new Error(`label value not quoted in «${line}»`);
    let value = '';
    let j = eq + 2;
    for (; j < line.length && line[j] !== '"'; j++) {
      if (line[j] === '\\') {
        const next = line[++j];
        if (next === 'n') value += '\n';
        else if (next === '\\' || next === '"') value += next;
        else throw new Error(`bad escape \\${next} in «${line}»`);
      } else value += line[j];
    }
    if (j >= line.length) throw new Error(`unterminated label value in «${line}»`);
    if (name in labels) throw new Error(`label ${name} twice in «${line}»`);
    labels[name] = value;
    i = j + 1;
    if (line[i] === ',') i++;
    else if (line[i] !== '}') throw new Error(`expected , or } in «${line}»`);
  }
  return { labels, end: i + 1 };
}

/** Parses an exposition; throws naming the first bad line. */
export function parsePrometheusText(text: string): Exposition {
  if (text.length > 0 && !text.endsWith('\n')) throw new Error('the exposition must end with a newline');
  const types = new Map<string, string>();
  const helped = new Set<string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const match = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
      if (!match) continue; // a plain comment
      const [, keyword, name, rest] = match as unknown as [string, string, string, string];
      if (!NAME.test(name)) throw new Error(`bad metric name in «${line}»`);
      if (keyword === 'TYPE') {
        if (!TYPES.has(rest)) throw new Error(`unknown type in «${line}»`);
        if (types.has(name)) throw new Error(`TYPE of ${name} given twice`);
        if (samples.some((s) => familyOf(s.name, types) === name)) throw new Error(`TYPE of ${name} after its samples`);
        types.set(name, rest);
      } else {
        if (helped.has(name)) throw new Error(`HELP of ${name} given twice`);
        helped.add(name);
      }
      continue;
    }
    const nameEnd = line.search(/[{ ]/);
    if (nameEnd <= 0) throw new Error(`not a sample: «${line}»`);
    const name = line.slice(0, nameEnd);
    if (!NAME.test(name)) throw new Error(`bad metric name in «${line}»`);
    let rest = nameEnd;
    let labels: Record<string, string> = {};
    if (line[rest] === '{') ({ labels, end: rest } = parseLabels(line, rest));
    if (line[rest] !== ' ') throw new Error(`expected a space before the value in «${line}»`);
    const parts = line.slice(rest + 1).split(' ');
    if (parts.length > 2) throw new Error(`too many fields in «${line}»`);
    const value = parseValue(parts[0] as string, line);
    if (parts[1] !== undefined && !/^-?\d+$/.test(parts[1])) throw new Error(`bad timestamp in «${line}»`);
    samples.push({ name, labels, value });
  }
  return {
    types,
    samples,
    value(name, wanted = {}) {
      const found = samples.filter(
        (s) => s.name === name && Object.entries(wanted).every(([key, v]) => s.labels[key] === v),
      );
      if (found.length !== 1) throw new Error(`${found.length} samples of ${name} ${JSON.stringify(wanted)}`);
      return (found[0] as Sample).value;
    },
  };
}

/** The family a sample belongs to (a histogram's _bucket belongs to the histogram). */
function familyOf(sampleName: string, types: Map<string, string>): string {
  if (types.has(sampleName)) return sampleName;
  for (const [family, type] of types)
    for (const suffix of SUFFIXES[type] ?? []) if (suffix && sampleName === `${family}${suffix}`) return family;
  return sampleName;
}
