// FileService directly, with a clock the test controls: abandoned uploads
// are purged, finished files and fresh uploads are kept.

#include "common/clock.h"
#include "files/file_service.h"
#include "storage/database.h"
#include "test_backend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace azc;

class TstFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staleUploadsArePurged()
    {
        test::ScratchDatabase scratch;
        const QString url = scratch.url();
        QTemporaryDir dir;
        QVERIFY(!url.isEmpty());
        {
            auto db = storage::Database::open(url);
            QVERIFY(db.ok());
            QVERIFY(db.value()->migrate(QStringLiteral("files"), files::FileService::migrations()).ok());
            ManualClock clock(1'700'000'000'000);
            files::FileService service(*db.value(), dir.path(), clock);
            const QByteArray png("\x89PNG\r\n\x1a\n-not-really-but-sniffable", 33);
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());

            auto old = service.begin(QStringLiteral("u1"), QStringLiteral("a.png"), QStringLiteral("image/png"), png.size(), sha,
                                     QStringLiteral("kyc"));
            QVERIFY(old.ok());
            QVERIFY(service.chunk(QStringLiteral("u1"), old->value(QStringLiteral("uploadId")).toString(), 0, png.left(10)).ok());
            auto done = service.begin(QStringLiteral("u1"), QStringLiteral("b.png"), QStringLiteral("image/png"), png.size(), sha,
                                      QStringLiteral("kyc"));
            const QString doneId = done->value(QStringLiteral("uploadId")).toString();
            QVERIFY(service.chunk(QStringLiteral("u1"), doneId, 0, png).ok());
            auto stored = service.finish(QStringLiteral("u1"), doneId);
            QVERIFY(stored.ok());

            clock.advance(25LL * 3600 * 1000);
            auto fresh = service.begin(QStringLiteral("u1"), QStringLiteral("c.png"), QStringLiteral("image/png"), png.size(), sha,
                                       QStringLiteral("kyc"));
            QVERIFY(fresh.ok());
            QCOMPARE(QDir(dir.filePath(QStringLiteral("uploads"))).entryList(QDir::Files).size(), 2);

            auto purged = service.purgeStaleUploads(24LL * 3600 * 1000);
            QVERIFY(purged.ok());
            QCOMPARE(purged.value(), 1);
            QCOMPARE(QDir(dir.filePath(QStringLiteral("uploads"))).entryList(QDir::Files).size(), 1);
            QVERIFY(service.file(stored->id).ok());
            QVERIFY(QFile::exists(service.blobPath(sha)));
            QCOMPARE(service.chunk(QStringLiteral("u1"), old->value(QStringLiteral("uploadId")).toString(), 10, png.mid(10)).error().reason,
                     QStringLiteral("not_found"));
        }
    }

    void quotasAreEnforced()
    {
        test::ScratchDatabase scratch;
        const QString url = scratch.url();
        QTemporaryDir dir;
        QVERIFY(!url.isEmpty());
        {
            auto db = storage::Database::open(url);
            QVERIFY(db.ok());
            QVERIFY(db.value()->migrate(QStringLiteral("files"), files::FileService::migrations()).ok());
            Clock clock;
            files::FileService service(*db.value(), dir.path(), clock);
            const QString sha(64, QLatin1Char('a'));
            for (int i = 0; i < files::FileService::kMaxOpenUploads; ++i)
                QVERIFY(service.begin(QStringLiteral("u1"), QStringLiteral("f.png"), QStringLiteral("image/png"), 1000, sha,
                                      QStringLiteral("kyc")).ok());
            QCOMPARE(service.begin(QStringLiteral("u1"), QStringLiteral("f.png"), QStringLiteral("image/png"), 1000, sha,
                                   QStringLiteral("kyc")).error().reason, QStringLiteral("too_many_uploads"));
            QVERIFY(service.begin(QStringLiteral("u2"), QStringLiteral("f.png"), QStringLiteral("image/png"), 1000, sha,
                                  QStringLiteral("kyc")).ok()); // per user
            // 100 MiB per user, stored files and uploads in flight together.
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO files (id, owner_id, sha256, name, mime, size, purpose,"
                                                    " created_at) VALUES ('f1', 'u3', ?, 'big.pdf', 'application/pdf', ?, 'kyc', 0)"),
                                     {sha, 92LL * 1024 * 1024}).ok());
            QVERIFY(service.begin(QStringLiteral("u3"), QStringLiteral("a.pdf"), QStringLiteral("application/pdf"),
                                  5 * 1024 * 1024, sha, QStringLiteral("kyc")).ok()); // 97 MiB
            QCOMPARE(service.begin(QStringLiteral("u3"), QStringLiteral("b.pdf"), QStringLiteral("application/pdf"),
                                   4 * 1024 * 1024, sha, QStringLiteral("kyc")).error().reason, QStringLiteral("quota_exceeded"));
            QVERIFY(service.begin(QStringLiteral("u3"), QStringLiteral("c.pdf"), QStringLiteral("application/pdf"),
                                  3 * 1024 * 1024, sha, QStringLiteral("kyc")).ok()); // exactly 100 MiB
        }
    }

    void sniffing()
    {
        QCOMPARE(files::sniffMime(QByteArray("\x89PNG\r\n\x1a\nxxxx", 12)), QStringLiteral("image/png"));
        QCOMPARE(files::sniffMime(QByteArray("\xff\xd8\xff\xe0", 4)), QStringLiteral("image/jpeg"));
        QCOMPARE(files::sniffMime(QByteArray("%PDF-1.7")), QStringLiteral("application/pdf"));
        QCOMPARE(files::sniffMime(QByteArray("MZ\x90\x00", 4)), QString());
    }
};

QTEST_GUILESS_MAIN(TstFiles)
#include "tst_files.moc"
