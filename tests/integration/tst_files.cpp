// FileService directly, with a clock the test controls: abandoned uploads
// are purged, finished files and fresh uploads are kept.

#include "common/clock.h"
#include "files/file_service.h"
#include "storage/database.h"
#include "test_backend.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QDir>
#include <QTemporaryDir>
#include <QDeadlineTimer>
#include <QtTest>
#include <optional>

using namespace azc;

class TstFiles : public QObject
{
    Q_OBJECT

    static Result<files::StoredFile> store(files::FileService &service, const QString &owner, const QByteArray &bytes,
                                           const QString &mime)
    {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        auto begun = service.begin(owner, QStringLiteral("f"), mime, bytes.size(), sha, QStringLiteral("chat"));
        if (!begun)
            return begun.error();
        const QString id = begun->value(QStringLiteral("uploadId")).toString();
        for (qint64 at = 0; at < bytes.size(); at += files::FileService::kChunkSize)
            if (auto c = service.chunk(owner, id, at, bytes.mid(at, files::FileService::kChunkSize)); !c)
                return c.error();
        return service.finish(owner, id);
    }

    // The preview is made on a worker thread; the answer comes back on this one.
    static Result<QJsonObject> thumbnailOf(files::FileService &service, const server::Caller &caller, const QString &id)
    {
        std::optional<Result<QJsonObject>> answer;
        service.thumbnail(caller, id, [&answer](Result<QJsonObject> r) { answer = std::move(r); });
        QDeadlineTimer deadline(15000);
        while (!answer && !deadline.hasExpired())
            QTest::qWait(5);
        return answer ? *answer : Result<QJsonObject>(fail("timeout", QStringLiteral("no answer")));
    }

private Q_SLOTS:
    void thumbnailsAreSmallJpegsForReadersOnly()
    {
        test::ScratchDatabase scratch;
        QTemporaryDir dir;
        auto db = storage::Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(db.value()->migrate(QStringLiteral("files"), files::FileService::migrations()).ok());
        Clock clock;
        files::FileService service(*db.value(), dir.path(), clock);
        // A 2000 × 1000 photo-like PNG (noise keeps it from compressing to nothing).
        QImage photo(2000, 1000, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x)
                photo.setPixel(x, y, qRgb((x * 7 + y) % 256, (x ^ y) % 256, (x * y) % 256));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(photo.save(&buffer, "PNG"));
        auto stored = store(service, QStringLiteral("u1"), png, QStringLiteral("image/png"));
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        const server::Caller owner{QStringLiteral("u1"), QStringLiteral("u1"), {}, server::Role::User, 0, false};
        const server::Caller stranger{QStringLiteral("u2"), QStringLiteral("u2"), {}, server::Role::User, 0, false};

        auto thumb = thumbnailOf(service, owner, stored->id);
        QVERIFY(thumb.ok());
        const QByteArray jpeg = QByteArray::fromBase64(thumb->value(QStringLiteral("data")).toString().toLatin1());
        QVERIFY(jpeg.startsWith("\xff\xd8")); // a JPEG
        QVERIFY(jpeg.size() <= files::FileService::kChunkSize);
        const QImage preview = QImage::fromData(jpeg, "JPEG");
        QCOMPARE(preview.size(), QSize(320, 160));
        QCOMPARE(thumb->value(QStringLiteral("width")).toInt(), 320);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("thumbs/") + stored->sha256 + QStringLiteral(".jpg"))));
        QCOMPARE(thumbnailOf(service, owner, stored->id)->value(QStringLiteral("data")), thumb->value(QStringLiteral("data"))); // the kept one

        QCOMPARE(thumbnailOf(service, stranger, stored->id).error().reason, QStringLiteral("forbidden"));
        service.setSharedAccess([](const QString &, const QString &userId) { return userId == QLatin1String("u2"); });
        QVERIFY(thumbnailOf(service, stranger, stored->id).ok()); // shared with u2 now

        auto pdf = store(service, QStringLiteral("u1"), QByteArray("%PDF-1.4\n%%EOF\n"), QStringLiteral("application/pdf"));
        QVERIFY(pdf.ok());
        QCOMPARE(thumbnailOf(service, owner, pdf->id).error().reason, QStringLiteral("unsupported_type"));
        // PNG by its first bytes, but not a picture.
        auto fake = store(service, QStringLiteral("u1"), QByteArray("\x89PNG\r\n\x1a\n-not-really", 20), QStringLiteral("image/png"));
        QVERIFY(fake.ok());
        QCOMPARE(thumbnailOf(service, owner, fake->id).error().reason, QStringLiteral("unsupported_type"));
    }

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
