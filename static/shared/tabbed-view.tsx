import React, { Suspense } from 'react';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Loading } from './ui';

export interface TabSpec {
  label: string;
  render: () => React.ReactNode;
}

/** One list of tabs: each label and its panel come from the same entry; a tab loaded on demand shows a spinner meanwhile. */
export function TabbedView({ id, tabs }: { id: string; tabs: readonly TabSpec[] }) {
  return (
    <Tabs id={id}>
      <TabList>
        {tabs.map((t) => (
          <Tab key={t.label}>{t.label}</Tab>
        ))}
      </TabList>
      {tabs.map((t) => (
        <TabPanel key={t.label}>
          <div style={{ width: '100%' }}>
            <Suspense fallback={<Loading label={`${t.label}…`} />}>{t.render()}</Suspense>
          </div>
        </TabPanel>
      ))}
    </Tabs>
  );
}
