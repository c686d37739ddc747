import { Address4 } from 'ip-address';

function parse(cidr: string): Address4 {
  if (!Address4.isValid(cidr) || !cidr.includes('/')) throw new Error(`not an IPv4 CIDR: "${cidr}"`);
  return new Address4(cidr);
}

/** True when `inner` (an address or CIDR) lies entirely inside `outer`. */
export function cidrContains(outer: string, inner: string): boolean {
  const innerAddress = inner.includes('/') ? parse(inner) : new Address4(inner);
  return innerAddress.isInSubnet(parse(outer));
}

export function cidrsOverlap(a: string, b: string): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}
