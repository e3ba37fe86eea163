// Fuzz target for Amount::parse. Built two ways:
//  - with clang and -fsanitize=fuzzer,address (scripts/fuzz.sh) for real fuzzing;
//  - with the project's compiler and replay_main.cpp as a CTest that replays
//    the corpus plus a fixed-seed batch of random inputs on every run.
// Properties: never crashes; whatever parses formats back to the same units.

#include "common/amount.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int decimals = data[0] % 20; // 19 is invalid on purpose
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto parsed = azc::Amount::parse(text, decimals);
    if (parsed.ok()) {
        const auto again = azc::Amount::parse(parsed->toString(decimals), decimals);
        if (!again.ok() || again->units() != parsed->units())
            std::abort();
        const auto fixed = azc::Amount::parse(parsed->toFixed(decimals), decimals);
        if (!fixed.ok() || fixed->units() != parsed->units())
            std::abort();
    }
    for (const auto mode : {azc::Rounding::Down, azc::Rounding::HalfEven, azc::Rounding::Ceiling}) {
        const auto rounded = azc::Amount::parseRounded(text, decimals, mode);
        if (parsed.ok() && (!rounded.ok() || rounded->units() != parsed->units()))
            std::abort(); // exact input: rounding must not change it
    }
    return 0;
}
