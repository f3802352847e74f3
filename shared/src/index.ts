export * from './vocabulary.js';
export * from './entities.js';
export * from './responses.js';
export * from './outputs.js';
export * from './text.js';
export * from './authors.js';
export * from './openapi.js';
export * from './site-url.js';
