-- A proven lower bound on a draft's breaks (issue 26): no schedule of the same
-- meetings can have fewer idle gaps. Older runs have none.
ALTER TABLE schedule_runs ADD COLUMN breaks_bound INTEGER;
