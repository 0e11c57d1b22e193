// The profile's DOI suffix pattern (`qr.{year}.{issue}.{seq}`) read both ways:
// the running number inside a DOI, and the DOI for given issue values.
import type { Profile } from '../profile/types.js';

export function seqPattern(doi: Profile['doi']): RegExp {
  const escaped = doi.suffixPattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = escaped.replace(/\\\{seq\\\}/g, '(?<seq>\\d+)').replace(/\\\{(year|volume|issue)\\\}/g, '[^/]+?');
  return new RegExp(`^${doi.prefix.replace(/\./g, '\\.')}/${body}$`, 'i');
}

/** The running number a DOI carries, when it follows the pattern and the pattern has {seq}. */
export function seqOf(profile: Pick<Profile, 'doi'>, doi: string): number | undefined {
  const seq = seqPattern(profile.doi).exec(doi)?.groups?.seq;
  return seq === undefined ? undefined : Number(seq);
}

export function doiFor(profile: Pick<Profile, 'doi'>, values: { year: number; volume: number; issue: string; seq: number }): string {
  const suffix = profile.doi.suffixPattern
    .replace(/\{year\}/g, String(values.year))
    .replace(/\{volume\}/g, String(values.volume))
    .replace(/\{issue\}/g, values.issue)
    .replace(/\{seq\}/g, String(values.seq));
  return `${profile.doi.prefix}/${suffix}`;
}
