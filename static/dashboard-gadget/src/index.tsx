import '@atlaskit/css-reset';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { enableTheme } from '../../shared/theme';
import { App } from './App';

void enableTheme();
createRoot(document.getElementById('root') as HTMLElement).render(<App />);
