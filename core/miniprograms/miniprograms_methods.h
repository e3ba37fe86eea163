#pragma once

namespace azc::server { class MethodTable; }

namespace azc::miniprograms {

class MiniProgramsService;
void declareMiniProgramsMethods(server::MethodTable &table, MiniProgramsService &service);

} // namespace azc::miniprograms
