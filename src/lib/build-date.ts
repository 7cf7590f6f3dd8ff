/**
 * What a built page says about the date it was built for (today() in src/lib/dates.ts, which honours SITE_DATE).
 *
 * Every page's footer says "Built for <date>" in plain HTML. The banner carries a hidden one-line notice and
 * the tiny script below, which shows the notice when the reader's date (UTC, the same calendar as the build)
 * is later than the build date — a missed daily rebuild, a cached copy or a saved page. No network, no
 * storage. The script's text never changes (the date travels in the data-built-for attribute), so its
 * sha256 hash is fixed and can sit in the Content-Security-Policy's list of allowed inline scripts.
 */

/** The attribute holding the build date (YYYY-MM-DD) on the notice element. */
export const BUILT_FOR_ATTRIBUTE = 'data-built-for';

/** The whole inline script: un-hides the notice when the build date is before the reader's UTC date. */
export const STALE_NOTICE_SCRIPT =
	"(function(){var n=document.querySelector('p[data-built-for]');if(n&&n.getAttribute('data-built-for')<new Date().toISOString().slice(0,10))n.hidden=false})()";
