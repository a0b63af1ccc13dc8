import { addressGroup } from './address-group.js';

describe('addressGroup', () => {
  it('behavior: IPv4 stays as it is, an IPv4-mapped IPv6 address is its IPv4 address', () => {
    expect(addressGroup('203.0.113.7')).toBe('203.0.113.7');
    expect(addressGroup('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('behavior: every address of one IPv6 /64 is one group, however it is written', () => {
    const group = addressGroup('2001:db8:1:2::1');
    expect(addressGroup('2001:0db8:0001:0002:ffff:ffff:ffff:fffe')).toBe(group);
    expect(addressGroup('2001:db8:1:2:abcd::9')).toBe(group);
    expect(group).toBe('2001:db8:1:2::/64');
    expect(addressGroup('2001:db8:1:3::1')).not.toBe(group);
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
  });

  it('error: no address is one shared group', () => {
    expect(addressGroup(undefined)).toBe('unknown');
  });
});
