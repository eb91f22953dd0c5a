-- The change feed: every insert, update or delete of an action plan's row sends the plan's key on
-- the channel `planspor_plan_changes` when its transaction commits. Every write to a plan bumps
-- that row (its version), publication included, so the app instances that cache plan documents
-- and plan access (LISTEN on the channel) forget what changed, whichever instance wrote it.
-- PostgreSQL folds identical notifications within one transaction into one.
CREATE FUNCTION planspor_notify_plan_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('planspor_plan_changes', OLD.key);
  ELSE
    PERFORM pg_notify('planspor_plan_changes', NEW.key);
    IF TG_OP = 'UPDATE' AND OLD.key IS DISTINCT FROM NEW.key THEN
      PERFORM pg_notify('planspor_plan_changes', OLD.key);
    END IF;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER action_plans_change_feed
AFTER INSERT OR UPDATE OR DELETE ON action_plans
FOR EACH ROW EXECUTE FUNCTION planspor_notify_plan_change();
--> statement-breakpoint
-- A restore empties the tables at once (TRUNCATE fires no row triggers): «*» means every plan.
CREATE FUNCTION planspor_notify_all_plans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('planspor_plan_changes', '*');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER action_plans_truncate_feed
AFTER TRUNCATE ON action_plans
FOR EACH STATEMENT EXECUTE FUNCTION planspor_notify_all_plans();
