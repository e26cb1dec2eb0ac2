import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * What identifies "a device" for the new sign-in notice, without a cookie (the Cookie Policy lists none for
 * it): the browser family and operating system (never the version, so an update is not a new device) and the
 * coarse network (IPv4 /16, IPv6 /32: a home or office, not a person).
 */
export interface SignInDevice {
  /** "Chrome on Windows", or "an unknown browser". */
  browser: string;
  /** "203.0.x.x", "2001:db8:…", "the server's own machine" (loopback), or "an unknown network". */
  network: string;
}

const browsers: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(Chrome|CriOS|Chromium|HeadlessChrome)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];
const systems: [RegExp, string][] = [
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

export function browserFamily(userAgent: string | null | undefined): string {
  const agent = (userAgent ?? '').slice(0, 512);
  const browser = browsers.find(([pattern]) => pattern.test(agent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(agent))?.[1];
  if (!browser && !system) return 'an unknown browser';
  return `${browser ?? 'A browser'}${system ? ` on ${system}` : ''}`;
}

/** The network part of an address, as a person can read it; the rest is never kept or shown. */
export function coarseNetwork(ip: string | null | undefined): string {
  const address = (ip ?? '').trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (address === '::1' || address.startsWith('127.')) return "the server's own machine";
  if (isIP(address) === 4) {
    const [a, b] = address.split('.');
    return `${a}.${b}.x.x`;
  }
  if (isIP(address) === 6) {
    const groups = expandIpv6(address);
    return `${groups[0]}:${groups[1]}:…`;
  }
  return 'an unknown network';
}

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(missing, 0) }, () => '0'), ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}

export function signInDeviceOf(userAgent: string | null | undefined, ip: string | null | undefined): SignInDevice {
  return { browser: browserFamily(userAgent), network: coarseNetwork(ip) };
}

/** The only form in which a device is stored: keyed by the platform secret and the person, so it cannot be reversed by trying every network. */
export function deviceKeyOf(secret: string, userId: string, device: SignInDevice): string {
  return createHmac('sha256', secret).update(`sign-in-device\0${userId}\0${device.browser}\0${device.network}`).digest('base64url');
}
