export { EventBridgeModule } from './eventbridge.module.js';
export { EVENT_CATALOG, jsonSchemaOf, sourceOf } from './domain/event-catalog.js';
