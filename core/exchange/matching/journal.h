#pragma once
// The command journal: an append-only file of the commands applied to one
// book, each with its sequence number and a CRC, so the book can be rebuilt
// by replaying it into a fresh OrderBook. It records inputs, not events:
// the engine is deterministic, so the events follow.
//
// Layout (little-endian): an 8-byte file magic "AZCMJ001", then records of
//   u32 body length | body: u64 sequence, u8 command kind, payload | u32 CRC-32 of body
// Sequences start at 1 and rise by one. A crash mid-write leaves at most one
// torn record at the end; the reader stops before it and says where, and the
// writer cuts it off when it reopens the file.

#include "exchange/matching/matching_types.h"

#include <cstdint>
#include <cstdio>
#include <string>

namespace azc::matching {

struct JournalRecord
{
    std::uint64_t sequence = 0;
    Command command;
};

class JournalReader
{
public:
    enum class Status {
        Reading,
        Complete,   // the file ends exactly after a good record
        Truncated,  // a partial or damaged record (or a sequence gap) ends the good part
        Unreadable, // missing file or wrong magic
    };

    explicit JournalReader(const std::string &path);
    ~JournalReader();
    JournalReader(const JournalReader &) = delete;
    JournalReader &operator=(const JournalReader &) = delete;

    bool next(JournalRecord &record); // false at the end of the good records
    Status status() const { return m_status; }
    std::uint64_t validBytes() const { return m_validBytes; } // magic plus good records
    std::uint64_t lastSequence() const { return m_lastSequence; }

private:
    std::FILE *m_file = nullptr;
    Status m_status = Status::Reading;
    std::uint64_t m_validBytes = 0;
    std::uint64_t m_lastSequence = 0;
};

class JournalWriter
{
public:
    JournalWriter() = default;
    ~JournalWriter();
    JournalWriter(const JournalWriter &) = delete;
    JournalWriter &operator=(const JournalWriter &) = delete;

    // Creates the file (when missing or empty), or continues a journal after
    // its last good record (a torn tail is cut off first). False if it
    // cannot, or if the file exists and is not a journal.
    bool open(const std::string &path);
    // Returns the record's sequence number, 0 if the write failed.
    std::uint64_t append(const Command &command);
    bool flush(); // to the OS
    bool sync();  // to the disk (fsync)
    void close();

    std::uint64_t lastSequence() const { return m_lastSequence; }

private:
    std::FILE *m_file = nullptr;
    std::uint64_t m_lastSequence = 0;
};

} // namespace azc::matching
