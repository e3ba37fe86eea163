#include "bridge/market_product_editor.h"

#include "bridge/bridge_amounts.h"
#include "bridge/bridge_errors.h"
#include "foundation/app_context.h"
#include "foundation/file_transfer.h"

#include <QJsonArray>

namespace azc {

MarketProductEditor::MarketProductEditor(QObject *parent) : RemoteObject(parent) {}

void MarketProductEditor::setOrgId(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    emit orgIdChanged();
}

void MarketProductEditor::setError(const QString &text)
{
    m_errorText = text;
    emit errorChanged();
}

void MarketProductEditor::edit(const QVariantMap &product)
{
    m_product = product;
    m_images.clear();
    for (const QVariant &id : product.value(QStringLiteral("imageFileIds")).toList())
        m_images.append(id.toString());
    emit editingChanged();
    emit imagesChanged();
    setError({});
}

void MarketProductEditor::addImage(const QUrl &file)
{
    if (!context() || m_images.size() + m_uploading >= kMaxImages)
        return;
    auto *uploader = new FileUploader(client(), this);
    ++m_uploading;
    emit imagesChanged();
    connect(uploader, &FileUploader::finished, this, [this, uploader](const QJsonObject &f) {
        uploader->deleteLater();
        --m_uploading;
        m_images.append(f.value(QStringLiteral("fileId")).toString());
        emit imagesChanged();
    });
    connect(uploader, &FileUploader::failed, this, [this, uploader](const RpcReply &reply) {
        uploader->deleteLater();
        --m_uploading;
        emit imagesChanged();
        setError(BridgeErrors::describe(reply, BridgeErrors::Action::SaveProduct));
    });
    uploader->upload(file.isLocalFile() ? file.toLocalFile() : file.toString(), bridge::imagePurpose());
}

void MarketProductEditor::removeImage(int index)
{
    if (index < 0 || index >= m_images.size())
        return;
    m_images.removeAt(index);
    emit imagesChanged();
}

QJsonObject MarketProductEditor::paramsFor(const QVariantMap &form) const
{
    const auto typed = [&form](const char *key) { return form.value(QLatin1String(key)).toString().trimmed(); };
    QJsonObject params{{QStringLiteral("orgId"), m_orgId},
                       {QStringLiteral("title"), typed("title")},
                       {QStringLiteral("description"), form.value(QStringLiteral("description")).toString().trimmed()},
                       {QStringLiteral("imageFileIds"), QJsonArray::fromStringList(m_images)},
                       {QStringLiteral("priceAsset"), typed("priceAsset")},
                       {QStringLiteral("price"), typed("price")},
                       {QStringLiteral("delivery"), typed("delivery")},
                       {QStringLiteral("active"), form.value(QStringLiteral("active"), true).toBool()}};
    if (const QString id = productId(); !id.isEmpty())
        params.insert(QStringLiteral("productId"), id);
    if (typed("delivery") == QLatin1String("code")) {
        // A voucher's stock is its codes: those not sold yet plus the ones added now.
        const QStringList codes = bridge::codesFromText(form.value(QStringLiteral("codesText")).toString());
        const qint64 left = m_product.value(QStringLiteral("codesLeft")).toLongLong();
        params.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codes));
        params.insert(QStringLiteral("stock"), left + codes.size());
    } else {
        params.insert(QStringLiteral("stock"), typed("stock").toLongLong());
    }
    return params;
}

void MarketProductEditor::save(const QVariantMap &form)
{
    if (m_orgId.isEmpty() || uploading())
        return;
    const QJsonObject params = paramsFor(form);
    // Refused here what the server would refuse for sure, worded the same way.
    QString bad;
    const QString stock = form.value(QStringLiteral("stock")).toString().trimmed();
    bool stockOk = true;
    const qint64 stockValue = stock.toLongLong(&stockOk);
    if (params.value(QStringLiteral("title")).toString().size() < 2)
        bad = QStringLiteral("title");
    else if (!bridge::positive(params.value(QStringLiteral("price")).toString(), Amount::kMaxDecimals))
        bad = QStringLiteral("price");
    else if (params.value(QStringLiteral("delivery")).toString() == QLatin1String("shipped")
             && (!stockOk || stockValue < 0 || stockValue > 1'000'000))
        bad = QStringLiteral("stock");
    if (!bad.isEmpty()) {
        setError(BridgeErrors::describe(BridgeErrors::local(QStringLiteral("invalid_params"), bad),
                                        BridgeErrors::Action::SaveProduct));
        return;
    }
    setError({});
    request(QStringLiteral("market.saveProduct"), params, [this](const QJsonObject &result) {
        const QVariantMap product = result.value(QStringLiteral("product")).toObject().toVariantMap();
        emit saved(product);
    }, [this](const RpcReply &reply) { setError(BridgeErrors::describe(reply, BridgeErrors::Action::SaveProduct)); });
}

} // namespace azc
