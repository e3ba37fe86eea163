#pragma once
// Bots: accounts with tokens that answer buttons and post in chats (bots.*,
// auth.bot, messages.pressButton).

#include "bots/bots_config.h"
#include "module/domain_module.h"

namespace azc::bots {

std::unique_ptr<module::DomainModule> botsModule(BotsConfig config);

} // namespace azc::bots
