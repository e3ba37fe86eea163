#include "exchange/matching/journal_codec.h"

#include <zlib.h>

namespace azc::matching::journal_codec {

namespace {

__extension__ using UnsignedQuote = unsigned __int128;

class ByteWriter
{
public:
    explicit ByteWriter(std::uint8_t *out)
        : m_out(out)
    {}
    void u8(std::uint8_t v) { m_out[m_size++] = v; }
    void u64(std::uint64_t v)
    {
        for (int i = 0; i < 8; ++i)
            u8(std::uint8_t(v >> (8 * i)));
    }
    void i64(std::int64_t v) { u64(std::uint64_t(v)); }
    void quote(Quote v)
    {
        u64(std::uint64_t(v));
        u64(std::uint64_t(v >> 64));
    }
    std::size_t size() const { return m_size; }

private:
    std::uint8_t *m_out;
    std::size_t m_size = 0;
};

class ByteReader
{
public:
    ByteReader(const std::uint8_t *in, std::size_t size)
        : m_in(in)
        , m_size(size)
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_size; }
    std::uint8_t u8()
    {
        if (m_pos >= m_size) {
            m_ok = false;
            return 0;
        }
        return m_in[m_pos++];
    }
    std::uint64_t u64()
    {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= std::uint64_t(u8()) << (8 * i);
        return v;
    }
    std::int64_t i64() { return std::int64_t(u64()); }
    Quote quote()
    {
        const std::uint64_t low = u64();
        return Quote((UnsignedQuote(u64()) << 64) | low);
    }
    // An enum field with `count` valid values.
    template<typename E>
    E enumOf(std::uint8_t count)
    {
        const std::uint8_t v = u8();
        if (v >= count)
            m_ok = false;
        return E(v);
    }

private:
    const std::uint8_t *m_in;
    std::size_t m_size;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

} // namespace

std::size_t encodeBody(std::uint64_t sequence, const Command &command, std::uint8_t *out)
{
    ByteWriter w(out);
    w.u64(sequence);
    w.u8(std::uint8_t(command.kind));
    switch (command.kind) {
    case CommandKind::New: {
        const NewOrder &o = command.newOrder;
        w.u64(o.id);
        w.u64(o.owner);
        w.u8(std::uint8_t(o.side));
        w.u8(std::uint8_t(o.type));
        w.u8(std::uint8_t(o.timeInForce));
        w.u8(std::uint8_t(o.selfTrade));
        w.i64(o.price);
        w.i64(o.stopPrice);
        w.i64(o.quantity);
        w.quote(o.quoteBudget);
        break;
    }
    case CommandKind::Cancel: w.u64(command.cancel.id); break;
    case CommandKind::CancelAll: w.u64(command.cancelAll.owner); break;
    case CommandKind::Amend:
        w.u64(command.amend.id);
        w.i64(command.amend.price);
        w.i64(command.amend.quantity);
        break;
    }
    return w.size();
}

bool decodeBody(const std::uint8_t *body, std::size_t size, std::uint64_t &sequence,
                Command &command)
{
    ByteReader r(body, size);
    sequence = r.u64();
    command = Command{};
    command.kind = CommandKind(r.u8());
    switch (command.kind) {
    case CommandKind::New: {
        NewOrder &o = command.newOrder;
        o.id = r.u64();
        o.owner = r.u64();
        o.side = r.enumOf<Side>(2);
        o.type = r.enumOf<OrderType>(3);
        o.timeInForce = r.enumOf<TimeInForce>(4);
        o.selfTrade = r.enumOf<SelfTradePrevention>(3);
        o.price = r.i64();
        o.stopPrice = r.i64();
        o.quantity = r.i64();
        o.quoteBudget = r.quote();
        break;
    }
    case CommandKind::Cancel: command.cancel.id = r.u64(); break;
    case CommandKind::CancelAll: command.cancelAll.owner = r.u64(); break;
    case CommandKind::Amend:
        command.amend.id = r.u64();
        command.amend.price = r.i64();
        command.amend.quantity = r.i64();
        break;
    default: return false;
    }
    return r.ok() && r.atEnd();
}

std::uint32_t crc32Of(const std::uint8_t *data, std::size_t size)
{
    return std::uint32_t(::crc32(::crc32(0L, Z_NULL, 0), data, uInt(size)));
}

} // namespace azc::matching::journal_codec
