#pragma once

#include <QCoreApplication>
#include <QString>

namespace ap {

// The sample plan shipped with the program, for a clerk's first start: tried on a copy of their
// own in the documents folder, made once and then opened as they left it.
class SamplePlan
{
    Q_DECLARE_TR_FUNCTIONS(ap::SamplePlan)
public:
    // Where it is shipped: beside the program (share/annualplan/sample) or in its build folder;
    // empty when it is not.
    static QString shipped();
    // The clerk's copy (made now if there is none yet) in *path; false with *error when the
    // sample is missing or cannot be copied.
    static bool practiceCopy(QString *path, QString *error);
};

} // namespace ap
