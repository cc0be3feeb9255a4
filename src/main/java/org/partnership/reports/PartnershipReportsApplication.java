package org.partnership.reports;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PartnershipReportsApplication {

	public static void main(String[] args) {
	}

}
