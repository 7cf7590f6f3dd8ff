/** What every page rule receives: the file (relative path), its text and its syntax tree. */
import type { MdxNode } from './mdx';

export interface Page {
	file: string;
	text: string;
	tree: MdxNode;
}
