import { describe, expect, it } from 'vitest';
import { cidrsOverlap, findOverlaps, ipInCidr, parseCidr } from '../../../src/util/cidr.js';

describe('cidr', () => {
  it('parseCidr() - reads IPv4 and IPv6 ranges', () => {
    expect(parseCidr('10.10.0.0/16')).toMatchObject({ family: 4 });
    expect(parseCidr('fd00:10::/64')).toMatchObject({ family: 6 });
  });

  it('parseCidr() - refuses non-CIDRs with an example', () => {
    expect(() => parseCidr('10.10.0.0')).toThrow(/example: 10\.10\.0\.0\/16/);
    expect(() => parseCidr('nonsense/8')).toThrow(/not a CIDR/);
  });

  it('cidrsOverlap() - detects containment and partial overlap, not neighbours', () => {
    expect(cidrsOverlap('10.0.0.0/8', '10.20.0.0/16')).toBe(true);
    expect(cidrsOverlap('10.10.0.0/16', '10.10.255.0/24')).toBe(true);
    expect(cidrsOverlap('10.10.0.0/16', '10.11.0.0/16')).toBe(false);
    expect(cidrsOverlap('10.0.0.0/8', 'fd00::/8')).toBe(false);
  });

  it('ipInCidr() - checks membership', () => {
    expect(ipInCidr('10.10.3.4', '10.10.0.0/16')).toBe(true);
    expect(ipInCidr('10.20.3.4', '10.10.0.0/16')).toBe(false);
  });

  it('findOverlaps() - reports only pairs from different clusters', () => {
    const overlaps = findOverlaps([
      { cluster: 'primary', kind: 'pod', cidr: '10.10.0.0/16' },
      { cluster: 'primary', kind: 'service', cidr: '10.10.1.0/24' },
      { cluster: 'remote-1', kind: 'pod', cidr: '10.0.0.0/8' },
      { cluster: 'remote-2', kind: 'service', cidr: '10.255.30.0/24' },
      { cluster: 'remote-3', kind: 'pod', cidr: '192.168.0.0/16' },
    ]);
    const described = overlaps.map(([a, b]) => `${a.cluster}/${a.kind}~${b.cluster}/${b.kind}`);
    expect(described).toEqual([
      'primary/pod~remote-1/pod',
      'primary/service~remote-1/pod',
      'remote-1/pod~remote-2/service',
    ]);
  });
});
