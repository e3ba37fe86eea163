#pragma once
// Byte encoding of one journal record body (sequence, kind, payload); the
// file framing around it is in journal.cpp.

#include "exchange/matching/matching_types.h"

#include <cstddef>
#include <cstdint>

namespace azc::matching::journal_codec {

inline constexpr std::size_t kMaxBodySize = 96;

// Writes the body into `out` (kMaxBodySize bytes) and returns its length.
std::size_t encodeBody(std::uint64_t sequence, const Command &command, std::uint8_t *out);
// False when the bytes are not a well-formed body of exactly `size` bytes.
bool decodeBody(const std::uint8_t *body, std::size_t size, std::uint64_t &sequence,
                Command &command);

std::uint32_t crc32Of(const std::uint8_t *data, std::size_t size);

} // namespace azc::matching::journal_codec
