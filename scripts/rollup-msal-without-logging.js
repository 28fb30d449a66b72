// @ts-check
/**
 * MSAL without its log messages, for the CDN build. MSAL writes hundreds of messages to its
 * logger, each a string that ships; Portico's browser code never gives MSAL a logger callback, so
 * MSAL's default one receives every message and shows none. This plugin drops those calls (each a
 * statement of its own: `this.logger.verbose("…")`, `logger.info(…)`) from MSAL's modules, which
 * changes nothing MSAL does, only what it would have said to nobody.
 */
import MagicString from 'magic-string';

/** The Logger methods that only log (msal-common's Logger). */
const LOGGING = new Set(['error', 'errorPii', 'warning', 'warningPii', 'info', 'infoPii', 'verbose', 'verbosePii', 'trace', 'tracePii']);

/** `logger`, `this.logger`, `this.commonLogger`, `this.stateParameters.logger`… @param {any} node */
function isLogger(node) {
  const name = node.type === 'Identifier' ? node.name : node.type === 'MemberExpression' && !node.computed ? node.property.name : '';
  return /logger$/i.test(name);
}

/** A statement that is only a call to one of the logger's logging methods. @param {any} node */
function isLogStatement(node) {
  if (node.type !== 'ExpressionStatement') return false;
  const call = node.expression.type === 'ChainExpression' ? node.expression.expression : node.expression;
  const callee = call.type === 'CallExpression' ? call.callee : null;
  return callee?.type === 'MemberExpression' && !callee.computed && LOGGING.has(callee.property.name) && isLogger(callee.object);
}

/** Calls `visit` on `node` and, unless it returns true, on every node under it. @param {any} node @param {(node: any) => boolean} visit */
function walk(node, visit) {
  if (visit(node)) return;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (typeof child?.type === 'string') walk(child, visit);
  }
}

/** @returns {import('rollup').Plugin} */
export function msalWithoutLogging() {
  return {
    name: 'msal-without-logging',
    transform(code, id) {
      if (!/\/node_modules\/@azure\/msal-(browser|common)\//.test(id.replaceAll('\\', '/'))) return null;
      const edited = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (!isLogStatement(node)) return false;
        edited.overwrite(node.start, node.end, ';');
        return true;
      });
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true }) } : null;
    },
  };
}
