#pragma once
#include "server/method_table.h"

namespace azc::chatpay {

class ChatMoney;

// messages.sendMoney, messages.requestMoney, messages.payRequest.
void declareChatMoneyMethods(server::MethodTable &table, ChatMoney &money);

} // namespace azc::chatpay
