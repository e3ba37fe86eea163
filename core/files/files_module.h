#pragma once
// Files: uploads, downloads and previews (files.*); sweeps abandoned uploads while serving.

#include "module/domain_module.h"

namespace azc::files {

std::unique_ptr<module::DomainModule> filesModule();

} // namespace azc::files
