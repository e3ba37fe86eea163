#pragma once
// Messaging: conversations, messages, search and presence (chats.*, messages.*).

#include "module/domain_module.h"

namespace azc::messaging {

std::unique_ptr<module::DomainModule> messagingModule();

} // namespace azc::messaging
