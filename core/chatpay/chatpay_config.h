#pragma once
// Money in chats: how often expired red packets are refunded and the unit
// of a packet's lifetime (tests shorten both).

#include <QtGlobal>

namespace azc::chatpay {

struct ChatPayConfig {
    int redPacketSweepMs = 1000;
    qint64 redPacketMinuteMs = 60 * 1000;
};

} // namespace azc::chatpay
