// The marketer console: launches flash campaigns over HTTP and charts the once-a-second stats the hub pushes.
import { api, element, formatPoints, liveConnection, showConnection, start, token } from './session.js';

const $ = id => document.getElementById(id);
const window60 = 60; // points kept on each chart: a minute of stats
const monthlyBoard = 'monthly-points'; // the period board; every other option is a challenge
const rateChart = lineChart($('rate-chart'), 'purchases/s');
const budgetChart = lineChart($('budget-chart'), null);

function lineChart(canvas, label) {
  return new Chart(canvas, {
    type: 'line',
    data: { labels: [], datasets: label ? [{ label, data: [], borderColor: '#4f46e5', pointRadius: 0, tension: .3 }] : [] },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true } }, plugins: { legend: { display: !label } } },
  });
}

function push(chart, label, valuesByDataset) {
  chart.data.labels.push(label);
  for (const [name, value] of Object.entries(valuesByDataset)) {
    let dataset = chart.data.datasets.find(d => d.label === name);
    if (!dataset) {
      dataset = { label: name, data: Array(chart.data.labels.length - 1).fill(null), pointRadius: 0, tension: .3 };
      chart.data.datasets.push(dataset);
    }
    dataset.data.push(value);
  }
  for (const dataset of chart.data.datasets) {
    while (dataset.data.length < chart.data.labels.length) dataset.data.push(null);
    if (dataset.data.length > window60) dataset.data.splice(0, dataset.data.length - window60);
  }
  if (chart.data.labels.length > window60) chart.data.labels.splice(0, chart.data.labels.length - window60);
  chart.update();
}

function showStats(stats) {
  const time = new Date(stats.at).toLocaleTimeString();
  $('rate').textContent = stats.purchasesPerSecond.toFixed(1);
  push(rateChart, time, { 'purchases/s': stats.purchasesPerSecond });
  push(budgetChart, time, Object.fromEntries(stats.campaigns.map(c => [c.definition.name, c.definition.budget - c.totals.awarded])));
  $('campaigns').replaceChildren(...(stats.campaigns.length === 0
    ? [element('tr', {}, element('td', { colspan: '5', class: 'muted' }, 'No campaign is live.'))]
    : stats.campaigns.map(c => {
        const stop = element('button', { class: 'secondary', type: 'button' }, 'Stop');
        stop.onclick = () => api(`/api/v1/campaigns/${encodeURIComponent(c.campaignId)}/stop`, { method: 'POST' });
        return element('tr', { 'data-campaign': c.campaignId },
          element('td', {}, c.definition.name),
          element('td', { class: 'num' }, formatPoints(c.totals.awarded)),
          element('td', { class: 'num' }, formatPoints(c.definition.budget - c.totals.awarded)),
          element('td', { class: 'num' }, formatPoints(c.totals.purchases)),
          element('td', {}, stop));
      })));
}

async function launch(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const value = Number(form.get('value'));
  const now = new Date();
  const campaignId = `flash-${now.getTime().toString(36)}`;
  const categories = String(form.get('categories')).split(',').map(c => c.trim()).filter(Boolean);
  $('launch-error').textContent = '';
  try {
    await api(`/api/v1/campaigns/${campaignId}`, {
      method: 'PUT',
      body: {
        name: form.get('name'),
        startsAt: now.toISOString(),
        endsAt: new Date(now.getTime() + Number(form.get('minutes')) * 60_000).toISOString(),
        effect: form.get('effect') === 'multiplier' ? { multiplier: value } : { fixedBonus: Math.round(value) },
        budget: Number(form.get('budget')),
        targeting: { categories },
      },
    });
    await api(`/api/v1/campaigns/${campaignId}/launch`, { method: 'POST' });
  } catch (error) {
    $('launch-error').textContent = error.message;
  }
}

async function loadLeaderboards() {
  const challenges = (await api('/api/v1/challenges')).filter(c => c.leaderboard);
  $('leaderboard-challenge').replaceChildren(
    element('option', { value: monthlyBoard }, 'Points this month'),
    ...challenges.map(c => element('option', { value: c.challengeId }, c.name)));
  $('leaderboard-challenge').onchange = showLeaderboard;
  await showLeaderboard();
  setInterval(showLeaderboard, 5000);
}

async function showLeaderboard() {
  const challengeId = $('leaderboard-challenge').value;
  if (!challengeId) return;
  const path = challengeId === monthlyBoard
    ? '/api/v1/leaderboards/monthly-points/current' // the month as the program's time zone counts it
    : `/api/v1/challenges/${encodeURIComponent(challengeId)}/leaderboard`;
  const board = await api(`${path}?top=10`);
  $('leaderboard').replaceChildren(...board.top.map(entry => element('tr', {},
    element('td', {}, String(entry.rank)), element('td', {}, entry.memberId), element('td', { class: 'num' }, formatPoints(entry.score)))));
}

async function main() {
  if (!token()) {
    document.querySelector('main').replaceChildren(element('section', {}, 'Open this page with #token=<marketer token> (the demo prints one).'));
    return;
  }
  $('launch').addEventListener('submit', launch);
  const connection = liveConnection(showConnection);
  connection.on('subscribed', () => {}); // marketers' streams carry no sequence to catch up on
  connection.on('marketerStats', showStats);
  await Promise.all([start(connection, showConnection), loadLeaderboards()]);
}

main().catch(error => { document.querySelector('main').prepend(element('section', { class: 'error' }, String(error.message ?? error))); });
