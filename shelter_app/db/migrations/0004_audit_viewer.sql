-- The audit log viewer filters by staff member, action or record (a case
-- number, with or without its kind) and lists newest first.
CREATE INDEX audit_log_username ON audit_log (username, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_record_id ON audit_log (record_id, id);
