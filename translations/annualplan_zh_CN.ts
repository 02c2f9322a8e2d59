<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ap::DepartmentDialog</name>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is named in %n task(s). Delete it and remove it from those tasks?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ap::DepartmentListModel</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::MainWindow</name>
    <message>
        <source>Annual plans (*.aplan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;AnnualPlan&lt;/h2&gt;&lt;p&gt;Draft, print and monitor the annual work plan.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Su&amp;bsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AnnualPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AnnualPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;AnnualPlan %1&lt;/h3&gt;&lt;p&gt;Drafting, printing and monitoring of annual work plans.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AnnualPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 plan — AnnualPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 plan (read-only) — AnnualPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sections, %2 tasks, %3 targets, %4 departments — every change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Is Open Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written here, so it is open read-only. Use Save As to make an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with %n task(s) and %2 subsection(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ap::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::PlanCommand</name>
    <message>
        <source>Change plan properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::PlanJson</name>
    <message>
        <source>The plan data is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has no valid level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (“%2”) is not inside any section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has an unknown kind “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::PlanPropertiesDialog</name>
    <message>
        <source>Plan Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026 Health Work Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;cadence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::PlanStore</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an AnnualPlan plan file, or it is damaged. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not an AnnualPlan plan file. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” is damaged (it may have been cut short). It has not been changed; open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” was written by a newer version of AnnualPlan (file format %2; this version reads up to %3). Please update AnnualPlan. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” is incomplete or damaged. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” is damaged. It has not been changed; open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” was not closed properly and needs recovery, but it cannot be written here. Copy it to a folder you may write to and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” is open in another AnnualPlan window (computer “%2”, process %3). You can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” cannot be locked for editing. You can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” needs an upgrade, but its backup copy could not be made: %2. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” could not be upgraded: %2. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” is damaged: parts of the plan are missing. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file “%1” could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be renamed into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file cannot be written. The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: the section no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: the task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: the department no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::SectionTreeModel</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::TargetTableModel</name>
    <message>
        <source>Edit target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::TaskEditor</name>
    <message>
        <source>Lead departments, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating departments, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cooperating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::TaskTableModel</name>
    <message>
        <source>Set lead departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cooperating departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::cli::Cli</name>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a plan file&apos;s year, title and counts without changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show information about a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file (.aplan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: annualplan info FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new plan file, empty or from plan JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new plan file (.aplan); it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the plan from this JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan year of an empty plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of an empty plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: annualplan create FILE [--from-json PLAN.json | --year YEAR --title TITLE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --year for an empty plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AnnualPlan: draft, print and monitor an annual work plan.

Subcommands (run without a display):
  info FILE                     print a plan file&apos;s year, title and counts
  create FILE --from-json JSON  create a plan file from plan JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file (.aplan) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ap::targetSummary</name>
    <message>
        <source> (baseline %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
