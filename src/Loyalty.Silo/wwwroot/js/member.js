// The member view: loads the account over HTTP, then applies live events in sequence order.
// Every event carries the member's journal sequence and the one before it: an event at or below the last applied
// sequence is a duplicate and dropped; one whose previous sequence is not the last applied means something was
// missed (a reconnect, a dropped message), and the page reloads its state over HTTP instead of guessing.
import { api, element, formatMoney, formatPoints, liveConnection, showConnection, start, token } from './session.js';

const view = {
  memberId: null,
  sequence: 0,
  currency: 'EUR', // cashback is kept in minor units of the program's currency
  challenges: new Map(), // challengeId → standing
  badges: new Set(),
  activity: new Map(), // sequence → entry; keyed so an event can never be listed twice
};

const $ = id => document.getElementById(id);
let tierRefresh = null;

async function main() {
  if (!token()) {
    document.querySelector('main').replaceChildren(element('section', {}, 'Open this page with #token=<member token> (the demo prints one).'));
    return;
  }
  view.memberId = (await api('/api/v1/me')).subject;
  $('member-name').textContent = `Hello, ${view.memberId}`;
  await reload();

  const connection = liveConnection(showConnection);
  // Sent on every (re)connect with the sequence the stream starts from: anything newer than what we show was missed.
  connection.on('subscribed', subscription => { if (subscription.sequence > view.sequence) reload(); });
  connection.on('memberEvent', apply);
  connection.on('offersChanged', loadOffers);
  await start(connection, showConnection);
}

async function reload() {
  const base = `/api/v1/members/${encodeURIComponent(view.memberId)}`;
  const [account, challenges, history] = await Promise.all([
    api(`${base}/account`), api(`${base}/challenges`), api(`${base}/history?take=20`), loadOffers(),
  ]);
  for (const entry of history) remember(entry.sequence, entry.at, entry.result);
  view.challenges = new Map(challenges.challenges.map(c => [c.challengeId, c]));
  view.badges = new Set(account.badges);
  view.sequence = Math.max(view.sequence, account.version);
  showAccount(account);
  showChallenges();
  showActivity();
}

function apply(event) {
  if (event.sequence <= view.sequence) return; // already shown
  if (event.previousSequence !== view.sequence) { reload(); return; } // a gap: fetch what was missed
  view.sequence = event.sequence;
  const result = event.result;
  if (!result) return;
  showBalances(result.balances);
  $('tier').textContent = result.tier;
  for (const update of result.challenges ?? []) {
    const standing = view.challenges.get(update.challengeId);
    if (standing) Object.assign(standing, { progress: update.progress, goal: update.goal, completed: update.completed && !update.revoked, joined: standing.joined || update.joined });
  }
  for (const badge of result.badgesAwarded ?? []) view.badges.add(badge);
  for (const badge of result.badgesRevoked ?? []) view.badges.delete(badge);
  remember(event.sequence, event.at, result);
  showChallenges();
  showActivity(event.sequence);
  // Tier progress (spend in the window) is not in the event: read it shortly after, once per burst of events.
  clearTimeout(tierRefresh);
  tierRefresh = setTimeout(async () => showTier(await api(`/api/v1/members/${encodeURIComponent(view.memberId)}/account`)), 300);
}

async function loadOffers() {
  const offers = await api(`/api/v1/members/${encodeURIComponent(view.memberId)}/offers`);
  $('offers').replaceChildren(...(offers.length === 0
    ? [element('li', { class: 'muted' }, 'No flash offers right now.')]
    : offers.map(offer => element('li', { class: 'offer flash', 'data-campaign': offer.campaignId },
        element('strong', {}, offer.name), element('br'),
        element('span', {}, describeOffer(offer)), element('br'),
        element('span', { class: 'muted' }, `until ${new Date(offer.endsAt).toLocaleString()}`)))));
}

function describeOffer(offer) {
  const what = offer.effect.multiplier ? `${offer.effect.multiplier}× points` : `+${formatPoints(offer.effect.fixedBonus)} points`;
  const on = [...offer.categories, ...offer.skus];
  const where = [...offer.stores, ...offer.channels, ...offer.partners.map(partner => `with ${partner}`)];
  return `${what}${on.length ? ` on ${on.join(', ')}` : ' on every purchase'}${where.length ? ` (${where.join(', ')})` : ''}`;
}

function remember(sequence, at, result) {
  if (!view.activity.has(sequence)) view.activity.set(sequence, { sequence, at, result });
}

function showAccount(account) {
  showBalances(account.balances);
  showTier(account);
}

function showBalances(balances) {
  $('points').textContent = formatPoints(balances.points.total);
  $('available').textContent = formatPoints(balances.points.available);
  $('cashback').textContent = formatMoney(balances.cashback.available, view.currency);
}

function showTier(account) {
  $('tier').textContent = account.tier;
  const bar = $('tier-bar');
  if (account.nextTier && account.nextTierThreshold) {
    const share = Math.min(100, (100 * account.qualifying) / account.nextTierThreshold);
    bar.firstElementChild.style.width = `${share}%`;
    $('tier-next').textContent = `${formatPoints(account.qualifying)} of ${formatPoints(account.nextTierThreshold)} toward ${account.nextTier}`;
  } else {
    bar.classList.add('done');
    bar.firstElementChild.style.width = '100%';
    $('tier-next').textContent = 'Top tier reached';
  }
}

function showChallenges() {
  $('challenges').replaceChildren(...[...view.challenges.values()].map(c => {
    const share = c.goal > 0 ? Math.min(100, (100 * c.progress) / c.goal) : 0;
    const bar = element('div', { class: `bar${c.completed ? ' done' : ''}` }, element('div'));
    bar.firstElementChild.style.width = `${share}%`;
    const item = element('li', { 'data-challenge': c.challengeId },
      element('strong', {}, c.name), bar,
      element('span', { class: 'muted' }, c.completed ? 'Completed' : `${formatPoints(c.progress)} / ${formatPoints(c.goal)}`));
    if (c.optIn && !c.joined) {
      // Joining is a command like any other: its result arrives as a live event and marks the challenge joined.
      const join = element('button', { type: 'button', class: 'join' }, 'Join');
      join.onclick = () => api(`/api/v1/members/${encodeURIComponent(view.memberId)}/challenges/${encodeURIComponent(c.challengeId)}/join`, { method: 'POST' })
        .catch(error => { join.replaceWith(element('span', { class: 'error' }, error.message)); });
      item.append(' ', join);
    }
    return item;
  }));
  $('badges').replaceChildren(...(view.badges.size ? [...view.badges].map(b => element('span', { class: 'chip' }, b)) : [element('span', { class: 'muted' }, 'None yet')]));
}

function showActivity(fresh) {
  const newest = [...view.activity.values()].sort((a, b) => b.sequence - a.sequence).slice(0, 20);
  $('activity').replaceChildren(...newest.map(entry => element('li', { class: entry.sequence === fresh ? 'flash' : '', 'data-sequence': String(entry.sequence) },
    element('strong', {}, describeActivity(entry.result)), element('br'),
    element('span', { class: 'muted' }, `${entry.result.transactionId} · ${new Date(entry.at).toLocaleTimeString()}`))));
}

function describeActivity(result) {
  if (result.evaluation) {
    const campaign = result.evaluation.effects.filter(e => e.kind === 'campaignBonus').reduce((sum, e) => sum + e.amount, 0);
    return `Purchase ${formatMoney(Math.round(result.evaluation.spend * 100), view.currency)}: +${formatPoints(result.evaluation.points)} points${campaign ? ` (incl. ${formatPoints(campaign)} flash bonus)` : ''}`;
  }
  if (result.return) return 'Return';
  return result.amount ? `${formatPoints(result.amount)} redeemed or held` : 'Account update';
}

main().catch(error => { document.querySelector('main').prepend(element('section', { class: 'error' }, String(error.message ?? error))); });
