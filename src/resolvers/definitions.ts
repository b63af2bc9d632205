import Resolver from '@forge/resolver';
import { createHandlers, type HandlerDeps } from './handlers';

/** The resolver function Forge calls (`{ call: { functionKey, payload }, context }`). */
export function resolverDefinitions(deps: HandlerDeps): ReturnType<Resolver['getDefinitions']> {
  const resolver = new Resolver();
  for (const [key, fn] of Object.entries(createHandlers(deps))) {
    resolver.define(key, fn as Parameters<Resolver['define']>[1]);
  }
  return resolver.getDefinitions();
}
