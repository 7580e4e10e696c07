DROP TABLE schedule_improvements;
