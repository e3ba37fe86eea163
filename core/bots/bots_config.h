#pragma once
// Bots' settings.

namespace azc::bots {

struct BotsConfig {
    int callbackTimeoutMs = 10000; // how long a button press waits for the bot's answer
};

} // namespace azc::bots
