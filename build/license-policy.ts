// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- spdx-satisfies ships no types; this declares them for this file only
/// <reference path="./spdx-satisfies.d.ts" />
/**
 * Licence policy for what ships: every runtime dependency in the CycloneDX SBOM must be usable under a permissive
 * licence. The allow list is checked with `spdx-satisfies` (SPDX expressions: `MIT OR GPL-3.0` passes, `MIT AND
 * GPL-3.0` does not); copyleft licences (GPL, LGPL, AGPL, MPL, EPL, EUPL, CDDL, OSL, SSPL, CC-BY-SA) are not on it,
 * and neither is a missing or unreadable licence.
 */
import satisfies from 'spdx-satisfies';

/** Permissive licences a runtime dependency may carry (SPDX ids). */
export const ALLOWED_LICENSES = [
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'Apache-2.0',
  'CC0-1.0',
  'Unlicense',
  'BlueOak-1.0.0',
  'Zlib',
  'Python-2.0',
];

/** The part of a CycloneDX 1.5 document this check reads. */
export interface CycloneDxBom {
  bomFormat: string;
  components?: {
    name: string;
    version?: string;
    group?: string;
    licenses?: { license?: { id?: string; name?: string }; expression?: string }[];
  }[];
}

export interface LicenseProblem {
  component: string;
  license: string;
  reason: string;
}

/** The SPDX expression of a component's licences (several entries are all required, so they are ANDed). */
export function licenseExpression(c: NonNullable<CycloneDxBom['components']>[number]): string | null {
  const parts = (c.licenses ?? []).map((l) => l.expression ?? l.license?.id ?? l.license?.name).filter((x): x is string => !!x);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : parts.map((p) => `(${p})`).join(' AND ');
}

/** Every component whose licence is not satisfiable with the allow list; empty when the BOM passes. */
export function licenseProblems(bom: CycloneDxBom, allowed: readonly string[] = ALLOWED_LICENSES): LicenseProblem[] {
  if (bom.bomFormat !== 'CycloneDX') throw new Error('not a CycloneDX document');
  const problems: LicenseProblem[] = [];
  for (const c of bom.components ?? []) {
    const component = `${c.group ? `${c.group}/` : ''}${c.name}@${c.version ?? '?'}`;
    const expr = licenseExpression(c);
    if (!expr) {
      problems.push({ component, license: '(none)', reason: 'declares no licence' });
      continue;
    }
    let ok: boolean;
    try {
      ok = satisfies(expr, [...allowed]);
    } catch {
      problems.push({ component, license: expr, reason: 'is not an SPDX licence expression' });
      continue;
    }
    if (!ok)
      problems.push({
        component,
        license: expr,
        reason: /\b(A|L)?GPL|MPL|EPL|EUPL|CDDL|OSL|SSPL|CC-BY-SA/i.test(expr) ? 'is copyleft' : 'is not on the allow list',
      });
  }
  return problems;
}
