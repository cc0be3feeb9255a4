package org.partnership.reports;

import org.partnership.reports.cli.Cli;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The nightly partnership-reports job. {@link Cli} checks the command line and inputs and takes the
 * lock before Spring starts; the exit code tells cron what happened.
 */
@SpringBootApplication
public class PartnershipReportsApplication {

	public static void main(String[] args) throws Exception {
		Cli.main(args);
	}

}
