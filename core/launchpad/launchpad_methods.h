#pragma once
namespace azc::server { class MethodTable; }
namespace azc::launchpad {
class LaunchpadService;
void declareLaunchpadMethods(server::MethodTable &table, LaunchpadService &launchpad);
}
