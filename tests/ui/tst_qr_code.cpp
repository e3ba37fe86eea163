// The 2FA QR code decodes, with a real scanner (zbarimg), to exactly the
// otpauth link it was drawn from; an invoice's Code 128 barcode scans back to
// its id; the wallet's picture reader (libzbar) finds the payment code in a
// QR image and in a barcode image.

#include "foundation/barcode.h"
#include "foundation/qr_code.h"
#include "foundation/qr_decoder.h"

#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TstQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scansBackToTheLink()
    {
        const QString uri = QStringLiteral("otpauth://totp/AZCoiner:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                                           "&issuer=AZCoiner&algorithm=SHA1&digits=6&period=30");
        const QImage image = azc::renderQrCode(uri, 6);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white)); // quiet zone
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(image.save(file));
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
        QVERIFY2(zbar.waitForFinished(20000), "zbarimg (package zbar-tools) did not run");
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), uri);
    }

    void barcodeScansBackToTheInvoiceId()
    {
        const QString id = QStringLiteral("inv_Zq3-x_9AbCdEfGhIjKlMnOp");
        const QImage image = azc::renderCode128(id, 3, 90);
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white)); // quiet zone
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bars.png"));
        QVERIFY(image.save(file));
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
        QVERIFY(zbar.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), id);
        // The same through the app's own reader.
        QCOMPARE(azc::decodeCodeInImage(image), id);
        // Characters outside Code 128 set B are refused rather than drawn wrong.
        QVERIFY(azc::renderCode128(QStringLiteral("caf\u00e9"), 2, 40).isNull());
    }

    void pictureReaderFindsThePaymentCode()
    {
        const QString uri = QStringLiteral("azcoiner:pay?invoice=inv_ABCDEFGHIJKLMNOPQRST");
        QImage canvas(900, 700, QImage::Format_RGB32); // a code somewhere in a larger picture, like a screenshot
        canvas.fill(QColor(30, 34, 40));
        QPainter painter(&canvas);
        painter.drawImage(300, 150, azc::renderQrCode(uri, 8));
        painter.end();
        QCOMPARE(azc::decodeCodeInImage(canvas), uri);
        QVERIFY(azc::decodeCodeInImage(QImage()).isEmpty());
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(azc::decodeCodeInImage(blank).isEmpty());
    }

    void providerHonoursTheRequestedSize()
    {
        azc::QrImageProvider provider;
        QSize size;
        const QImage image = provider.requestImage(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("otpauth://totp/x"))),
                                                   &size, QSize(200, 200));
        QVERIFY(!image.isNull());
        QCOMPARE(size, image.size());
        QVERIFY(image.width() <= 200 && image.width() > 100);
    }
};

QTEST_MAIN(TstQrCode)
#include "tst_qr_code.moc"
