// The 2FA QR code decodes, with a real scanner (zbarimg), to exactly the
// otpauth link it was drawn from.

#include "foundation/qr_code.h"

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
