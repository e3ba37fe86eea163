// What other people sent, as the desktop shows it (issue 15, read in the
// code: support desktops decoded KYC images at full size on the GUI
// thread). The cache keeps encoded bytes and only reads headers on the GUI
// thread; DocumentImageProvider decodes at the size shown, within a pixel
// budget; the support console's and the chat's Image elements are
// asynchronous with a bounded sourceSize, so that decoding runs on QML's
// image thread.

#include "foundation/document_image_provider.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QtEndian>
#include <QTest>

using azc::DocumentCache;
using azc::DocumentImageProvider;

namespace {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The Image element around `marker` in a QML file.
QString imageBlock(const QString &file, const QString &marker)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const int at = text.indexOf(marker);
    const int start = text.lastIndexOf(QStringLiteral("Image {"), at);
    const int end = text.indexOf(QLatin1Char('}'), at);
    return at < 0 || start < 0 ? QString() : text.mid(start, end - start);
}

} // namespace

class TestDocumentImages : public QObject
{
    Q_OBJECT
private slots:
    void decodedAtTheSizeShown()
    {
        QImage big(7000, 7000, QImage::Format_RGB32);
        big.fill(qRgb(20, 90, 160));
        const QByteArray bytes = png(big);
        QElapsedTimer headerOnly;
        headerOnly.start();
        QVERIFY(DocumentCache::isShowableImage(bytes)); // what the GUI thread does
        QVERIFY2(headerOnly.elapsed() < 100, qPrintable(QString::number(headerOnly.elapsed())));
        auto cache = std::make_shared<DocumentCache>();
        cache->insert(QStringLiteral("f1"), bytes);
        DocumentImageProvider provider(cache);
        QSize original;
        const QImage shown = provider.requestImage(QStringLiteral("f1?2"), &original, QSize(2048, 2048));
        QCOMPARE(original, QSize(7000, 7000));
        QCOMPARE(shown.size(), QSize(2048, 2048));
        const QImage small = provider.requestImage(QStringLiteral("f1"), nullptr, QSize());
        QCOMPARE(small.size(), QSize(7000, 7000)); // no size asked: the picture as it is
    }

    void bombsAndNonImagesAreRefused()
    {
        QByteArray bomb = png(QImage(8, 6, QImage::Format_RGB32));
        qToBigEndian<quint32>(60000, bomb.data() + 16); // IHDR width
        qToBigEndian<quint32>(60000, bomb.data() + 20); // IHDR height
        QVERIFY(!DocumentCache::isShowableImage(bomb));
        QVERIFY(!DocumentCache::isShowableImage(QByteArray("%PDF-1.4 not a picture")));
        auto cache = std::make_shared<DocumentCache>();
        cache->insert(QStringLiteral("bomb"), bomb);
        DocumentImageProvider provider(cache);
        QSize original;
        QVERIFY(provider.requestImage(QStringLiteral("bomb"), &original, QSize(512, 512)).isNull());
    }

    void theViewsDecodeOffTheGuiThread()
    {
        for (const auto &[file, marker] : {std::pair{QStringLiteral(AZC_QML_DIR "/support/DocumentViewer.qml"),
                                                     QStringLiteral("documentSource")},
                                           std::pair{QStringLiteral(AZC_QML_DIR "/chat/MessageBubble.qml"),
                                                     QStringLiteral("source: bubble.thumbnail")}}) {
            const QString block = imageBlock(file, marker);
            QVERIFY2(!block.isEmpty(), qPrintable(file));
            QVERIFY2(block.contains(QRegularExpression(QStringLiteral("asynchronous:\\s*true"))), qPrintable(file));
            QVERIFY2(block.contains(QStringLiteral("sourceSize:")), qPrintable(file));
        }
    }
};

QTEST_MAIN(TestDocumentImages)
#include "tst_document_images.moc"
