//! Patterns to a minimal DFA over the ten digits: Thompson's NFA, the subset
//! construction, Moore's partition refinement, and the liveness bit.

use std::collections::{BTreeSet, HashMap};

use crate::regex::{Digits, Node, DIGITS};

/// The mask bit of the states from which a valid number can still be reached.
pub const LIVE_BIT: u32 = 31;

/// A DFA: `next[state][digit]` and the bit mask of each state. State 0 is dead,
/// state 1 the start.
pub struct Dfa {
    pub next: Vec<[usize; 10]>,
    pub mask: Vec<u32>,
}

/// A pattern to compile: its tree, its mask bit, and whether a match stays a match
/// whatever digits follow (the pattern is a prefix test).
pub struct Pattern {
    pub node: Node,
    pub bit: u32,
    pub prefix_closed: bool,
}

#[derive(Default)]
struct Nfa {
    eps: Vec<Vec<usize>>,
    edges: Vec<Vec<(Digits, usize)>>,
    /// The bit mask carried by accepting states.
    tag: Vec<u32>,
}

impl Nfa {
    fn state(&mut self) -> usize {
        self.eps.push(Vec::new());
        self.edges.push(Vec::new());
        self.tag.push(0);
        self.eps.len() - 1
    }

    /// Adds the states of `node`; returns its entry and exit.
    fn build(&mut self, node: &Node) -> Result<(usize, usize), String> {
        match node {
            Node::Set(set) => {
                let (a, b) = (self.state(), self.state());
                self.edges[a].push((*set, b));
                Ok((a, b))
            }
            Node::Cat(items) => {
                let a = self.state();
                let mut cur = a;
                for item in items {
                    let (s, e) = self.build(item)?;
                    self.eps[cur].push(s);
                    cur = e;
                }
                Ok((a, cur))
            }
            Node::Alt(items) => {
                let (a, b) = (self.state(), self.state());
                for item in items {
                    let (s, e) = self.build(item)?;
                    self.eps[a].push(s);
                    self.eps[e].push(b);
                }
                Ok((a, b))
            }
            Node::Group(inner, _) => self.build(inner),
            Node::Rep(inner, lo, hi) => {
                let a = self.state();
                let mut cur = a;
                for _ in 0..*lo {
                    let (s, e) = self.build(inner)?;
                    self.eps[cur].push(s);
                    cur = e;
                }
                let Some(hi) = hi else {
                    let (s, e) = self.build(inner)?;
                    self.eps[cur].push(s);
                    self.eps[e].push(s);
                    let end = self.state();
                    self.eps[cur].push(end);
                    self.eps[e].push(end);
                    return Ok((a, end));
                };
                let end = self.state();
                self.eps[cur].push(end);
                for _ in *lo..*hi {
                    let (s, e) = self.build(inner)?;
                    self.eps[cur].push(s);
                    self.eps[e].push(end);
                    cur = e;
                }
                Ok((a, end))
            }
            Node::End => Err("cannot compile $ here".into()),
        }
    }

    fn closure(&self, states: impl IntoIterator<Item = usize>) -> Vec<usize> {
        let mut seen: BTreeSet<usize> = BTreeSet::new();
        let mut stack: Vec<usize> = Vec::new();
        for s in states {
            if seen.insert(s) {
                stack.push(s);
            }
        }
        while let Some(s) = stack.pop() {
            for &t in &self.eps[s] {
                if seen.insert(t) {
                    stack.push(t);
                }
            }
        }
        seen.into_iter().collect()
    }
}

/// The minimal DFA of the patterns, in breadth-first order from the start.
pub fn build(patterns: &[Pattern]) -> Result<Dfa, String> {
    let mut nfa = Nfa::default();
    let start = nfa.state();
    for p in patterns {
        let (s, e) = nfa.build(&p.node)?;
        nfa.eps[start].push(s);
        let acc = nfa.state();
        nfa.eps[e].push(acc);
        nfa.tag[acc] |= 1 << p.bit;
        if p.prefix_closed {
            // L·\d*: once matched, stays matched.
            nfa.edges[acc].push((DIGITS, acc));
        }
    }

    // Subset construction; the empty set, when reached, is the dead state.
    let init = nfa.closure([start]);
    let mut ids: HashMap<Vec<usize>, usize> = HashMap::from([(init.clone(), 0)]);
    let mut order = vec![init];
    let mut next = Vec::new();
    let mut mask = Vec::new();
    let mut i = 0;
    while i < order.len() {
        let cur = order[i].clone();
        i += 1;
        mask.push(cur.iter().fold(0, |m, &s| m | nfa.tag[s]));
        let mut row = [0; 10];
        for (d, slot) in row.iter_mut().enumerate() {
            let targets: Vec<usize> = cur
                .iter()
                .flat_map(|&s| &nfa.edges[s])
                .filter(|(set, _)| set & (1 << d) != 0)
                .map(|&(_, t)| t)
                .collect();
            let key = nfa.closure(targets);
            let id = *ids.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                order.len() - 1
            });
            *slot = id;
        }
        next.push(row);
    }
    minimize(&next, &mask, 0)
}

/// Moore's partition refinement, then renumbering: the dead state first, then
/// breadth first from the start.
fn minimize(next: &[[usize; 10]], mask: &[u32], start: usize) -> Result<Dfa, String> {
    let n = next.len();
    let mut part: Vec<usize> = {
        let mut classes: HashMap<u32, usize> = HashMap::new();
        mask.iter()
            .map(|m| {
                let k = classes.len();
                *classes.entry(*m).or_insert(k)
            })
            .collect()
    };
    loop {
        let mut sigs: HashMap<(usize, [usize; 10]), usize> = HashMap::new();
        let refined: Vec<usize> = (0..n)
            .map(|s| {
                let sig = (part[s], next[s].map(|t| part[t]));
                let k = sigs.len();
                *sigs.entry(sig).or_insert(k)
            })
            .collect();
        let before: BTreeSet<usize> = part.iter().copied().collect();
        let done = sigs.len() == before.len();
        part = refined;
        if done {
            break;
        }
    }
    let k = part.iter().max().map_or(0, |m| m + 1);
    let mut rep = vec![usize::MAX; k];
    for s in 0..n {
        if rep[part[s]] == usize::MAX {
            rep[part[s]] = s;
        }
    }
    let dead = (0..k)
        .rev()
        .find(|&c| mask[rep[c]] == 0 && next[rep[c]].iter().all(|&t| part[t] == c));
    if dead == Some(part[start]) {
        return Err("the patterns match nothing".into());
    }
    // `None` in `order` is a dead state added when none was reached.
    let mut order: Vec<Option<usize>> = vec![dead];
    let mut idx: HashMap<usize, usize> = HashMap::new();
    if let Some(d) = dead {
        idx.insert(d, 0);
    }
    idx.insert(part[start], order.len());
    order.push(Some(part[start]));
    let mut queue = vec![part[start]];
    let mut qi = 0;
    while qi < queue.len() {
        let c = queue[qi];
        qi += 1;
        for &t in &next[rep[c]] {
            let tc = part[t];
            if let std::collections::hash_map::Entry::Vacant(e) = idx.entry(tc) {
                e.insert(order.len());
                order.push(Some(tc));
                queue.push(tc);
            }
        }
    }
    let mut dfa = Dfa {
        next: Vec::new(),
        mask: Vec::new(),
    };
    for c in order {
        match c {
            None => {
                dfa.next.push([0; 10]);
                dfa.mask.push(0);
            }
            Some(c) => {
                dfa.next.push(next[rep[c]].map(|t| idx[&part[t]]));
                dfa.mask.push(mask[rep[c]]);
            }
        }
    }
    Ok(dfa)
}

/// Sets [`LIVE_BIT`] on the states from which a state whose mask is `valid` can be
/// reached.
pub fn mark_live(dfa: &mut Dfa, valid: impl Fn(u32) -> bool) {
    let mut live: Vec<bool> = dfa.mask.iter().map(|&m| valid(m)).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for s in 0..dfa.next.len() {
            if !live[s] && dfa.next[s].iter().any(|&t| live[t]) {
                live[s] = true;
                changed = true;
            }
        }
    }
    for (m, live) in dfa.mask.iter_mut().zip(live) {
        if live {
            *m |= 1 << LIVE_BIT;
        }
    }
}
