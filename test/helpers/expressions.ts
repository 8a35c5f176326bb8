// GitHub Actions expressions (`${{ ... }}` and `if:`), as the runner evaluates them, for the parts
// the registry workflows use: context paths (github, needs, steps, matrix, inputs, vars, secrets),
// string and number literals, == != ! && || (returning operands, as GitHub does), parentheses, and
// the functions always, success, failure, cancelled, fromJSON, toJSON, format, contains, startsWith.
// A missing property is null, and null equals '' (GitHub coerces both to 0).

export type Contexts = Record<string, unknown>;
export interface Status {
  failed: boolean;
}

type Token = { t: 'str' | 'num' | 'path' | 'op' | 'fn'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let s = '';
      for (i++; ; i++) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i++;
        } else if (src[i] === "'") break;
        else s += src[i];
      }
      i++;
      out.push({ t: 'str', v: s });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9.]+/.exec(src.slice(i))![0];
      out.push({ t: 'num', v: m });
      i += m.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(src.slice(i))![0];
      i += m.length;
      out.push(src[i] === '(' ? { t: 'fn', v: m } : { t: 'path', v: m });
    } else {
      const two = src.slice(i, i + 2);
      const op = ['==', '!=', '&&', '||'].includes(two) ? two : '!(),'.includes(c) ? c : null;
      if (!op) throw new Error(`unexpected ${c} in ${src}`);
      out.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  return out;
}

const truthy = (v: unknown) => !(v === null || v === undefined || v === '' || v === 0 || v === false);
const loose = (v: unknown) =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v.toLowerCase() : typeof v === 'object' ? v : String(v);
export const asString = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export function evaluate(src: string, ctx: Contexts, status: Status = { failed: false }): unknown {
  const tokens = tokenize(src);
  let p = 0;
  const peek = () => tokens[p];
  const take = (v?: string) => {
    const tok = tokens[p++];
    if (!tok || (v !== undefined && tok.v !== v)) throw new Error(`expected ${v ?? 'a token'} in ${src}`);
    return tok;
  };
  const lookup = (path: string): unknown => {
    let v: unknown = ctx;
    for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    return v === undefined ? null : v;
  };
  const call = (name: string, args: unknown[]): unknown => {
    switch (name) {
      case 'always':
        return true;
      case 'success':
        return !status.failed;
      case 'failure':
        return status.failed;
      case 'cancelled':
        return false;
      case 'fromJSON':
        return JSON.parse(asString(args[0]));
      case 'toJSON':
        return JSON.stringify(args[0]);
      case 'format':
        return asString(args[0]).replace(/\{(\d+)\}/g, (_, n) => asString(args[Number(n) + 1]));
      case 'contains':
        return Array.isArray(args[0])
          ? args[0].some((x) => loose(x) === loose(args[1]))
          : asString(loose(args[0])).includes(asString(loose(args[1])));
      case 'startsWith':
        return asString(loose(args[0])).startsWith(asString(loose(args[1])));
      default:
        throw new Error(`unknown function ${name} in ${src}`);
    }
  };
  const primary = (): unknown => {
    const tok = take();
    if (tok.t === 'str') return tok.v;
    if (tok.t === 'num') return Number(tok.v);
    if (tok.t === 'path')
      return tok.v === 'true' ? true : tok.v === 'false' ? false : tok.v === 'null' ? null : lookup(tok.v);
    if (tok.t === 'fn') {
      take('(');
      const args: unknown[] = [];
      while (peek()?.v !== ')') {
        args.push(or());
        if (peek()?.v === ',') take(',');
      }
      take(')');
      return call(tok.v, args);
    }
    if (tok.v === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (tok.v === '!') return !truthy(primary());
    throw new Error(`unexpected ${tok.v} in ${src}`);
  };
  const equality = (): unknown => {
    let left = primary();
    while (peek()?.v === '==' || peek()?.v === '!=') {
      const op = take().v;
      const right = primary();
      const same = JSON.stringify(loose(left)) === JSON.stringify(loose(right));
      left = op === '==' ? same : !same;
    }
    return left;
  };
  const and = (): unknown => {
    let left = equality();
    while (peek()?.v === '&&') {
      take();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (peek()?.v === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const v = or();
  if (p !== tokens.length) throw new Error(`trailing tokens in ${src}`);
  return v;
}

/** A value with `${{ }}` in it: one whole expression keeps its type (an array for a matrix). */
export function interpolate(value: unknown, ctx: Contexts): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(value);
  if (whole) return evaluate(whole[1], ctx);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => asString(evaluate(e, ctx)));
}

/** A step's or job's `if:`; without a status function it runs only while nothing failed. */
export function condition(src: unknown, ctx: Contexts, status: Status): boolean {
  if (src === undefined) return !status.failed;
  const text = String(src)
    .replace(/^\s*\$\{\{/, '')
    .replace(/\}\}\s*$/, '');
  const v = evaluate(text, ctx, status);
  return /\b(always|failure|cancelled|success)\(/.test(text) ? truthy(v) : !status.failed && truthy(v);
}
