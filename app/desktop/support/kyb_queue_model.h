#pragma once
// Support console: the business verification (KYB) queue. The same review
// flow as personal KYC, with a business checklist: every item must be ticked
// before approving; rejecting or asking for resubmission needs a reason the
// merchant reads. Rows: id, orgId, orgName, legalName, country, status, createdAt.

#include "foundation/paged_list_model.h"
#include "support/review_documents.h"

#include <QVariantMap>

namespace azc {

class KybQueueModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(QVariantMap currentCase READ currentCase NOTIFY currentChanged)
    Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY currentChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY currentChanged)
    // The documents, as KycQueueModel shows them (the same DocumentViewer).
    Q_PROPERTY(int documentIndex READ documentIndex NOTIFY documentChanged)
    Q_PROPERTY(QString documentSource READ documentSource NOTIFY documentChanged)
    Q_PROPERTY(bool documentLoading READ documentLoading NOTIFY documentChanged)
    Q_PROPERTY(QString documentNote READ documentNote NOTIFY documentChanged)
    Q_PROPERTY(double documentProgress READ documentProgress NOTIFY documentChanged)
public:
    explicit KybQueueModel(QObject *parent = nullptr);

    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status);
    QVariantMap currentCase() const { return m_case; }
    bool hasCurrent() const { return !m_case.isEmpty(); }
    QString errorText() const { return m_errorText; }
    int documentIndex() const { return m_documents->index(); }
    QString documentSource() const { return m_documents->source(); }
    bool documentLoading() const { return m_documents->loading(); }
    QString documentNote() const { return m_documents->note(); }
    double documentProgress() const { return m_documents->progress(); }
    Q_INVOKABLE void showDocument(int index) { m_documents->show(index); }

    Q_INVOKABLE void openCase(const QString &caseId);
    Q_INVOKABLE void closeCase();
    // `checklist`: {item: bool} for the case's checklistItems.
    Q_INVOKABLE void approve(const QVariantMap &checklist);
    Q_INVOKABLE void reject(const QString &reason, const QVariantMap &checklist);
    Q_INVOKABLE void requestResubmission(const QString &reason, const QVariantMap &checklist);

signals:
    void filterChanged();
    void currentChanged();
    void documentChanged();
    void decided(const QString &status);

protected:
    QString pageMethod() const override { return QStringLiteral("payments.kybQueue"); }
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override
    {
        return offsetPage(result, "cases", cursor);
    }

private:
    void decide(const QString &decision, const QString &reason, const QVariantMap &checklist);

    QString m_status = QStringLiteral("pending");
    QVariantMap m_case;
    QString m_errorText;
    ReviewDocuments *m_documents = nullptr;
};

} // namespace azc
