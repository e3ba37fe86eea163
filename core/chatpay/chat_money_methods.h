#pragma once
#include "server/method_table.h"

namespace azc::chatpay {

class ChatMoney;
class RedPackets;

// messages.sendMoney, messages.requestMoney, messages.payRequest,
// messages.sendRedPacket, messages.openRedPacket.
void declareChatMoneyMethods(server::MethodTable &table, ChatMoney &money, RedPackets &packets);

} // namespace azc::chatpay
