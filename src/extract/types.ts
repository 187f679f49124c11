import type { Article, Message } from "../envelope/types.js";

/** What an extractor reads: the decoded page and where it came from. */
export interface ExtractInput {
  raw: string;
  url: string | null;
}

/** What an extractor finds: the article and the problems it met (located messages). */
export interface ExtractResult {
  article: Article;
  messages: Message[];
}
