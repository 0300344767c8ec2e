/** spdx-satisfies 6 ships no types: true when the SPDX expression can be met with licences from `allowed`. Throws on an invalid expression. */
declare module 'spdx-satisfies' {
  export default function satisfies(expression: string, allowed: string[]): boolean;
}
