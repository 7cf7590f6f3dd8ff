/**
 * The static paths of the element pages, one per entry of content/elements/ (the file name is the slug), shared by
 * the English and the Chinese route (src/pages/basics/elements/[slug].astro, src/pages/zh-cn/basics/elements/[slug].astro).
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export interface ElementPageProps {
	element: CollectionEntry<'elements'>;
}

export async function elementPaths(): Promise<Array<{ params: { slug: string }; props: ElementPageProps }>> {
	const elements = await getCollection('elements');
	return elements.map((element) => ({ params: { slug: element.id }, props: { element } }));
}
