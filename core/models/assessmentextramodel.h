#pragma once

#include "document/plandocument.h"

#include <QAbstractTableModel>

// The scheme's 加分项 and 一票否决 items, a row each: kind, title, points each time and their cap (a
// bonus's). Added and removed here, edited in place; each change is one undo step through the
// plan's door, and a number that cannot be taken is refused with why.
namespace ap {

class AssessmentExtraModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, TitleColumn, PointsColumn, CapColumn, ColumnCount };
    enum Roles { ChoicesRole = Qt::UserRole + 1 };   // as ChoiceDelegate reads them

    explicit AssessmentExtraModel(PlanDocument *doc, QObject *parent = nullptr);

    static QString kindName(AssessmentExtra::Kind kind);
    // A new item of kind at the end, titled title; its row, or -1 when it was not written.
    int add(AssessmentExtra::Kind kind, const QString &title);
    bool remove(int row);
    Id extraId(int row) const;
    QString refusal(const QModelIndex &index, const QString &text) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void refused(const QString &why);

private:
    bool write(const QList<AssessmentExtra> &extras, const QString &text);
    void refresh();

    PlanDocument *m_doc;
    int m_rows = 0;
};

} // namespace ap
