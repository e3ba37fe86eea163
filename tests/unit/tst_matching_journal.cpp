// The command journal: what is written reads back identically with its
// sequence numbers, replaying it into a fresh engine rebuilds the same book,
// and a torn or damaged last record is set aside, not replayed and not fatal.

#include "exchange/matching/journal.h"
#include "exchange/matching/order_book.h"
#include "matching/random_commands.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <vector>

using namespace azc::matching;
using azc::matching::testing::CommandGenerator;

namespace {

constexpr std::uint32_t kCapacity = 50'000;

std::vector<Command> randomCommands(int count)
{
    CommandGenerator generate(99);
    std::vector<Command> commands;
    for (int i = 0; i < count; ++i)
        commands.push_back(generate.next());
    return commands;
}

// Journals each command as it is applied, the way the exchange layer does.
void writeAndApply(const std::string &path, const std::vector<Command> &commands, OrderBook &book)
{
    JournalWriter writer;
    QVERIFY(writer.open(path));
    EventBuffer events;
    for (const Command &c : commands) {
        QVERIFY(writer.append(c) != 0);
        book.apply(c, events);
        events.clear();
    }
    QVERIFY(writer.sync());
}

struct Replay
{
    std::vector<JournalRecord> records;
    JournalReader::Status status = JournalReader::Status::Reading;
    std::uint64_t validBytes = 0;
};

Replay replayInto(const std::string &path, OrderBook &book)
{
    Replay replay;
    JournalReader reader(path);
    JournalRecord record;
    EventBuffer events;
    while (reader.next(record)) {
        replay.records.push_back(record);
        book.apply(record.command, events);
        events.clear();
    }
    replay.status = reader.status();
    replay.validBytes = reader.validBytes();
    return replay;
}

std::uint64_t digestAfter(const std::vector<Command> &commands, std::size_t count)
{
    OrderBook book(kCapacity);
    EventBuffer events;
    for (std::size_t i = 0; i < count; ++i)
        book.apply(commands[i], events);
    return book.digest();
}

} // namespace

class TestMatchingJournal : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void replayRebuildsTheSameBook();
    void tornLastRecordIsSetAside();
    void damagedLastRecordIsSetAside();
    void writerContinuesAfterATornTail();
    void missingFileIsUnreadable();
    void writerLeavesOtherFilesAlone();

private:
    std::string path(const char *name) const
    {
        return QString(m_dir.path() + QLatin1Char('/') + QLatin1String(name)).toStdString();
    }
    QTemporaryDir m_dir;
};

void TestMatchingJournal::replayRebuildsTheSameBook()
{
    const std::vector<Command> commands = randomCommands(20'000);
    OrderBook live(kCapacity);
    writeAndApply(path("full.journal"), commands, live);

    OrderBook rebuilt(kCapacity);
    const Replay replay = replayInto(path("full.journal"), rebuilt);
    QCOMPARE(replay.status, JournalReader::Status::Complete);
    QCOMPARE(replay.records.size(), commands.size());
    for (std::size_t i = 0; i < commands.size(); ++i) {
        QCOMPARE(replay.records[i].sequence, std::uint64_t(i + 1));
        QVERIFY(replay.records[i].command == commands[i]);
    }
    QVERIFY(live.liveOrders() > 0);
    QVERIFY(rebuilt.dump() == live.dump());
    QCOMPARE(rebuilt.digest(), live.digest());
}

void TestMatchingJournal::tornLastRecordIsSetAside()
{
    const std::vector<Command> commands = randomCommands(5'000);
    OrderBook live(kCapacity);
    const std::string file = path("torn.journal");
    writeAndApply(file, commands, live);
    const qint64 fullSize = QFileInfo(QString::fromStdString(file)).size();
    // A crash in the middle of the last write: lose its last few bytes.
    QVERIFY(QFile::resize(QString::fromStdString(file), fullSize - 5));

    OrderBook rebuilt(kCapacity);
    const Replay replay = replayInto(file, rebuilt);
    QCOMPARE(replay.status, JournalReader::Status::Truncated);
    QCOMPARE(replay.records.size(), commands.size() - 1);
    QCOMPARE(rebuilt.digest(), digestAfter(commands, commands.size() - 1));
    QVERIFY(qint64(replay.validBytes) < fullSize - 5);
}

void TestMatchingJournal::damagedLastRecordIsSetAside()
{
    const std::vector<Command> commands = randomCommands(3'000);
    OrderBook live(kCapacity);
    const std::string file = path("damaged.journal");
    writeAndApply(file, commands, live);
    QFile f(QString::fromStdString(file));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(f.size() - 7)); // inside the last record's payload
    char byte = 0;
    QVERIFY(f.getChar(&byte));
    QVERIFY(f.seek(f.size() - 7));
    QVERIFY(f.putChar(char(byte ^ 0x40)));
    f.close();

    OrderBook rebuilt(kCapacity);
    const Replay replay = replayInto(file, rebuilt);
    QCOMPARE(replay.status, JournalReader::Status::Truncated);
    QCOMPARE(replay.records.size(), commands.size() - 1);
    QCOMPARE(rebuilt.digest(), digestAfter(commands, commands.size() - 1));
}

void TestMatchingJournal::writerContinuesAfterATornTail()
{
    const std::vector<Command> commands = randomCommands(4'000);
    const std::vector<Command> first(commands.begin(), commands.begin() + 2'500);
    const std::vector<Command> rest(commands.begin() + 2'499, commands.end()); // redo the torn one
    const std::string file = path("continued.journal");
    {
        OrderBook book(kCapacity);
        writeAndApply(file, first, book);
    }
    const QString qfile = QString::fromStdString(file);
    QVERIFY(QFile::resize(qfile, QFileInfo(qfile).size() - 3));
    {
        JournalWriter writer;
        QVERIFY(writer.open(file));
        QCOMPARE(writer.lastSequence(), std::uint64_t(2'499));
        for (const Command &c : rest)
            QVERIFY(writer.append(c) != 0);
        QCOMPARE(writer.lastSequence(), std::uint64_t(commands.size()));
    }
    OrderBook rebuilt(kCapacity);
    const Replay replay = replayInto(file, rebuilt);
    QCOMPARE(replay.status, JournalReader::Status::Complete);
    QCOMPARE(replay.records.size(), commands.size());
    QCOMPARE(rebuilt.digest(), digestAfter(commands, commands.size()));
}

void TestMatchingJournal::missingFileIsUnreadable()
{
    JournalReader reader(path("absent.journal"));
    JournalRecord record;
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.status(), JournalReader::Status::Unreadable);
}

void TestMatchingJournal::writerLeavesOtherFilesAlone()
{
    const std::string file = path("notes.txt");
    QFile f(QString::fromStdString(file));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a journal");
    f.close();
    JournalWriter writer;
    QVERIFY(!writer.open(file));
    QCOMPARE(QFileInfo(f).size(), qint64(13));
}

QTEST_APPLESS_MAIN(TestMatchingJournal)
#include "tst_matching_journal.moc"
