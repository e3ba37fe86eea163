#pragma once
// The user's past calls (calls.list), newest first, paged by createdAt.
// Rows: itemId, conversationId, kind, video, state, outcome, initiator,
// participants, createdAt, answeredAt, durationMs — plus `mine` (I started
// it), `missed` (I was rung and it was not answered here: missed, cancelled
// or busy) and `peerNames`. A call that ends (event.call.updated) reloads it.

#include "foundation/paged_list_model.h"

namespace azc {

class CallHistoryModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit CallHistoryModel(QObject *parent = nullptr);

protected:
    void onAttached() override;
    QString pageMethod() const override { return QStringLiteral("calls.list"); }
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override;
};

} // namespace azc
