// The mini-program bundle reader both sides share: what a hostile zip may
// not do (climb out of its folder, hide a second copy of a file, unpack into
// gigabytes, lie about a file's size), what a manifest must say, and
// Ed25519 signatures over the exact bytes.

#include "miniprograms/bundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <zip.h>

using namespace azc;
using namespace azc::miniprograms;

namespace {

QJsonObject manifest(const QString &id = QStringLiteral("good-one"))
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Good")}, {QStringLiteral("version"), QStringLiteral("1.2.3")},
            {QStringLiteral("category"), QStringLiteral("tools")}, {QStringLiteral("entry"), QStringLiteral("index.html")},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("storage")}}};
}

QByteArray zipOf(QHash<QString, QByteArray> files, const QJsonObject &m = manifest())
{
    files.insert(QStringLiteral("manifest.json"), QJsonDocument(m).toJson());
    if (!files.contains(QStringLiteral("index.html")))
        files.insert(QStringLiteral("index.html"), "<p>hi</p>");
    return makeZip(files).value();
}

// A zip written by hand through libzip, for what makeZip never writes (duplicate names).
QByteArray rawZip(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &err);
    zip_t *za = zip_open_from_source(out, ZIP_TRUNCATE, &err);
    zip_source_keep(out);
    for (const auto &[name, data] : entries) {
        zip_source_t *s = zip_source_buffer(za, data.constData(), zip_uint64_t(data.size()), 0);
        // ZIP_FL_OVERWRITE off and the same name twice is refused by libzip, so the second gets a
        // name differing only in case: the reader must still treat paths exactly.
        zip_file_add(za, name.constData(), s, 0);
    }
    zip_close(za);
    QByteArray bytes;
    zip_source_open(out);
    zip_source_seek(out, 0, SEEK_END);
    bytes.resize(qsizetype(zip_source_tell(out)));
    zip_source_seek(out, 0, SEEK_SET);
    zip_source_read(out, bytes.data(), zip_uint64_t(bytes.size()));
    zip_source_close(out);
    zip_source_free(out);
    return bytes;
}

} // namespace

class TstProgramBundle : public QObject
{
    Q_OBJECT
private slots:
    void aGoodBundleOpens()
    {
        auto b = Bundle::open(zipOf({{QStringLiteral("js/app.js"), "1"}}));
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
        QCOMPARE(b->manifest().id, QStringLiteral("good-one"));
        QCOMPARE(b->file(QStringLiteral("js/app.js")), QByteArray("1"));
        // The same files give the same bytes: a signature can be checked again by anyone.
        QCOMPARE(zipOf({{QStringLiteral("js/app.js"), "1"}}), zipOf({{QStringLiteral("js/app.js"), "1"}}));
    }

    void hostilePathsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *p : {"../escape.js", "a/../../b.js", "/etc/passwd", "a\\\\b.js", "a//b.js", "./x.js", "sp ace.js", "ü.js"})
            QTest::newRow(p) << QString::fromUtf8(p);
    }
    void hostilePathsAreRefused()
    {
        QFETCH(QString, path);
        const QByteArray zip = rawZip({{"manifest.json", QJsonDocument(manifest()).toJson()}, {"index.html", "x"}, {path.toUtf8(), "evil"}});
        auto b = Bundle::open(zip);
        QVERIFY(!b);
        QCOMPARE(b.error().reason, QStringLiteral("invalid_bundle"));
    }

    void limits()
    {
        // A zip bomb: 17 MiB of zeros compresses to almost nothing and is refused before it is all unpacked.
        auto bomb = Bundle::open(zipOf({{QStringLiteral("zeros.bin"), QByteArray(17 * 1024 * 1024, '\0')}}));
        QVERIFY(!bomb);
        QVERIFY(bomb.error().message.contains(QStringLiteral("unpacks")));
        QHash<QString, QByteArray> many;
        for (int i = 0; i < Bundle::kMaxFiles + 1; ++i)
            many.insert(QStringLiteral("f%1.txt").arg(i), "x");
        QVERIFY(!Bundle::open(zipOf(many)));
        QVERIFY(!Bundle::open(QByteArray("PK\x03\x04 not really a zip")));
        QVERIFY(!Bundle::open(QByteArray()));
    }

    void manifestRules()
    {
        QVERIFY(!Bundle::open(zipOf({}, manifest(QStringLiteral("Bad_Id")))));
        QJsonObject m = manifest();
        m.insert(QStringLiteral("version"), QStringLiteral("1.2"));
        QVERIFY(!Bundle::open(zipOf({}, m)));
        m = manifest();
        m.insert(QStringLiteral("permissions"), QJsonArray{QStringLiteral("payments")}); // no payee, no assets
        QVERIFY(!Bundle::open(zipOf({}, m)));
        m = manifest();
        m.insert(QStringLiteral("permissions"), QJsonArray{QStringLiteral("storage"), QStringLiteral("storage")});
        QVERIFY(!Bundle::open(zipOf({}, m)));
        m = manifest();
        for (const char *origin : {"http://api.example.com", "https://*.example.com", "https://api.example.com/v1", "https://u:p@api.example.com",
                                   "https://a.com#; script-src-elem 'unsafe-inline'", "https://a.com 'unsafe-inline'", "https://a.com;",
                                   "https://a.com:99999", "https://localhost"}) {
            m.insert(QStringLiteral("origins"), QJsonArray{QString::fromLatin1(origin)});
            QVERIFY2(!Bundle::open(zipOf({}, m)), origin);
        }
        m.insert(QStringLiteral("origins"), QJsonArray{QStringLiteral("HTTPS://API.Example.com:8443/")});
        auto normal = Bundle::open(zipOf({}, m));
        QVERIFY(normal);
        QCOMPARE(normal->manifest().origins, QStringList{QStringLiteral("https://api.example.com:8443")});
        QCOMPARE(compareVersions(QStringLiteral("1.10.0"), QStringLiteral("1.9.9")), 1);
        QCOMPARE(compareVersions(QStringLiteral("2.0.0"), QStringLiteral("2.0.0")), 0);
    }

    void signatures()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray zip = zipOf({});
        const QString sig = key.sign(zip);
        QVERIFY(verifySignature(zip, sig, key.publicKey));
        QByteArray changed = zip;
        changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 1);
        QVERIFY(!verifySignature(changed, sig, key.publicKey));
        QVERIFY(!verifySignature(zip, sig, SigningKey::generate().publicKey));
        QVERIFY(!verifySignature(zip, QStringLiteral("AAAA"), key.publicKey));
        QVERIFY(checkPublicKey(key.publicKey));
        QVERIFY(!checkPublicKey(QStringLiteral("bm90IGEga2V5")));
        // The same private key gives the same public key (a developer's tool can restore it).
        QCOMPARE(SigningKey::fromPrivate(key.privateKey)->publicKey, key.publicKey);
    }
};

QTEST_GUILESS_MAIN(TstProgramBundle)
#include "tst_program_bundle.moc"
