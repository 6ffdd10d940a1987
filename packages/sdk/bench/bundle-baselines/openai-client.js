// Baseline: openai-node's client, the anchor govkit's client imitates (resource tree, retries,
// typed errors, pagination, streaming). One call keeps the whole client, as with `createClient`.
import OpenAI from 'openai';

export const listModels = (apiKey) => new OpenAI({ apiKey }).models.list();
