#pragma once
// What a payment QR code, link or barcode carries. The desktop wallet reads
// it (scanned, pasted, or decoded from an image); the merchant console and
// the API write it.
//
//   azcoiner:pay?invoice=inv_…      one invoice (amount and asset on the server)
//   azcoiner:pay?link=lnk_…         a reusable link or a shop's static QR
//   inv_… / lnk_…                   a bare reference (what a Code 128 barcode holds)
//
// The amount is never taken from the URI: the server's record is the truth,
// so an edited QR code cannot change what is paid.

#include <QString>

namespace azc::payments {

struct PaymentReference {
    enum class Kind { None, Invoice, Link };
    Kind kind = Kind::None;
    QString id;
    bool valid() const { return kind != Kind::None; }
};

PaymentReference parsePaymentReference(const QString &text);
QString invoiceUri(const QString &invoiceId);
QString linkUri(const QString &linkId);
// Ids are "inv_" / "lnk_" + 20 to 40 characters of [A-Za-z0-9_-].
bool isPaymentId(const QString &id, const QString &prefix);

} // namespace azc::payments
