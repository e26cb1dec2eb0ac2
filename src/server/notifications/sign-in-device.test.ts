import { describe, expect, it } from 'vitest';
import { browserFamily, coarseNetwork, deviceKeyOf, signInDeviceOf } from './sign-in-device';

const chromeWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const firefoxLinux = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const safariIphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const edgeMac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

describe('a sign-in device', () => {
  it('names the browser family and system, never the version', () => {
    expect(browserFamily(chromeWindows)).toBe('Chrome on Windows');
    expect(browserFamily(chromeWindows.replace('131.0.0.0', '132.0.1.2'))).toBe('Chrome on Windows');
    expect(browserFamily(firefoxLinux)).toBe('Firefox on Linux');
    expect(browserFamily(safariIphone)).toBe('Safari on iOS');
    expect(browserFamily(edgeMac)).toBe('Edge on macOS');
    expect(browserFamily('curl/8.5.0')).toBe('an unknown browser');
    expect(browserFamily(undefined)).toBe('an unknown browser');
  });

  it('keeps only the network part of an address', () => {
    expect(coarseNetwork('203.0.113.57')).toBe('203.0.x.x');
    expect(coarseNetwork('::ffff:198.51.100.9')).toBe('198.51.x.x');
    expect(coarseNetwork('2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:…');
    expect(coarseNetwork('2001:0DB8::1')).toBe('2001:db8:…');
    expect(coarseNetwork('127.0.0.1')).toBe("the server's own machine");
    expect(coarseNetwork('::1')).toBe("the server's own machine");
    expect(coarseNetwork('unknown')).toBe('an unknown network');
    expect(coarseNetwork('203.0.113.57; drop table')).toBe('an unknown network');
  });

  it('is stored as a key that depends on the secret and the person, not on the address bits it dropped', () => {
    const device = signInDeviceOf(chromeWindows, '203.0.113.57');
    const key = deviceKeyOf('secret-one', 'user-a', device);
    expect(deviceKeyOf('secret-one', 'user-a', signInDeviceOf(chromeWindows, '203.0.7.7'))).toBe(key);
    expect(deviceKeyOf('secret-one', 'user-b', device)).not.toBe(key);
    expect(deviceKeyOf('secret-two', 'user-a', device)).not.toBe(key);
    expect(deviceKeyOf('secret-one', 'user-a', signInDeviceOf(firefoxLinux, '203.0.113.57'))).not.toBe(key);
    expect(key).not.toContain('203');
  });
});
