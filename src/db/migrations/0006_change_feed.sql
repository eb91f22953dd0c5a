-- The change feeds, for instances that keep things in memory (LISTEN on the channels) to forget
-- what another instance changed. Notifications are sent when the writing transaction commits.
--
-- Plans: every insert, update or delete of an action plan's row sends the plan's key (and its
-- new version) on the channel `planspor_plan_changes`. Every write to a plan bumps
-- that row (its version), publication included, so the app instances that cache plan documents
-- and plan access (LISTEN on the channel) forget what changed, whichever instance wrote it.
-- PostgreSQL folds identical notifications within one transaction into one.
CREATE FUNCTION planspor_notify_plan_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('planspor_plan_changes', OLD.key);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('planspor_plan_changes', NEW.key || ' ' || NEW.version);
  ELSE
    IF OLD.key IS DISTINCT FROM NEW.key THEN
      PERFORM pg_notify('planspor_plan_changes', OLD.key);
    END IF;
    -- «key version» when the write raised the version (a cache holding that version is current),
    -- the key alone otherwise (publication, say: forget what is held, whatever its version).
    IF NEW.version > OLD.version THEN
      PERFORM pg_notify('planspor_plan_changes', NEW.key || ' ' || NEW.version);
    ELSE
      PERFORM pg_notify('planspor_plan_changes', NEW.key);
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
--> statement-breakpoint
-- Accounts: a change to a user, a membership, or a session ended sends the user's id on
-- `planspor_account_changes`, so that sessions kept in memory are read afresh (a role changed, a
-- password reset, a logout). A session's «last seen» time (an UPDATE) is not a change to tell.
CREATE FUNCTION planspor_notify_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_user integer;
BEGIN
  IF TG_TABLE_NAME = 'users' THEN
    changed_user := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
  ELSE
    changed_user := CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
  END IF;
  PERFORM pg_notify('planspor_account_changes', changed_user::text);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER users_change_feed
AFTER UPDATE OR DELETE ON users
FOR EACH ROW EXECUTE FUNCTION planspor_notify_account_change();
--> statement-breakpoint
CREATE TRIGGER memberships_change_feed
AFTER INSERT OR UPDATE OR DELETE ON memberships
FOR EACH ROW EXECUTE FUNCTION planspor_notify_account_change();
--> statement-breakpoint
CREATE TRIGGER sessions_change_feed
AFTER DELETE ON sessions
FOR EACH ROW EXECUTE FUNCTION planspor_notify_account_change();
