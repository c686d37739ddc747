import { Address4, Address6 } from 'ip-address';

export interface ParsedCidr {
  readonly cidr: string;
  readonly family: 4 | 6;
  readonly start: bigint;
  readonly end: bigint;
}

/** Parses an IPv4 or IPv6 CIDR with ip-address; throws with an example of a valid value. */
export function parseCidr(cidr: string): ParsedCidr {
  const text = cidr.trim();
  if (Address4.isValid(text) && text.includes('/')) {
    const address = new Address4(text);
    return {
      cidr: text,
      family: 4,
      start: address.startAddress().bigInt(),
      end: address.endAddress().bigInt(),
    };
  }
  if (Address6.isValid(text) && text.includes('/')) {
    const address = new Address6(text);
    return {
      cidr: text,
      family: 6,
      start: address.startAddress().bigInt(),
      end: address.endAddress().bigInt(),
    };
  }
  throw new Error(`"${cidr}" is not a CIDR (example: 10.10.0.0/16)`);
}

export function cidrsOverlap(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return x.family === y.family && x.start <= y.end && y.start <= x.end;
}

export function ipInCidr(ip: string, cidr: string): boolean {
  const range = parseCidr(cidr);
  const value = Address4.isValid(ip) ? new Address4(ip).bigInt() : new Address6(ip).bigInt();
  return value >= range.start && value <= range.end;
}

export interface LabelledCidr {
  readonly cluster: string;
  readonly kind: 'pod' | 'service';
  readonly cidr: string;
}

/** Every pair of ranges from different clusters that overlap (same-cluster pairs are the cluster's own business). */
export function findOverlaps(ranges: readonly LabelledCidr[]): [LabelledCidr, LabelledCidr][] {
  const overlaps: [LabelledCidr, LabelledCidr][] = [];
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i];
      const b = ranges[j];
      if (a && b && a.cluster !== b.cluster && cidrsOverlap(a.cidr, b.cidr)) overlaps.push([a, b]);
    }
  }
  return overlaps;
}
