/**
 * The tokens of a formula for the evaluator (formula-eval.ts): numbers, references (with the
 * sheet they name), function names, other names, the operators it reads, and any other character
 * as 'other' (refused when the parser reaches it, so a function before it is named first).
 */
import type { FormulaProblem } from './findings';

/** Raised inside the tokenizer and the parser to stop at the first problem; caught by `evaluateFormula` only. */
export class Stop extends Error {
  constructor(readonly problem: FormulaProblem) {
    super(`${problem.reason}: ${problem.detail}`);
  }
}

export const stop = (reason: FormulaProblem['reason'], detail: string): never => {
  throw new Stop({ reason, detail });
};

export type Token =
  | { t: 'num'; text: string }
  /** A cell reference, with the sheet it names when it names one. */
  | { t: 'ref'; text: string; sheet?: string }
  /** A word followed by "(": a function's name. */
  | { t: 'fn'; name: string }
  /** A word that is neither a reference nor a function (a defined name, TRUE …). */
  | { t: 'name'; text: string }
  | { t: 'op'; text: '+' | '-' | '(' | ')' | ',' | ':' }
  /** A character no formula here may hold ("*", "/", "&", "%", '"' …). */
  | { t: 'other'; text: string }
  | { t: 'end' };

const REF = /^\$?[A-Za-z]{1,3}\$?\d+$/;
/** Sticky patterns, read at `lastIndex`: a number, a word (function, reference, name or sheet), a reference after "Sheet!". */
const NUMBER_AT = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;
const WORD_AT = /[A-Za-z_$\u00c0-\uffff][\w.$\u00c0-\uffff]*/y;
const REF_AT = /\$?[A-Za-z]{1,3}\$?\d+/y;

/** The match of sticky pattern `re` at `i`, if any. */
function matchAt(re: RegExp, source: string, i: number): string | undefined {
  re.lastIndex = i;
  return re.exec(source)?.[0];
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i];
    if (/\s/.test(ch)) { i++; continue; }
    if ('+-(),:'.includes(ch)) {
      tokens.push({ t: 'op', text: ch as '+' });
      i++;
      continue;
    }
    if (/[\d.]/.test(ch)) {
      const text = matchAt(NUMBER_AT, source, i);
      if (text === undefined) return stop('syntax', ch);
      tokens.push({ t: 'num', text });
      i += text.length;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name ('Bảng chấm điểm'!D7; '' is a quote inside it).
      let j = i + 1;
      let name = '';
      for (; j < n; j++) {
        if (source[j] === "'") {
          if (source[j + 1] === "'") { name += "'"; j++; continue; }
          break;
        }
        name += source[j];
      }
      if (j >= n || source[j + 1] !== '!') return stop('syntax', source.slice(i));
      i = j + 2;
      i += pushRef(tokens, source, i, name);
      continue;
    }
    const text = matchAt(WORD_AT, source, i);
    if (text !== undefined) {
      i += text.length;
      if (source[i] === '!') {
        i++;
        i += pushRef(tokens, source, i, text);
        continue;
      }
      let k = i;
      while (k < n && /\s/.test(source[k])) k++;
      if (source[k] === '(') tokens.push({ t: 'fn', name: text.toUpperCase() });
      else if (REF.test(text)) tokens.push({ t: 'ref', text });
      else tokens.push({ t: 'name', text });
      continue;
    }
    // "*", "/", "^", "&", "%", comparisons, strings, arrays, external references "[1]" …:
    // refused when the parser reaches them, so a function before them is named first.
    tokens.push({ t: 'other', text: ch });
    i++;
  }
  tokens.push({ t: 'end' });
  return tokens;
}

/** Pushes the reference right after "Sheet!" at `i`; returns its length. */
function pushRef(tokens: Token[], source: string, i: number, sheet: string): number {
  const text = matchAt(REF_AT, source, i);
  if (text === undefined) return stop('syntax', source.slice(i));
  tokens.push({ t: 'ref', text, sheet });
  return text.length;
}
