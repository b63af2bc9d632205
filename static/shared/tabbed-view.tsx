import React from 'react';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';

export interface TabSpec {
  label: string;
  render: () => React.ReactNode;
}

/** One list of tabs: each label and its panel come from the same entry. */
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
          <div style={{ width: '100%' }}>{t.render()}</div>
        </TabPanel>
      ))}
    </Tabs>
  );
}
