/**
 * The href a component may render: a site path, a #fragment, or an https:, http: or mailto: address. Anything
 * else (javascript:, data:, vbscript:…, however it is spelt) stops the build, naming the component.
 */
import { refusedScheme } from './content-check/urls';

export function safeHref(href: unknown, component: string): string {
	const value = String(href ?? '');
	const scheme = refusedScheme(value);
	if (scheme) throw new Error(`<${component} href="${value.slice(0, 60)}">: ${scheme}: links are not allowed. Use a site path or an https: address.`);
	return value;
}
