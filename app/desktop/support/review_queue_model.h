#pragma once
// Base of the support review queues (personal KYC, business KYB): a paged
// list of cases plus the open case's documents, shown one at a time through
// the same DocumentViewer (ReviewDocuments does the loading).

#include "foundation/paged_list_model.h"
#include "support/review_documents.h"

namespace azc {

class ReviewQueueModel : public PagedListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int documentIndex READ documentIndex NOTIFY documentChanged)
    Q_PROPERTY(QString documentSource READ documentSource NOTIFY documentChanged)
    Q_PROPERTY(bool documentLoading READ documentLoading NOTIFY documentChanged)
    Q_PROPERTY(QString documentNote READ documentNote NOTIFY documentChanged)
    Q_PROPERTY(double documentProgress READ documentProgress NOTIFY documentChanged)
public:
    ReviewQueueModel(QStringList keys, int pageSize, int maxPageSize, QObject *parent = nullptr);

    int documentIndex() const { return m_documents->index(); }
    QString documentSource() const { return m_documents->source(); }
    bool documentLoading() const { return m_documents->loading(); }
    QString documentNote() const { return m_documents->note(); }
    double documentProgress() const { return m_documents->progress(); } // display only: a progress bar

    Q_INVOKABLE void showDocument(int index) { m_documents->show(index); }

signals:
    void documentChanged();

protected:
    ReviewDocuments *reviewDocuments() const { return m_documents; }

private:
    ReviewDocuments *m_documents;
};

} // namespace azc
