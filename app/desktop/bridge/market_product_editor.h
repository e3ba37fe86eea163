#pragma once
// Partner console › Products: creating or editing one product
// (market.saveProduct). The form's values arrive as typed; voucher codes
// come from a text area, one per line, and are added to the unsold ones
// (so for a voucher the stock sent is the codes left plus the new ones).
// Pictures are uploaded through FileUploader as they are added (at most
// six) and named by their fileIds.

#include "foundation/remote_object.h"

#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace azc {

class FileUploader;

class MarketProductEditor : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY orgIdChanged)
    Q_PROPERTY(QString productId READ productId NOTIFY editingChanged)
    Q_PROPERTY(QVariantMap product READ product NOTIFY editingChanged)
    Q_PROPERTY(QStringList imageFileIds READ imageFileIds NOTIFY imagesChanged)
    Q_PROPERTY(bool uploading READ uploading NOTIFY imagesChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
public:
    static constexpr int kMaxImages = 6;

    explicit MarketProductEditor(QObject *parent = nullptr);

    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    QString productId() const { return m_product.value(QStringLiteral("id")).toString(); }
    QVariantMap product() const { return m_product; }
    QStringList imageFileIds() const { return m_images; }
    bool uploading() const { return m_uploading > 0; }
    QString errorText() const { return m_errorText; }

    // A product row to edit, or {} for a new one.
    Q_INVOKABLE void edit(const QVariantMap &product);
    Q_INVOKABLE void addImage(const QUrl &file);
    Q_INVOKABLE void removeImage(int index);
    // Keys: title, description, priceAsset, price, stock, delivery (code,
    // shipped), codesText (vouchers, one per line), active.
    Q_INVOKABLE void save(const QVariantMap &form);

    // The market.saveProduct params for `form` (without an upload): what save() sends.
    QJsonObject paramsFor(const QVariantMap &form) const;

signals:
    void orgIdChanged();
    void editingChanged();
    void imagesChanged();
    void errorChanged();
    void saved(const QVariantMap &product);

private:
    void setError(const QString &text);

    QString m_orgId;
    QVariantMap m_product;
    QStringList m_images;
    int m_uploading = 0;
    QString m_errorText;
};

} // namespace azc
