#include "calls/call_rules.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace azc::calls {

const QStringList &verificationEmoji()
{
    // Distinct at a glance, easy to name aloud in any language, no flags or
    // skin tones (they render differently across systems). Never reorder.
    static const QStringList table = {
        QStringLiteral("🐶"), QStringLiteral("🐱"), QStringLiteral("🦁"), QStringLiteral("🐴"),
        QStringLiteral("🦄"), QStringLiteral("🐷"), QStringLiteral("🐘"), QStringLiteral("🐰"),
        QStringLiteral("🐼"), QStringLiteral("🐓"), QStringLiteral("🐧"), QStringLiteral("🐢"),
        QStringLiteral("🐟"), QStringLiteral("🐙"), QStringLiteral("🦋"), QStringLiteral("🌷"),
        QStringLiteral("🌳"), QStringLiteral("🌵"), QStringLiteral("🍄"), QStringLiteral("🌏"),
        QStringLiteral("🌙"), QStringLiteral("☁️"), QStringLiteral("🔥"), QStringLiteral("🍌"),
        QStringLiteral("🍎"), QStringLiteral("🍓"), QStringLiteral("🌽"), QStringLiteral("🍕"),
        QStringLiteral("🎂"), QStringLiteral("❤️"), QStringLiteral("😀"), QStringLiteral("🤖"),
        QStringLiteral("🎩"), QStringLiteral("👓"), QStringLiteral("🔧"), QStringLiteral("🎅"),
        QStringLiteral("👍"), QStringLiteral("☂️"), QStringLiteral("⌛"), QStringLiteral("⏰"),
        QStringLiteral("🎁"), QStringLiteral("💡"), QStringLiteral("📕"), QStringLiteral("✏️"),
        QStringLiteral("📎"), QStringLiteral("✂️"), QStringLiteral("🔒"), QStringLiteral("🔑"),
        QStringLiteral("🔨"), QStringLiteral("☎️"), QStringLiteral("🏁"), QStringLiteral("🚂"),
        QStringLiteral("🚲"), QStringLiteral("✈️"), QStringLiteral("🚀"), QStringLiteral("🏆"),
        QStringLiteral("⚽"), QStringLiteral("🎸"), QStringLiteral("🎺"), QStringLiteral("🔔"),
        QStringLiteral("⚓"), QStringLiteral("🎧"), QStringLiteral("📁"), QStringLiteral("📌"),
    };
    return table;
}

QString sdpFingerprint(const QString &sdp)
{
    static const QRegularExpression line(QStringLiteral(R"(^a=fingerprint:(\S+)\s+([0-9A-Fa-f:]+)\s*$)"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(sdp);
    if (!m.hasMatch())
        return {};
    return m.captured(1).toLower() + QLatin1Char(' ') + m.captured(2).toUpper();
}

VerificationCode verificationCode(const QString &fingerprintA, const QString &fingerprintB)
{
    if (fingerprintA.isEmpty() || fingerprintB.isEmpty())
        return {};
    QStringList both{fingerprintA, fingerprintB};
    std::sort(both.begin(), both.end());
    const QByteArray hash = QCryptographicHash::hash((both[0] + both[1]).toUtf8(), QCryptographicHash::Sha256);
    const quint32 bits = (quint32(quint8(hash[0])) << 16) | (quint32(quint8(hash[1])) << 8) | quint8(hash[2]);
    VerificationCode code;
    QStringList numbers;
    for (int i = 0; i < 4; ++i) {
        const int index = int((bits >> (18 - 6 * i)) & 0x3f);
        code.emoji.append(verificationEmoji().at(index));
        numbers.append(QStringLiteral("%1").arg(index, 2, 10, QLatin1Char('0')));
    }
    code.digits = numbers.join(QLatin1Char(' '));
    return code;
}

Quality callQuality(const PeerStats &previous, const PeerStats &now)
{
    const qint64 received = now.packetsReceived - previous.packetsReceived;
    const qint64 lost = std::max<qint64>(0, now.packetsLost - previous.packetsLost);
    if (now.packetsReceived == 0 && now.rttMs < 0)
        return Quality::Unknown; // not connected yet
    if (received <= 0)
        return Quality::Poor;
    const double lossPct = 100.0 * double(lost) / double(received + lost);
    // The thresholds of ITU-T G.114 / common VoIP practice: < 150 ms one way
    // feels live (300 ms round trip), > 5 % loss is audible, > 50 ms jitter
    // overruns a typical jitter buffer.
    if (lossPct > 8 || now.rttMs > 600 || now.jitterMs > 100)
        return Quality::Poor;
    if (lossPct > 2 || now.rttMs > 300 || now.jitterMs > 40)
        return Quality::Fair;
    return Quality::Good;
}

QString qualityName(Quality quality)
{
    switch (quality) {
    case Quality::Good: return QStringLiteral("good");
    case Quality::Fair: return QStringLiteral("fair");
    case Quality::Poor: return QStringLiteral("poor");
    case Quality::Unknown: break;
    }
    return {};
}

} // namespace azc::calls
