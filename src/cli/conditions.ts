/**
 * The subset of GitHub's expression language that action.yml's `if:` conditions use: `inputs.<name>`,
 * `steps.<id>.outputs.<name>`, `steps.<id>.outcome`, string literals, `==`, `!=`, `!`, `&&`, `||`,
 * parentheses and the status functions always(), success(), failure(). As on GitHub, a condition
 * without a status function runs only while no earlier step failed, and comparisons ignore case.
 * Anything else is refused, so action.yml cannot rely on what this runner would get wrong.
 */
export type Lookup = (path: string) => string;

type Token = { kind: 'op'; value: string } | { kind: 'str'; value: string } | { kind: 'ref'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(==|!=|&&|\|\||!|\(|\))|'((?:[^']|'')*)'|([A-Za-z][A-Za-z0-9_.-]*(?:\(\))?))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) throw new Error(`unsupported if: condition: ${text} (at "${text.slice(index)}")`);
    if (match[1] !== undefined) tokens.push({ kind: 'op', value: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: 'str', value: match[2].replace(/''/g, "'") });
    else if (match[3] !== undefined) tokens.push({ kind: 'ref', value: match[3] });
    index = pattern.lastIndex;
  }
  return tokens;
}

type Value = string | boolean;

const truthy = (value: Value): boolean => (typeof value === 'boolean' ? value : value !== '');
const text = (value: Value): string => (typeof value === 'boolean' ? String(value) : value);

/** Evaluates a condition; `failed` says whether an earlier step failed. */
export function evaluateCondition(condition: string, lookup: Lookup, failed: boolean): boolean {
  const source = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const tokens = tokenize(source);
  let position = 0;
  let usesStatus = false;
  const peek = () => tokens[position];
  const take = (value: string): boolean => {
    const token = peek();
    if (token?.kind === 'op' && token.value === value) {
      position++;
      return true;
    }
    return false;
  };
  const primary = (): Value => {
    const token = tokens[position++];
    if (!token) throw new Error(`unsupported if: condition (ends early): ${condition}`);
    if (token.kind === 'str') return token.value;
    if (token.kind === 'op' && token.value === '(') {
      const inner = or();
      if (!take(')')) throw new Error(`unsupported if: condition (missing ")"): ${condition}`);
      return inner;
    }
    if (token.kind === 'op' && token.value === '!') return !truthy(primary());
    if (token.kind === 'ref') {
      const status = { 'always()': true, 'success()': !failed, 'failure()': failed }[token.value];
      if (status !== undefined) {
        usesStatus = true;
        return status;
      }
      if (/^(inputs\.[\w-]+|steps\.[\w-]+\.(outputs\.[\w-]+|outcome))$/.test(token.value))
        return lookup(token.value);
    }
    throw new Error(`unsupported if: condition: ${condition} (at "${token.value}")`);
  };
  const comparison = (): Value => {
    const left = primary();
    if (take('==')) return text(left).toLowerCase() === text(primary()).toLowerCase();
    if (take('!=')) return text(left).toLowerCase() !== text(primary()).toLowerCase();
    return left;
  };
  const and = (): Value => {
    let value = comparison();
    while (take('&&')) {
      const right = comparison();
      value = truthy(value) && truthy(right);
    }
    return value;
  };
  const or = (): Value => {
    let value = and();
    while (take('||')) {
      const right = and();
      value = truthy(value) || truthy(right);
    }
    return value;
  };
  const result = truthy(or());
  if (position !== tokens.length) throw new Error(`unsupported if: condition: ${condition}`);
  return usesStatus ? result : result && !failed;
}
