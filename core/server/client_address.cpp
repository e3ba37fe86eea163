#include "server/client_address.h"

#include <algorithm>

namespace azc::server {

namespace {

bool inAny(const QHostAddress &address, const QList<Subnet> &subnets)
{
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    const QHostAddress plain = v4 ? QHostAddress(ip4) : address; // ::ffff:10.0.0.1 is 10.0.0.1
    return std::any_of(subnets.cbegin(), subnets.cend(),
                       [&](const Subnet &s) { return plain.isInSubnet(s.first, s.second); });
}

} // namespace

bool parseSubnets(const QStringList &texts, QList<Subnet> *out, QString *problem)
{
    QList<Subnet> parsed;
    for (const QString &raw : texts) {
        const QString text = raw.trimmed();
        if (text.isEmpty())
            continue;
        Subnet s = QHostAddress::parseSubnet(text.contains(QLatin1Char('/')) ? text : QString());
        if (!text.contains(QLatin1Char('/'))) {
            const QHostAddress a(text);
            if (!a.isNull())
                s = {a, a.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (s.first.isNull() || s.second < 0) {
            if (problem)
                *problem = QStringLiteral("not an address or subnet: ") + text;
            return false;
        }
        parsed.append(s);
    }
    *out = parsed;
    return true;
}

QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor, const QList<Subnet> &trusted)
{
    if (trusted.isEmpty() || !inAny(peer, trusted))
        return peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(QString::fromLatin1(it->trimmed()));
        if (hop.isNull())
            return peer; // malformed: trust nothing further left
        if (!inAny(hop, trusted))
            return hop;
    }
    return peer;
}

QString addressKey(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    if (v4)
        return QHostAddress(ip4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    Q_IPV6ADDR ip6 = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        ip6[i] = 0;
    return QHostAddress(ip6).toString() + QStringLiteral("/64");
}

} // namespace azc::server
