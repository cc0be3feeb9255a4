package org.partnership.reports.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnership.reports.report.RunInfo.InputFileInfo;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run-summary.json}, read by monitoring: {@code status, runDate, inputs[file, read, accepted,
 * rejected, sha256], outputs[file, sha256], durationMs}. Keys are part of the contract: extend, never rename.
 */
public record RunSummary(String status, String runDate, List<InputFileInfo> inputs, List<OutputFile> outputs,
		long durationMs, String message) {

	public static final String FILE_NAME = "run-summary.json";

	/** A published report and its checksum. */
	public record OutputFile(String file, String sha256) {
	}

	/** Writes the summary atomically (temporary name, then rename) into the output folder. */
	public void writeTo(Path outputDir) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("status", this.status);
		json.put("runDate", this.runDate);
		json.put("inputs", this.inputs.stream().map(i -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("file", i.file());
			m.put("read", i.read());
			m.put("accepted", i.accepted());
			m.put("rejected", i.rejected());
			m.put("sha256", i.sha256());
			return m;
		}).toList());
		json.put("outputs", this.outputs.stream().map(o -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("file", o.file());
			m.put("sha256", o.sha256());
			return m;
		}).toList());
		json.put("durationMs", this.durationMs);
		if (this.message != null) {
			json.put("message", this.message);
		}
		try {
			Files.createDirectories(outputDir);
			Path tmp = outputDir.resolve("." + FILE_NAME + ".tmp");
			JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(tmp.toFile(), json);
			Files.move(tmp, outputDir.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
