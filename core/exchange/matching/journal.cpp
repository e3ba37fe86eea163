#include "exchange/matching/journal.h"

#include "exchange/matching/journal_codec.h"

#include <cstring>
#include <unistd.h>

namespace azc::matching {

namespace {

constexpr char kMagic[8] = {'A', 'Z', 'C', 'M', 'J', '0', '0', '1'};

void putU32(std::uint8_t *out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out[i] = std::uint8_t(v >> (8 * i));
}

std::uint32_t getU32(const std::uint8_t *in)
{
    return std::uint32_t(in[0]) | std::uint32_t(in[1]) << 8 | std::uint32_t(in[2]) << 16
            | std::uint32_t(in[3]) << 24;
}

} // namespace

JournalReader::JournalReader(const std::string &path)
    : m_file(std::fopen(path.c_str(), "rb"))
{
    char magic[sizeof kMagic];
    if (!m_file || std::fread(magic, 1, sizeof magic, m_file) != sizeof magic
        || std::memcmp(magic, kMagic, sizeof kMagic) != 0) {
        m_status = Status::Unreadable;
        return;
    }
    m_validBytes = sizeof kMagic;
}

JournalReader::~JournalReader()
{
    if (m_file)
        std::fclose(m_file);
}

bool JournalReader::next(JournalRecord &record)
{
    if (m_status != Status::Reading)
        return false;
    std::uint8_t frame[4 + journal_codec::kMaxBodySize + 4];
    const std::size_t got = std::fread(frame, 1, 4, m_file);
    if (got == 0 && std::feof(m_file)) {
        m_status = Status::Complete;
        return false;
    }
    const std::uint32_t bodySize = got == 4 ? getU32(frame) : 0;
    std::uint64_t sequence = 0;
    const bool good = got == 4 && bodySize <= journal_codec::kMaxBodySize
            && std::fread(frame + 4, 1, bodySize + 4, m_file) == bodySize + 4
            && getU32(frame + 4 + bodySize) == journal_codec::crc32Of(frame + 4, bodySize)
            && journal_codec::decodeBody(frame + 4, bodySize, sequence, record.command)
            && sequence == m_lastSequence + 1;
    if (!good) {
        m_status = Status::Truncated;
        return false;
    }
    record.sequence = m_lastSequence = sequence;
    m_validBytes += 4 + bodySize + 4;
    return true;
}

JournalWriter::~JournalWriter()
{
    close();
}

bool JournalWriter::open(const std::string &path)
{
    close();
    JournalReader::Status status = JournalReader::Status::Unreadable;
    std::uint64_t keepBytes = 0;
    {
        JournalReader reader(path);
        JournalRecord record;
        while (reader.next(record)) {
        }
        status = reader.status();
        keepBytes = reader.validBytes();
        m_lastSequence = reader.lastSequence();
    }
    if (status == JournalReader::Status::Unreadable) {
        // Only a missing or empty file becomes a new journal: anything else
        // may be someone's data, or a journal with a damaged header.
        if (std::FILE *existing = std::fopen(path.c_str(), "rb")) {
            const bool empty = std::fgetc(existing) == EOF;
            std::fclose(existing);
            if (!empty)
                return false;
        }
        m_lastSequence = 0;
        m_file = std::fopen(path.c_str(), "wb");
        return m_file && std::fwrite(kMagic, 1, sizeof kMagic, m_file) == sizeof kMagic;
    }
    if (::truncate(path.c_str(), off_t(keepBytes)) != 0)
        return false;
    m_file = std::fopen(path.c_str(), "ab");
    return m_file != nullptr;
}

std::uint64_t JournalWriter::append(const Command &command)
{
    if (!m_file)
        return 0;
    std::uint8_t frame[4 + journal_codec::kMaxBodySize + 4];
    const std::uint64_t sequence = m_lastSequence + 1;
    const std::size_t bodySize = journal_codec::encodeBody(sequence, command, frame + 4);
    putU32(frame, std::uint32_t(bodySize));
    putU32(frame + 4 + bodySize, journal_codec::crc32Of(frame + 4, bodySize));
    const std::size_t frameSize = 4 + bodySize + 4;
    if (std::fwrite(frame, 1, frameSize, m_file) != frameSize)
        return 0;
    m_lastSequence = sequence;
    return sequence;
}

bool JournalWriter::flush()
{
    return m_file && std::fflush(m_file) == 0;
}

bool JournalWriter::sync()
{
    return flush() && ::fsync(fileno(m_file)) == 0;
}

void JournalWriter::close()
{
    if (m_file)
        std::fclose(m_file);
    m_file = nullptr;
}

} // namespace azc::matching
