#pragma once
// The mini-programs domain: needs payments (a program charges through its
// payee's AZPay invoices) and messaging (programs are shared into chats).

#include "miniprograms/miniprograms_config.h"
#include "module/domain_module.h"

namespace azc::miniprograms {

std::unique_ptr<module::DomainModule> miniProgramsModule(MiniProgramsConfig config);

} // namespace azc::miniprograms
