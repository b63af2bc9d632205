import { DEMO_USERS } from '../demo/demo-snapshot';
import { AGENT_ACTIONS } from '../../src/app/agent/agent-contract';

const ACTIONS = AGENT_ACTIONS;
const PEOPLE = Object.entries(DEMO_USERS).filter(([, u]) => u.accountType !== 'app' && u.active !== false);

/** The preview's index: each surface framed as Jira frames it, with "view as" and the theme. */
export function indexPage(siteUrl: string): string {
  const options = PEOPLE.map(([id, u]) => `<option value="${id}">${u.displayName}</option>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Focus Walk preview</title>
<style>
  body { font-family: -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; background: #f7f8f9; color: #172b4d; }
  header { padding: 12px 20px; background: #0c66e4; color: white; display: flex; gap: 20px; align-items: center; }
  header label { font-size: 14px; }
  main { display: grid; grid-template-columns: 1fr 380px; gap: 16px; padding: 16px; }
  .frame { background: white; border: 1px solid #dcdfe4; border-radius: 6px; overflow: hidden; }
  .frame h3 { margin: 0; padding: 8px 12px; font-size: 13px; background: #f1f2f4; border-bottom: 1px solid #dcdfe4; }
  iframe { width: 100%; border: 0; display: block; }
</style></head>
<body>
<header>
  <strong>Focus Walk · preview on demo data</strong>
  <label>View as <select id="as">${options}</select></label>
  <label>Panel as <select id="panelAs">${options}</select></label>
  <label>Issue <select id="issue"><option>FW-105</option><option>FW-101</option><option>FW-131</option><option>FW-120</option></select></label>
  <label>Reader <select id="macroAs">${options}</select></label>
  <label>Theme <select id="theme"><option>light</option><option>dark</option></select></label>
  <span style="margin-left:auto;font-size:12px">Jira stand-in: ${siteUrl}</span>
</header>
<main>
  <section class="frame"><h3>Jira · Project FW · Apps · Focus Walk (jira:projectPage)</h3>
    <iframe id="projectPage" title="Focus Walk project page" style="height: 900px"></iframe></section>
  <section class="frame"><h3>Jira · Issue view · Focus Walk (jira:issueContext)</h3>
    <iframe id="issuePanel" title="Focus Walk issue panel" style="height: 900px"></iframe></section>
  <section class="frame" style="grid-column: 1 / span 2"><h3>Email Jira sent for the app (POST /issue/{key}/notify: nudges, the digest)</h3>
    <ul id="outbox" style="margin: 0; padding: 8px 28px; font-size: 13px; max-height: 220px; overflow: auto"><li>None yet.</li></ul></section>
  <section class="frame"><h3>Jira · Dashboard · Focus Walk (jira:dashboardGadget) · <a href="#" id="gadgetEdit">Edit</a></h3>
    <iframe id="dashboardGadget" title="Focus Walk dashboard gadget" style="height: 520px"></iframe></section>
  <section class="frame" id="agent"><h3>Rovo · agent "Focus Walk" (rovo:agent): its actions, as Rovo would call them</h3>
    <form id="agentForm" style="padding: 8px 12px; font-size: 13px; display: grid; gap: 6px">
      <label>Action <select id="agentAction">${ACTIONS.map((a) => `<option>${a}</option>`).join('')}</select></label>
      <label>As <select id="agentAs">${options}</select></label>
      <label>Member <input id="agentMember" value="John"></label>
      <label>Issue <input id="agentIssue" value="FW-137"></label>
      <button type="submit">Call the action</button>
    </form>
    <h4 style="margin: 4px 12px">The markdown the agent gets</h4>
    <pre id="agentMarkdown" style="margin: 0 12px; white-space: pre-wrap; font-size: 12px; max-height: 260px; overflow: auto"></pre>
    <h4 style="margin: 4px 12px">As JSON</h4>
    <pre id="agentJson" style="margin: 0 12px 12px; white-space: pre-wrap; font-size: 11px; max-height: 200px; overflow: auto"></pre></section>
  <section class="frame" style="grid-column: 1 / span 2"><h3>Confluence · TEAM · "Team FW: daily reading" · Reading tracker (macro)</h3>
    <iframe id="readingMacro" title="Reading tracker macro" style="height: 700px"></iframe></section>
</main>
<script>
  var q = new URLSearchParams(location.search);
  var as = document.getElementById('as'), panelAs = document.getElementById('panelAs'), macroAs = document.getElementById('macroAs');
  var issue = document.getElementById('issue'), theme = document.getElementById('theme');
  as.value = q.get('as') || 'tess'; panelAs.value = q.get('panelAs') || 'john'; macroAs.value = q.get('macroAs') || 'dana';
  issue.value = q.get('issue') || 'FW-105'; theme.value = q.get('theme') || 'light';
  function load() {
    document.getElementById('projectPage').src = '/frame/project-page/?as=' + as.value + '&theme=' + theme.value;
    document.getElementById('issuePanel').src = '/frame/issue-panel/?as=' + panelAs.value + '&theme=' + theme.value + '&issue=' + issue.value;
    document.getElementById('readingMacro').src = '/frame/reading-macro/?as=' + macroAs.value + '&theme=' + theme.value;
  }
  var gadgetEntry = '';
  function loadGadget() {
    document.getElementById('dashboardGadget').src = '/frame/dashboard-gadget/?as=' + as.value + '&theme=' + theme.value + gadgetEntry;
  }
  document.getElementById('gadgetEdit').onclick = function (e) { e.preventDefault(); gadgetEntry = '&entry=edit'; loadGadget(); gadgetEntry = ''; };
  [as, panelAs, macroAs, issue, theme].forEach(function (s) { s.onchange = function () { load(); loadGadget(); }; });
  load(); loadGadget();
  document.getElementById('agentForm').onsubmit = function (e) {
    e.preventDefault();
    var action = document.getElementById('agentAction').value;
    var inputs = { member: document.getElementById('agentMember').value, issueKey: document.getElementById('agentIssue').value };
    fetch('/__agent', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: action, as: document.getElementById('agentAs').value, inputs: inputs }) })
      .then(function (r) { return r.json(); })
      .then(function (a) {
        document.getElementById('agentMarkdown').textContent = a.markdown;
        document.getElementById('agentJson').textContent = JSON.stringify(a.data, null, 2);
      });
  };
  // The project page's "Ask Focus Walk" (rovo.open) lands here: there is no Rovo in the preview.
  window.addEventListener('message', function (e) {
    if (!e.data || !e.data.focusWalkRovo) return;
    window.__lastRovo = e.data.focusWalkRovo;
    document.getElementById('agentAs').value = as.value;
    document.getElementById('agent').scrollIntoView();
  });
  // The local site records the emails instead of sending them: shown here, newest first.
  function outbox() {
    fetch('/__outbox').then(function (r) { return r.json(); }).then(function (mails) {
      var list = document.getElementById('outbox');
      if (!mails.length) return;
      list.innerHTML = '';
      mails.slice().reverse().forEach(function (m) {
        var li = document.createElement('li');
        li.textContent = m.at.slice(11, 16) + ' UTC · to ' + m.to.join(', ') + ' · ' + m.issueKey + ' · ' + m.subject;
        li.title = m.textBody;
        list.appendChild(li);
      });
    }).catch(function () {});
  }
  outbox();
  setInterval(outbox, 3000);
</script>
</body></html>`;
}
