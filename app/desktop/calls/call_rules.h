#pragma once
// The parts of a call that are pure functions, shared by both ends and
// unit-tested (tests/unit/tst_call_rules.cpp): the verification code two
// people compare aloud, and the quality level a peer's statistics earn.
//
// The verification code proves that nobody sits between the two clients:
// each side hashes the DTLS fingerprints it actually negotiated (its own
// certificate's and the one the other side presented). A relay that
// terminated DTLS would present its own certificate to each side, so the
// two screens would show different codes. Sorting the two fingerprints
// first makes the code independent of who is "local".

#include <QString>
#include <QStringList>

namespace azc::calls {

struct VerificationCode {
    QStringList emoji; // 4 entries from the fixed 64-entry table
    QString digits;    // the same four indices as digits, "07 42 13 60"
    bool isValid() const { return emoji.size() == 4; }
};

// The DTLS fingerprint an SDP offers ("sha-256 AB:CD:…", algorithm lower-case,
// hex upper-case), from its first `a=fingerprint:` line; "" when it has none.
QString sdpFingerprint(const QString &sdp);

// SHA-256 of the two fingerprints sorted and concatenated; the first 24 bits
// pick four of the 64 emoji. Invalid (empty) when either fingerprint is "".
VerificationCode verificationCode(const QString &fingerprintA, const QString &fingerprintB);

// The table itself (64 entries, never reordered: both ends must agree).
const QStringList &verificationEmoji();

enum class Quality { Unknown, Good, Fair, Poor };

struct PeerStats {
    qint64 packetsReceived = 0; // inbound RTP, all tracks, since the connection started
    qint64 packetsLost = 0;
    double rttMs = -1;    // round trip of the selected candidate pair; -1 unknown
    double jitterMs = -1; // inbound audio jitter; -1 unknown
};

// How a peer sounds, from two samples a second or so apart: the loss over
// that interval, the round trip and the jitter. Nothing received over the
// interval while connected is Poor (the other side froze or the path died).
Quality callQuality(const PeerStats &previous, const PeerStats &now);
QString qualityName(Quality quality); // "good", "fair", "poor", ""

} // namespace azc::calls
