// html-validate config for the built site (test/build/html-validate.test.ts runs it over every page in dist/).
// Start from the recommended rules; each relaxation below names the Starlight (or Astro) markup that needs it.
// Our own components must not rely on these: fix the markup instead of adding a relaxation.
export default {
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		{
			// Expressive Code (Starlight's code blocks) writes each line as <div class="ec-line"> inside <pre><code>,
			// and its copy button as <button><div></div></button>. Allow <div> there, and only there.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: { permittedContent: ['@phrasing', 'div'] },
		},
	],
	rules: {
		// Expressive Code's copy button is named by its title="Copy to clipboard" (a valid accessible name, which
		// html-validate does not count). Button names are still checked in a real browser by axe's button-name rule.
		'text-content': 'off',
		// Starlight's <Steps> writes <ol role="list"> on purpose: Safari drops list semantics when list-style is none.
		'no-redundant-role': 'off',
		// Starlight's <Tabs> uses role="presentation" on its <li>s; "none" is only a newer synonym.
		'presentation-role-style': 'off',
		// Astro serialises void elements self-closed (<meta … />, <link … />); both forms are valid HTML.
		'void-style': 'off',
		// Starlight's buttons (search <button data-open-modal>, the mobile menu toggle, the dialog's Cancel) have no
		// type attribute; none of them sits in a form, so the default "submit" never applies.
		'no-implicit-button-type': 'off',
		// Starlight renders the table of contents twice, <nav aria-labelledby="starlight__on-this-page--mobile"> and
		// <nav aria-labelledby="starlight__on-this-page">, both named "On this page"; only one is shown at any width.
		'unique-landmark': 'off',
		// Starlight's <h1 id="_top"> (the target of its "Overview" link) starts with an underscore; valid in HTML5,
		// so keep the rule but in relaxed mode (any non-empty id without spaces).
		'valid-id': ['error', { relaxed: true }],
		// Starlight sets style attributes: <dialog style="padding:0"> in search, style="--sl-icon-size: 1em" on icons,
		// style="--depth: 0" in the sidebar, style="display: none" on the shortcut hint.
		'no-inline-style': 'off',
	},
};
