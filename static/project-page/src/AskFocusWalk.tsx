import React, { useEffect, useState } from 'react';
import { rovo } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import { S } from './strings';

/** The manifest's `rovo:agent` (a test holds these to it and to src/app/agent/agent-contract.ts). */
export const ROVO_AGENT = { key: 'focus-walk-agent', name: 'Focus Walk' } as const;

/** "Ask Focus Walk": opens Rovo's chat with the app's agent, shown only where the site has Rovo. */
export function AskFocusWalk({ project }: { project: string }) {
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    void rovo.isEnabled().then(
      (on) => setEnabled(on === true),
      () => setEnabled(false),
    );
  }, []);
  if (!enabled) return null;
  return (
    <Button
      testId="ask-focus-walk"
      onClick={() =>
        void rovo
          .open({
            type: 'forge',
            agentKey: ROVO_AGENT.key,
            agentName: ROVO_AGENT.name,
            prompt: S.header.askPrompt(project),
          })
          .catch(() => setEnabled(false))
      }
    >
      {S.header.ask}
    </Button>
  );
}
