-- A plan file as AnnualPlan schema version 1 wrote it (before reports were reserved).
-- plan-v1.aplan is built from this script with: sqlite3 plan-v1.aplan < plan-v1.sql
PRAGMA application_id = 1095781454;
PRAGMA journal_mode = DELETE;
BEGIN;
CREATE TABLE plan ( id INTEGER PRIMARY KEY CHECK (id = 1), year INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '', document_date TEXT, cadence TEXT NOT NULL DEFAULT 'quarterly' CHECK (cadence IN ('monthly','quarterly')));
CREATE TABLE department ( id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, short_name TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL);
CREATE TABLE section ( id INTEGER PRIMARY KEY AUTOINCREMENT, parent_id INTEGER REFERENCES section(id) ON DELETE CASCADE, position INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '');
CREATE INDEX section_parent ON section(parent_id, position);
CREATE TABLE task ( id INTEGER PRIMARY KEY AUTOINCREMENT, section_id INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE, position INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', start_date TEXT, deadline TEXT, notes TEXT NOT NULL DEFAULT '');
CREATE INDEX task_section ON task(section_id, position);
CREATE TABLE target ( id INTEGER PRIMARY KEY AUTOINCREMENT, task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE, position INTEGER NOT NULL, indicator TEXT NOT NULL DEFAULT '', op TEXT NOT NULL DEFAULT '>=' CHECK (op IN ('>=','<=','=','>','<')), value REAL, unit TEXT NOT NULL DEFAULT '', baseline REAL, baseline_year INTEGER, due_date TEXT);
CREATE INDEX target_task ON target(task_id, position);
CREATE TABLE task_department ( task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE, department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE, role TEXT NOT NULL CHECK (role IN ('lead','support')), position INTEGER NOT NULL, PRIMARY KEY (task_id, department_id));
CREATE INDEX task_department_dept ON task_department(department_id);
INSERT INTO plan VALUES (1, 2025, '2025年卫生健康工作计划', '示例区卫生健康委员会', '2025-01-10', 'quarterly');
INSERT INTO department (id, name, short_name, position) VALUES (1, '区卫健委', '', 0), (2, '区财政局', '', 1);
INSERT INTO section (id, parent_id, position, title) VALUES (1, NULL, 0, '强化基层服务'), (2, 1, 0, '家庭医生签约'), (3, NULL, 1, '提升医疗质量');
INSERT INTO task (id, section_id, position, title, description, start_date, deadline, notes) VALUES
 (1, 2, 0, '扩大签约覆盖', '面向重点人群推进签约服务。', '2025-01-01', '2025-12-31', ''),
 (2, 3, 0, '病历质量检查', '', NULL, '2025-06-30', '');
INSERT INTO target (id, task_id, position, indicator, op, value, unit, baseline, baseline_year, due_date) VALUES
 (1, 1, 0, '重点人群签约率', '>=', 80, '%', 75, 2024, NULL),
 (2, 2, 0, '病历甲级率', '>=', 96, '%', NULL, NULL, NULL);
INSERT INTO task_department VALUES (1, 1, 'lead', 0), (1, 2, 'support', 1), (2, 1, 'lead', 0);
PRAGMA user_version = 1;
COMMIT;
