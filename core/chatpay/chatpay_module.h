#pragma once
// Money in chats: payments, requests and red packets (messages.sendMoney,
// messages.requestMoney, messages.payRequest, messages.sendRedPacket, ...).

#include "chatpay/chatpay_config.h"
#include "module/domain_module.h"

namespace azc::chatpay {

std::unique_ptr<module::DomainModule> chatPayModule(ChatPayConfig config);

} // namespace azc::chatpay
