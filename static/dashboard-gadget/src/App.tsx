import React, { useEffect, useState } from 'react';
import { view } from '@forge/bridge';
import { token } from '@atlaskit/tokens';
import { GadgetView } from './GadgetView';
import { GadgetEdit } from './GadgetEdit';
import type { GadgetConfig } from '../../../src/app/contract';

/** Where the frame runs: the gadget on a dashboard, or its edit view; with the settings Jira kept. */
interface Frame {
  edit: boolean;
  config: GadgetConfig;
  /** The app's page path in this project, from the frame's local id (`.../extension/{app}/{env}/...`). */
  pagePath: (key: string) => string;
}

async function frameOf(): Promise<Frame> {
  const context = (await view.getContext()) as {
    localId?: string;
    extension?: { entryPoint?: string; gadgetConfiguration?: GadgetConfig };
  };
  const ids = /extension\/([0-9a-f-]{36})\/([0-9a-f-]{36})\//.exec(context.localId ?? '');
  return {
    edit: context.extension?.entryPoint === 'edit',
    config: context.extension?.gadgetConfiguration ?? {},
    pagePath: (key) => (ids ? `/jira/software/projects/${key}/apps/${ids[1]}/${ids[2]}` : `/browse/${key}`),
  };
}

/** The Jira dashboard gadget (jira:dashboardGadget): the view, or the edit view that picks the project and the parts. */
export function App() {
  const [frame, setFrame] = useState<Frame | null>(null);
  useEffect(() => {
    void frameOf().then(setFrame);
  }, []);
  if (!frame) return null;
  return (
    <div style={{ padding: token('space.100'), color: token('color.text') }}>
      {frame.edit ? <GadgetEdit config={frame.config} /> : <GadgetView pagePath={frame.pagePath} />}
    </div>
  );
}
