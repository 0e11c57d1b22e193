// ANSI colour for a terminal; NO_COLOR (any non-empty value) turns it off (https://no-color.org).

export type Paint = (text: string, style: 'error' | 'warning' | 'info' | 'dim' | 'bold' | 'ok') => string;

const codes = { error: '31;1', warning: '33;1', info: '36', dim: '2', bold: '1', ok: '32' } as const;

export const noPaint: Paint = (text) => text;
export const ansiPaint: Paint = (text, style) => `\u001b[${codes[style]}m${text}\u001b[0m`;

/** Colour only on a terminal, never with NO_COLOR set. */
export function paintFor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): Paint {
  return isTTY && !env.NO_COLOR ? ansiPaint : noPaint;
}

