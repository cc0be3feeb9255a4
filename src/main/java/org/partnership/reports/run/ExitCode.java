package org.partnership.reports.run;

/** Process exit codes; part of the contract with cron scripts and monitoring (see README). */
public enum ExitCode {

	/** Reports written, or already up to date. */
	OK(0),
	/** The job ran and failed; previous reports are untouched. */
	JOB_FAILED(1),
	/** Bad usage, configuration or input file; nothing was run. */
	BAD_INPUT(2),
	/** Another run holds the lock on the state folder. */
	LOCKED(3);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

}
