// Fuzz target for the matching engine's journal (exchange/matching):
// journal_codec::decodeBody on arbitrary bytes, encodeBody -> decodeBody on
// commands built from the input, and the journal file reader and writer on
// an input that starts like a journal file. Built like fuzz_amount_parse.cpp
// (see there); plain C++, no Qt.
//
// Properties: never crashes; the body layout is fixed, so a body that decodes
// re-encodes to exactly its bytes; every command encodes within kMaxBodySize
// and decodes to itself, and no shorter or longer body decodes; the reader
// returns records with sequences 1, 2, 3..., its validBytes never exceed the
// file and equal it when Complete; JournalWriter::open keeps exactly the good
// records (cutting off a torn tail) and continues the sequence, and a fresh
// journal of the same commands is byte for byte the good prefix.

#include "exchange/matching/journal.h"
#include "exchange/matching/journal_codec.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace azc::matching;
namespace codec = journal_codec;
__extension__ using UnsignedQuote = unsigned __int128;

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// Reads fixed-size fields from the input, zeros once it runs out.
class Source
{
public:
    Source(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    std::uint8_t u8() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    std::uint64_t u64()
    {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v = v << 8 | u8();
        return v;
    }
    std::int64_t i64() { return std::int64_t(u64()); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

Command commandFrom(Source &in)
{
    switch (in.u8() % 4) {
    case 0: {
        NewOrder o;
        o.id = in.u64();
        o.owner = in.u64();
        o.side = Side(in.u8() % 2);
        o.type = OrderType(in.u8() % 3);
        o.timeInForce = TimeInForce(in.u8() % 4);
        o.selfTrade = SelfTradePrevention(in.u8() % 3);
        o.price = in.i64();
        o.stopPrice = in.i64();
        o.quantity = in.i64();
        const UnsignedQuote high = in.u64();
        o.quoteBudget = Quote(high << 64 | in.u64());
        return Command::of(o);
    }
    case 1: return Command::of(CancelOrder{in.u64()});
    case 2: return Command::of(CancelAllOrders{in.u64()});
    default: return Command::of(AmendOrder{in.u64(), in.i64(), in.i64()});
    }
}

void checkBody(const uint8_t *data, size_t size)
{
    std::uint64_t sequence = 0;
    Command command;
    if (!codec::decodeBody(data, size, sequence, command))
        return;
    check(size <= codec::kMaxBodySize);
    std::uint8_t out[codec::kMaxBodySize];
    check(codec::encodeBody(sequence, command, out) == size && std::memcmp(out, data, size) == 0);
}

void checkCommand(std::uint64_t sequence, const Command &command)
{
    std::uint8_t body[codec::kMaxBodySize + 1];
    const size_t size = codec::encodeBody(sequence, command, body);
    check(size >= 9 && size <= codec::kMaxBodySize);
    std::uint64_t seq = 0;
    Command back;
    check(codec::decodeBody(body, size, seq, back) && seq == sequence && back == command);
    check(!codec::decodeBody(body, size - 1, seq, back));
    body[size] = 0;
    check(!codec::decodeBody(body, size + 1, seq, back));
}

// $TMPDIR, else memory (/dev/shm: many times faster than a disk for a file per input), else /tmp.
std::string scratchPath(const char *name)
{
    const char *dir = std::getenv("TMPDIR");
    if (!dir || !*dir)
        dir = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    return std::string(dir) + "/azc_fuzz_journal_" + std::to_string(::getpid()) + "_" + name;
}

void writeFile(const std::string &path, const uint8_t *data, size_t size)
{
    std::FILE *f = std::fopen(path.c_str(), "wb");
    check(f != nullptr);
    check(size == 0 || std::fwrite(data, 1, size, f) == size);
    check(std::fclose(f) == 0);
}

std::vector<std::uint8_t> readFile(const std::string &path)
{
    std::vector<std::uint8_t> out;
    std::FILE *f = std::fopen(path.c_str(), "rb");
    check(f != nullptr);
    for (int c; (c = std::fgetc(f)) != EOF;)
        out.push_back(std::uint8_t(c));
    std::fclose(f);
    return out;
}

struct Reading
{
    std::vector<JournalRecord> records;
    JournalReader::Status status;
    std::uint64_t validBytes;
};

Reading readJournal(const std::string &path)
{
    JournalReader reader(path);
    Reading r{{}, reader.status(), 0};
    JournalRecord record;
    while (reader.next(record)) {
        check(record.sequence == r.records.size() + 1);
        r.records.push_back(record);
    }
    r.status = reader.status();
    r.validBytes = reader.validBytes();
    check(r.status != JournalReader::Status::Reading);
    check(reader.lastSequence() == r.records.size());
    return r;
}

// The input as a journal file: read it, continue it, and rewrite it from scratch.
// (JournalReader and JournalWriter take a path, so the input goes to a scratch file.)
void checkFile(const uint8_t *data, size_t size, const Command &extra)
{
    static const std::string path = scratchPath("input");
    static const std::string fresh = scratchPath("fresh");
    writeFile(path, data, size);
    const Reading first = readJournal(path);
    if (first.status == JournalReader::Status::Unreadable) {
        check(first.records.empty());
        return;
    }
    check(size >= 8 && std::memcmp(data, "AZCMJ001", 8) == 0);
    check(first.validBytes >= 8 && first.validBytes <= size);
    check((first.status == JournalReader::Status::Complete) == (first.validBytes == size));

    JournalWriter writer;
    check(writer.open(path));
    check(writer.lastSequence() == first.records.size());
    check(writer.append(extra) == first.records.size() + 1);
    writer.close();
    const Reading second = readJournal(path);
    check(second.status == JournalReader::Status::Complete);
    check(second.records.size() == first.records.size() + 1);
    for (size_t i = 0; i < first.records.size(); ++i)
        check(second.records[i].command == first.records[i].command);
    check(second.records.back().command == extra);

    std::remove(fresh.c_str());
    JournalWriter rewriter;
    check(rewriter.open(fresh));
    for (const JournalRecord &r : first.records)
        check(rewriter.append(r.command) == r.sequence);
    rewriter.close();
    const std::vector<std::uint8_t> rewritten = readFile(fresh);
    check(rewritten.size() == first.validBytes && std::memcmp(rewritten.data(), data, rewritten.size()) == 0);
}

void removeScratch()
{
    std::remove(scratchPath("input").c_str());
    std::remove(scratchPath("fresh").c_str());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool cleanup = std::atexit(removeScratch) == 0;
    (void)cleanup;
    checkBody(data, size);
    Source in(data, size);
    const std::uint64_t sequence = in.u64();
    const Command command = commandFrom(in);
    checkCommand(sequence, command);
    // The file round trip costs a few file operations: only for inputs that
    // look like a journal (the magic, or one byte off it).
    if (size >= 7 && std::memcmp(data, "AZCMJ00", 7) == 0)
        checkFile(data, size, command);
    return 0;
}
