#pragma once

#include "import/planimport.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

// The extraction under review, one row per recognised node in document order. The clerk
// corrects it here before anything is written: include or leave out a node (a section takes its
// subtree along), switch section/task, change the level, edit title, departments, deadline and
// targets. It owns its copy of the ImportResult; result() gives the corrected one.
namespace ap {

class ImportReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, KindColumn, TitleColumn, LeadColumn, SupportColumn, DeadlineColumn, TargetsColumn,
                  ColumnCount };
    enum Role { SourceStartRole = Qt::UserRole + 1, SourceEndRole, LevelRole, IsSectionRole };

    explicit ImportReviewModel(const ImportResult &result, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ImportResult &source() const { return m_result; }
    bool isIncluded(int row) const { return m_included.value(row); }
    // One level up (-1) or down (+1); false at the edges (level 1, or deeper than the row above allows).
    bool shiftLevel(int row, int delta);
    // The work item whose text holds sourcePos split in two where that sentence begins
    // (PlanImport::splitTask); the new item is row()+1, included as the first is. -1 when
    // there is no work item there or the sentence is its first.
    int splitAt(int sourcePos);
    void setPlanYear(int year);
    int planYear() const { return m_result.year; }
    void setTitle(const QString &title) { m_result.title = title; }

    // The corrected extraction: included nodes only, levels made consistent.
    ImportResult result() const;
    int includedCount(ImportNode::Kind kind) const;

private:
    QList<int> subtree(int row) const;
    ImportResult m_result;
    QList<bool> m_included;
};

} // namespace ap
