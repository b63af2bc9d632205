/**
 * The bridge shim the preview injects into each frame before the app's bundle, as Jira's
 * frame would provide it: `invoke` goes to the preview server, which runs the real resolvers;
 * `getContext` answers a demo context; `enableTheming` applies the chosen colour mode.
 */
export const BRIDGE_SHIM = `
(function () {
  var params = new URLSearchParams(location.search);
  var surface = location.pathname.split('/')[2];
  var as = params.get('as') || 'tess';
  var theme = params.get('theme') || 'light';
  var issue = params.get('issue') || 'FW-105';
  var entry = params.get('entry') || '';
  window.__bridge = {
    callBridge: async function (cmd, data) {
      if (cmd === 'invoke') {
        var r = await fetch('/__invoke', { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ surface: surface, as: as, issue: issue, functionKey: data.functionKey, payload: data.payload || {} }) });
        return r.json();
      }
      if (cmd === 'getContext') return (await fetch('/__context?surface=' + surface + '&as=' + as + '&issue=' + issue + '&entry=' + entry)).json();
      // A gadget's edit view submits its settings; Jira keeps them and shows the gadget again.
      if (cmd === 'submit') {
        await fetch('/__gadget-config', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data || {}) });
        params.delete('entry');
        location.search = params.toString();
        return true;
      }
      // No Rovo in the preview: the page's "Ask Focus Walk" opens the preview's agent panel instead.
      if (cmd === 'isRovoEnabled') return true;
      if (cmd === 'openRovo') { window.top.postMessage({ focusWalkRovo: data }, '*'); return true; }
      if (cmd === 'enableTheming') return window.__previewTheme ? window.__previewTheme(theme) : undefined;
      if (cmd === 'navigate') { window.top.location.href = (data && data.url) || '/'; return true; }
      return undefined;
    }
  };
})();
`;
