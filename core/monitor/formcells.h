#pragma once

#include "domain/progressreport.h"

#include <QString>

#include <optional>

// The return form's layout and cell words, shared by its writer (collectionforms.cpp) and its
// reader (returnformreader.cpp): the sheets, the hidden marker, the columns, the status words a
// department may type, and numbers as it types them.
namespace ap::formcells {

inline const char kFormSheet[] = "进展填报";
inline const char kMetaSheet[] = "annualplan";
inline QString formMarker() { return QStringLiteral("annualplan-return-form"); }

// The columns; the unit's 自评 (self-assessment) pair comes last, shown in the year's last period's
// form only, on the tasks the assessment scores.
enum Column { KeyCol, NumberCol, ItemCol, TargetCol, DeadlineCol, RoleCol, StatusCol, PercentCol, ActualCol,
              ProgressCol, ProblemsCol, NextCol, SelfCol, SelfNoteCol, ColumnCount };

// Figures beyond this are typing mistakes, not figures of a county's plan.
constexpr double kLargestActual = 1e12;

QString statusWord(TaskStatus s);
std::optional<TaskStatus> statusFromWord(const QString &w);
// A number as a department types it (full-width digits, "55%", "1,200"); none for anything else,
// infinities and NaN included.
std::optional<double> numberFrom(QString text);
// "A", …, "Z", "AA" for a 0-based column.
QString columnLetters(int column);

} // namespace ap::formcells
