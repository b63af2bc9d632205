import Resolver from '@forge/resolver';
import type { ResolverKey } from '../app/contract';
import type { Handler } from './handler';
import { services, type HandlerDeps } from './deps';
import { projectPageResolvers } from './project-page';
import { issuePanelResolvers } from './issue-panel';
import { readingMacroResolvers } from './reading-macro';
import { riskResolvers } from './risks';
import { peopleResolvers } from './people';
import { standupResolvers } from './standup';
import { findingsResolvers } from './findings';
import { gadgetResolvers } from './gadget';

/** Every resolver, by surface: the compiler holds the three to the contract's keys, each once. */
export function createHandlers(deps: HandlerDeps): { [K in ResolverKey]: Handler<K> } {
  const s = services(deps);
  const page = projectPageResolvers(s);
  const panel = issuePanelResolvers(s);
  const macro = readingMacroResolvers(s);
  const register = riskResolvers(s);
  const people = peopleResolvers(s);
  const standup = standupResolvers(s);
  const findings = findingsResolvers(s);
  const gadget = gadgetResolvers(s);
  const all = [page, panel, macro, register, people, standup, findings, gadget];
  const keys = all.flatMap((r) => Object.keys(r));
  if (new Set(keys).size !== keys.length) throw new Error('a resolver is defined by two surfaces');
  return { ...page, ...panel, ...macro, ...register, ...people, ...standup, ...findings, ...gadget };
}

/** The resolver function Forge calls (`{ call: { functionKey, payload }, context }`). */
export function resolverDefinitions(deps: HandlerDeps): ReturnType<Resolver['getDefinitions']> {
  const resolver = new Resolver();
  for (const [key, fn] of Object.entries(createHandlers(deps))) {
    resolver.define(key, fn as Parameters<Resolver['define']>[1]);
  }
  return resolver.getDefinitions();
}
