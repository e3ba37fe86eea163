// KYC end to end over the wire: chunked upload with type/size/checksum
// checks, submission, the support queue, document download, decisions,
// notifications and the tier they grant.

#include "test_backend.h"
#include "ws_client.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace azc;
using test::WsClient;

namespace {

using test::reason;

QByteArray demoFile(const char *name)
{
    QFile f(QStringLiteral(AZC_SOURCE_DIR "/resources/demo/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

QJsonObject beginParams(const QString &name, const QString &mime, qint64 size, const QString &sha256)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("mime"), mime}, {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256}, {QStringLiteral("purpose"), QStringLiteral("kyc")}};
}

// Uploads in protocol-sized chunks; returns the finishUpload reply.
QJsonObject upload(WsClient &c, const QByteArray &content, const QString &mime = QStringLiteral("image/png"),
                   const QString &declaredSha = {})
{
    const QJsonObject begun = c.result(QStringLiteral("files.beginUpload"),
                                       beginParams(QStringLiteral("doc.png"), mime, content.size(),
                                                   declaredSha.isEmpty() ? sha(content) : declaredSha));
    const QString id = begun.value(QStringLiteral("uploadId")).toString();
    const int chunk = begun.value(QStringLiteral("chunkSize")).toInt();
    if (id.isEmpty() || chunk <= 0)
        return {};
    for (qint64 off = 0; off < content.size(); off += chunk) {
        const QJsonObject r = c.call(QStringLiteral("files.uploadChunk"),
                                     {{QStringLiteral("uploadId"), id}, {QStringLiteral("offset"), off},
                                      {QStringLiteral("data"), QString::fromLatin1(content.mid(off, chunk).toBase64())}});
        if (!r.contains(QStringLiteral("result")))
            return r;
    }
    return c.call(QStringLiteral("files.finishUpload"), {{QStringLiteral("uploadId"), id}});
}

QJsonObject submitParams(const QStringList &fileIds, int tier = 1)
{
    return {{QStringLiteral("targetTier"), tier}, {QStringLiteral("fullName"), QStringLiteral("Erin Example")},
            {QStringLiteral("dateOfBirth"), QStringLiteral("1990-01-31")}, {QStringLiteral("country"), QStringLiteral("DE")},
            {QStringLiteral("documentType"), QStringLiteral("passport")}, {QStringLiteral("documentNumber"), QStringLiteral("X1234567")},
            {QStringLiteral("fileIds"), QJsonArray::fromStringList(fileIds)}};
}

} // namespace

class TstKyc : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestBackend> m_backend;
    std::unique_ptr<WsClient> m_user;
    std::unique_ptr<WsClient> m_support;
    QString m_fileId;
    QString m_caseId;
    QByteArray m_content;

    std::unique_ptr<WsClient> client()
    {
        auto c = std::make_unique<WsClient>();
        return c->open(m_backend->url()) ? std::move(c) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = test::TestBackend::demo();
        QVERIFY(m_backend);
        m_user = client();
        m_user->result(QStringLiteral("auth.register"), {{QStringLiteral("username"), QStringLiteral("erin")},
                                                         {QStringLiteral("displayName"), QStringLiteral("Erin Example")},
                                                         {QStringLiteral("password"), QStringLiteral("a long enough secret")}});
        QVERIFY(!m_user->login(QStringLiteral("erin"), QStringLiteral("a long enough secret")).isEmpty());
        m_support = client();
        QVERIFY(!m_support->login(QStringLiteral("support"), QStringLiteral("AzcSupport#2026")).isEmpty());
        m_content = demoFile("bob_id_card.png");
        QVERIFY(m_content.size() > 45 * 1024); // at least two chunks
    }

    void uploadIsCheckedAndContentAddressed()
    {
        const QJsonObject done = upload(*m_user, m_content);
        const QJsonObject file = done.value(QStringLiteral("result")).toObject().value(QStringLiteral("file")).toObject();
        m_fileId = file.value(QStringLiteral("fileId")).toString();
        QVERIFY(!m_fileId.isEmpty());
        QCOMPARE(file.value(QStringLiteral("size")).toInteger(), m_content.size());
        const QString digest = sha(m_content);
        QVERIFY(QFile::exists(m_backend->dataDir() + QStringLiteral("/blobs/") + digest.left(2) + QLatin1Char('/') + digest));
    }

    void badUploadsAreRefused()
    {
        QCOMPARE(reason(m_user->call(QStringLiteral("files.beginUpload"),
                                     beginParams(QStringLiteral("x.exe"), QStringLiteral("application/x-msdownload"), 10, sha("x")))),
                 QStringLiteral("unsupported_type"));
        QCOMPARE(reason(m_user->call(QStringLiteral("files.beginUpload"),
                                     beginParams(QStringLiteral("big.png"), QStringLiteral("image/png"), 11 * 1024 * 1024, sha("x")))),
                 QStringLiteral("too_large"));
        // Declared PNG, content is a PDF.
        const QByteArray pdf("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        QCOMPARE(reason(upload(*m_user, pdf)), QStringLiteral("unsupported_type"));
        QCOMPARE(reason(upload(*m_user, m_content, QStringLiteral("image/png"), sha("something else"))),
                 QStringLiteral("checksum_mismatch"));
        // Out-of-order chunk.
        const QString id = m_user->result(QStringLiteral("files.beginUpload"),
                                          beginParams(QStringLiteral("a.png"), QStringLiteral("image/png"), m_content.size(), sha(m_content)))
                               .value(QStringLiteral("uploadId")).toString();
        QCOMPARE(reason(m_user->call(QStringLiteral("files.uploadChunk"),
                                     {{QStringLiteral("uploadId"), id}, {QStringLiteral("offset"), 100},
                                      {QStringLiteral("data"), QString::fromLatin1(QByteArray("abc").toBase64())}})),
                 QStringLiteral("invalid_state"));
        QCOMPARE(reason(m_user->call(QStringLiteral("files.finishUpload"), {{QStringLiteral("uploadId"), id}})),
                 QStringLiteral("incomplete"));
        // Someone else's upload id is not theirs to use.
        auto other = client();
        QVERIFY(!other->login(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")).isEmpty());
        QCOMPARE(reason(other->call(QStringLiteral("files.finishUpload"), {{QStringLiteral("uploadId"), id}})),
                 QStringLiteral("not_found"));
        QCOMPARE(reason(other->call(QStringLiteral("files.download"), {{QStringLiteral("fileId"), m_fileId}, {QStringLiteral("offset"), 0}})),
                 QStringLiteral("forbidden"));
    }

    void submitCreatesAPendingCase()
    {
        QCOMPARE(reason(m_user->call(QStringLiteral("kyc.submit"), submitParams({QStringLiteral("not-a-file")}))),
                 QStringLiteral("not_found"));
        QJsonObject tooYoung = submitParams({m_fileId});
        tooYoung.insert(QStringLiteral("dateOfBirth"), QDate::currentDate().addYears(-10).toString(Qt::ISODate));
        QCOMPARE(reason(m_user->call(QStringLiteral("kyc.submit"), tooYoung)), QStringLiteral("invalid_params"));
        QCOMPARE(reason(m_user->call(QStringLiteral("kyc.submit"), submitParams({m_fileId}, 2))), QStringLiteral("invalid_state"));
        const QJsonObject c = m_user->result(QStringLiteral("kyc.submit"), submitParams({m_fileId})).value(QStringLiteral("case")).toObject();
        m_caseId = c.value(QStringLiteral("id")).toString();
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(c.value(QStringLiteral("documents")).toArray().size(), 1);
        QCOMPARE(reason(m_user->call(QStringLiteral("kyc.submit"), submitParams({m_fileId}))), QStringLiteral("invalid_state"));
        const QJsonObject status = m_user->result(QStringLiteral("kyc.status"));
        QCOMPARE(status.value(QStringLiteral("tier")).toInt(), 0);
        QCOMPARE(status.value(QStringLiteral("cases")).toArray().first().toObject().value(QStringLiteral("id")).toString(), m_caseId);
    }

    void supportWorksTheQueue()
    {
        const QJsonObject queue = m_support->result(QStringLiteral("kyc.queue"));
        const QJsonArray cases = queue.value(QStringLiteral("cases")).toArray();
        QCOMPARE(queue.value(QStringLiteral("total")).toInt(), 4); // three demo cases + erin's
        QCOMPARE(cases.last().toObject().value(QStringLiteral("id")).toString(), m_caseId); // oldest first
        const QJsonObject opened = m_support->result(QStringLiteral("kyc.case"), {{QStringLiteral("caseId"), m_caseId}});
        QCOMPARE(opened.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("erin"));

        // The document, downloaded in chunks, is byte-for-byte what was uploaded.
        QByteArray downloaded;
        for (bool eof = false; !eof;) {
            const QJsonObject part = m_support->result(QStringLiteral("files.download"),
                                                       {{QStringLiteral("fileId"), m_fileId}, {QStringLiteral("offset"), downloaded.size()}});
            QVERIFY(part.contains(QStringLiteral("data")));
            downloaded += QByteArray::fromBase64(part.value(QStringLiteral("data")).toString().toLatin1());
            eof = part.value(QStringLiteral("eof")).toBool();
        }
        QCOMPARE(sha(downloaded), sha(m_content));

        const QJsonObject assigned = m_support->result(QStringLiteral("kyc.assign"), {{QStringLiteral("caseId"), m_caseId}});
        QCOMPARE(assigned.value(QStringLiteral("case")).toObject().value(QStringLiteral("assignedToName")).toString(), QStringLiteral("Sara Ahmadi"));
        QCOMPARE(m_support->result(QStringLiteral("kyc.queue"), {{QStringLiteral("assignedToMe"), true}}).value(QStringLiteral("total")).toInt(), 1);
    }

    void approvalRaisesTierAndNotifies()
    {
        const QJsonObject approved = m_support->result(QStringLiteral("kyc.approve"), {{QStringLiteral("caseId"), m_caseId}});
        QCOMPARE(approved.value(QStringLiteral("case")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const QJsonObject decided = m_user->waitEvent(QStringLiteral("event.kyc.decided"));
        QCOMPARE(decided.value(QStringLiteral("case")).toObject().value(QStringLiteral("id")).toString(), m_caseId);
        const QJsonObject note = m_user->waitEvent(QStringLiteral("event.notify.new"), 100);
        Q_UNUSED(note) // may arrive before the decision event; the inbox below is what counts
        QCOMPARE(m_user->result(QStringLiteral("account.me")).value(QStringLiteral("user")).toObject().value(QStringLiteral("kycTier")).toInt(), 1);
        const QJsonObject inbox = m_user->result(QStringLiteral("notify.list"));
        QCOMPARE(inbox.value(QStringLiteral("unread")).toInt(), 1);
        QCOMPARE(inbox.value(QStringLiteral("notifications")).toArray().first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("kyc.approved"));
        QCOMPARE(m_user->result(QStringLiteral("notify.markRead"), {{QStringLiteral("all"), true}}).value(QStringLiteral("unread")).toInt(), 0);
        QCOMPARE(reason(m_support->call(QStringLiteral("kyc.approve"), {{QStringLiteral("caseId"), m_caseId}})), QStringLiteral("invalid_state"));
        QCOMPARE(m_support->result(QStringLiteral("kyc.queue")).value(QStringLiteral("total")).toInt(), 3);
    }

    void rejectionAndResubmissionCarryReasons()
    {
        const QJsonArray pending = m_support->result(QStringLiteral("kyc.queue")).value(QStringLiteral("cases")).toArray();
        QString bobCase, dariushCase;
        for (const QJsonValue &v : pending) {
            const QString who = v.toObject().value(QStringLiteral("username")).toString();
            if (who == QLatin1String("bob"))
                bobCase = v.toObject().value(QStringLiteral("id")).toString();
            if (who == QLatin1String("dariush"))
                dariushCase = v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!bobCase.isEmpty() && !dariushCase.isEmpty());
        QCOMPARE(m_support->call(QStringLiteral("kyc.reject"), {{QStringLiteral("caseId"), dariushCase}})
                     .value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32602); // reason required
        auto bob = client();
        QVERIFY(!bob->login(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")).isEmpty());
        m_support->result(QStringLiteral("kyc.requestResubmission"),
                          {{QStringLiteral("caseId"), bobCase}, {QStringLiteral("reason"), QStringLiteral("The photo is blurred; upload a sharper scan.")}});
        const QJsonObject bobEvent = bob->waitEvent(QStringLiteral("event.kyc.decided"));
        QCOMPARE(bobEvent.value(QStringLiteral("case")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("resubmission_requested"));
        QCOMPARE(bobEvent.value(QStringLiteral("case")).toObject().value(QStringLiteral("decisionReason")).toString(),
                 QStringLiteral("The photo is blurred; upload a sharper scan."));
        // Bob can submit again now that nothing is pending.
        const QString bobFile = upload(*bob, demoFile("bob_id_card.png")).value(QStringLiteral("result")).toObject()
                                    .value(QStringLiteral("file")).toObject().value(QStringLiteral("fileId")).toString();
        QVERIFY(bob->call(QStringLiteral("kyc.submit"), submitParams({bobFile})).contains(QStringLiteral("result")));

        m_support->result(QStringLiteral("kyc.reject"), {{QStringLiteral("caseId"), dariushCase},
                                                        {QStringLiteral("reason"), QStringLiteral("Document expired.")}});
        auto dariush = client();
        QVERIFY(!dariush->login(QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026")).isEmpty());
        const QJsonObject status = dariush->result(QStringLiteral("kyc.status"));
        QCOMPARE(status.value(QStringLiteral("tier")).toInt(), 0);
        QCOMPARE(status.value(QStringLiteral("cases")).toArray().first().toObject().value(QStringLiteral("decisionReason")).toString(),
                 QStringLiteral("Document expired."));
        QCOMPARE(m_support->result(QStringLiteral("kyc.queue"), {{QStringLiteral("status"), QStringLiteral("rejected")}})
                     .value(QStringLiteral("total")).toInt(), 1);
    }

    void usersCannotDecideCases()
    {
        QCOMPARE(reason(m_user->call(QStringLiteral("kyc.approve"), {{QStringLiteral("caseId"), m_caseId}})), QStringLiteral("forbidden"));
    }
};

QTEST_GUILESS_MAIN(TstKyc)
#include "tst_kyc.moc"
