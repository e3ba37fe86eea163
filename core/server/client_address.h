#pragma once
// Who a connection really comes from. Behind the documented reverse proxy
// every socket has the proxy's address, so per-address limits would apply
// to the whole user base at once; the client's own address is then read
// from X-Forwarded-For, but only when the socket comes from a configured
// trusted proxy (anyone else could write any address into the header).

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace azc::server {

using Subnet = QPair<QHostAddress, int>; // address, prefix length

// "127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"; false on anything else.
bool parseSubnets(const QStringList &texts, QList<Subnet> *out, QString *problem);

// The client's address: `peer` itself unless it is a trusted proxy; then
// the right-most address of `forwardedFor` (X-Forwarded-For, comma
// separated, each proxy appends the one it saw) that is not a trusted
// proxy. A missing or malformed header leaves the proxy's own address.
QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor, const QList<Subnet> &trusted);

// What per-address limits count: an IPv4 address (also when written as an
// IPv4-mapped IPv6 one), or the /64 network of an IPv6 address — one host
// usually owns a whole /64 and can pick any address in it.
QString addressKey(const QHostAddress &address);

} // namespace azc::server
