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
    enum Column { ItemColumn, KindColumn, FoundColumn, TitleColumn, LeadColumn, SupportColumn, DeadlineColumn,
                  TargetsColumn, ColumnCount };
    enum Role { SourceStartRole = Qt::UserRole + 1, SourceEndRole, LevelRole, IsSectionRole, DoubtsRole };

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
    // The guesses: rows with doubts the clerk has not looked at. An edit of a row, or checked(),
    // clears them. nextGuess gives the next such row after from (before it when backwards),
    // round the end; -1 when none is left.
    int guessCount() const;
    int nextGuess(int from, bool forward = true) const;
    void checked(int row);
    // The work item at row joined to the work item before it (two paragraphs that are one item):
    // its text appended, its departments, deadline and targets read again. False when either
    // is no work item.
    bool mergeWithPrevious(int row);
    // Lead and support exchanged at row (a 责任单位 line read the wrong way round).
    bool swapUnits(int row);
    // How the row was found and what was guessed, in words for the review.
    static QString foundBy(const ImportNode &node, const QString &source);
    static QStringList doubtTexts(unsigned doubts);

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
