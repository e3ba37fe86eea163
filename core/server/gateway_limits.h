#pragma once
// Limits the gateway enforces on every connection (docs/protocol.md, Transport).

#include <QtGlobal>

namespace azc::server {

struct GatewayLimits {
    qint64 maxMessageBytes = 64 * 1024;   // above it the socket closes with 1009
    int idleTimeoutSeconds = 300;         // nothing received for this long: close 1001
    // A new sign-in beyond this closes the account's oldest socket (so the
    // owner can always get in and revoke a thief holding every slot).
    int maxConnectionsPerAccount = 8;
    int maxPendingHandshakeSeconds = 10;
    int maxConnections = 10000;
    int maxConnectionsPerAddress = 256;   // an IPv6 /64 counts as one address
    int maxAnonymousPerAddress = 32;      // of those, not signed in
    // Pushes and replies a client has not read yet; above it the client is
    // too slow (or never reads) and is disconnected instead of growing memory.
    qint64 maxUnsentBytes = 8 * 1024 * 1024;
    int authPerAddressPerSecond = 50;     // auth calls from one IP, across its connections
    int authPerAddressBurst = 100;
    int botWritesPerSecond = 20;          // what one bot posts, across its connections
    int botWriteBurst = 30;
    // Scales the per-connection and per-account read/write/upload buckets
    // (auth stays fixed: it guards passwords). For trusted internal clients,
    // load tests and benchmarks; 1 is the documented public rate.
    int rateMultiplier = 1;
};

} // namespace azc::server
