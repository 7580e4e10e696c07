//! Which address a request comes from when the service runs behind reverse proxies.
//!
//! A client can write anything into `X-Forwarded-For` or `Forwarded`; only the entries
//! that trusted proxies appended are facts. So the headers are read only when the
//! direct peer is a trusted proxy, and then from the right: each hop a trusted proxy
//! added is skipped, and the first address that is not a trusted proxy is the client.
//! Anything to its left was written by the client (or by proxies we do not know) and
//! is ignored.

use std::net::IpAddr;

use ipnet::IpNet;

/// The proxies whose forwarding headers are believed: addresses or CIDR ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// From a list separated by commas or spaces: `127.0.0.1, 10.0.0.0/8, ::1`.
    /// Errors: the first entry that is neither an address nor a range.
    pub fn parse(list: &str) -> Result<Self, String> {
        list.split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("“{s}” is neither an IP address nor a CIDR range"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }
}

/// An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is the IPv4 one.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// One address from a header entry: `203.0.113.7`, `203.0.113.7:4711`,
/// `[2001:db8::1]:4711`, `"[2001:db8::1]"`, `2001:db8::1`. `None` for anything else
/// (`unknown`, an obfuscated `_name`).
fn address(entry: &str) -> Option<IpAddr> {
    let e = entry.trim().trim_matches('"');
    if let Ok(ip) = e.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    if let Some(rest) = e.strip_prefix('[') {
        return rest
            .split_once(']')
            .and_then(|(ip, _)| ip.parse().ok())
            .map(canonical);
    }
    e.rsplit_once(':')
        .and_then(|(ip, port)| port.parse::<u16>().ok().and(ip.parse().ok()))
        .map(canonical)
}

/// The hops of `Forwarded` (RFC 7239) headers, in order: each element's `for=`.
fn forwarded_hops(headers: &[&str]) -> Vec<Option<IpAddr>> {
    headers
        .iter()
        .flat_map(|h| h.split(','))
        .map(|element| {
            element
                .split(';')
                .filter_map(|pair| pair.split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case("for"))
                .and_then(|(_, v)| address(v))
        })
        .collect()
}

/// The client's address: `peer` itself unless it is a trusted proxy; then the first
/// hop from the right (of `X-Forwarded-For` when the request has it, else of
/// `Forwarded`) that is not a trusted proxy. One header only: a proxy that writes
/// `X-Forwarded-For` (nginx, most load balancers) passes a visitor's own `Forwarded`
/// on untouched, so that one must not be read beside it. An unreadable hop stops the walk
/// there: the last trusted hop is then the answer, never an address to its left.
pub fn client_address(
    peer: IpAddr,
    trusted: &TrustedProxies,
    forwarded: &[&str],
    x_forwarded_for: &[&str],
) -> IpAddr {
    let peer = canonical(peer);
    if !trusted.contains(peer) {
        return peer;
    }
    let hops: Vec<Option<IpAddr>> = if x_forwarded_for.is_empty() {
        forwarded_hops(forwarded)
    } else {
        x_forwarded_for
            .iter()
            .flat_map(|h| h.split(','))
            .map(address)
            .collect()
    };
    let mut client = peer;
    for hop in hops.into_iter().rev() {
        match hop {
            Some(ip) if trusted.contains(ip) => client = ip,
            Some(ip) => return ip,
            None => return client,
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn a_list_of_proxies_reads_addresses_and_ranges_and_names_a_bad_entry() {
        let t = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8 ::1").expect("parse");
        assert!(t.contains(ip("10.1.2.3")));
        assert!(t.contains(ip("::ffff:10.1.2.3")), "IPv4 written as IPv6");
        assert!(t.contains(ip("::1")));
        assert!(!t.contains(ip("11.0.0.1")));
        assert!(TrustedProxies::parse("").expect("empty").is_empty());
        let e = TrustedProxies::parse("10.0.0.0/8, proxy.local").expect_err("bad");
        assert!(e.contains("proxy.local"), "{e}");
    }

    #[test]
    fn headers_count_only_behind_a_trusted_proxy_and_only_the_hops_it_added() {
        let t = TrustedProxies::parse("10.0.0.0/8").expect("parse");
        // Straight from the internet: the headers are the client's own words.
        assert_eq!(
            client_address(ip("198.51.100.9"), &t, &[], &["1.2.3.4"]),
            ip("198.51.100.9")
        );
        // Behind the proxy: the hop it added, not what the client wrote to its left.
        assert_eq!(
            client_address(ip("10.0.0.2"), &t, &[], &["6.6.6.6, 203.0.113.7"]),
            ip("203.0.113.7")
        );
        // Two trusted proxies: both skipped.
        assert_eq!(
            client_address(
                ip("10.0.0.2"),
                &t,
                &[],
                &["6.6.6.6, 203.0.113.7", "10.0.0.5"]
            ),
            ip("203.0.113.7")
        );
        // Forwarded (RFC 7239), with ports and IPv6, when the proxy writes only that.
        assert_eq!(
            client_address(
                ip("10.0.0.2"),
                &t,
                &["for=6.6.6.6, for=\"[2001:db8::7]:4711\";proto=https"],
                &[]
            ),
            ip("2001:db8::7")
        );
        // Beside X-Forwarded-For, a Forwarded header is the visitor's own: ignored.
        assert_eq!(
            client_address(ip("10.0.0.2"), &t, &["for=6.6.6.6"], &["203.0.113.7"]),
            ip("203.0.113.7")
        );
        // A hop that is no address stops the walk at the last trusted one.
        assert_eq!(
            client_address(ip("10.0.0.2"), &t, &[], &["6.6.6.6, unknown"]),
            ip("10.0.0.2")
        );
        // No header at all: the proxy itself.
        assert_eq!(client_address(ip("10.0.0.2"), &t, &[], &[]), ip("10.0.0.2"));
        assert_eq!(
            client_address(ip("10.0.0.2"), &t, &[], &["203.0.113.7:51000"]),
            ip("203.0.113.7")
        );
    }
}
