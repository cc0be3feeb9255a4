package org.partnership.reports.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * What stands for a file's bytes without reading them, the make/rsync shortcut: size and modification
 * time (in nanoseconds where the file system keeps them) and, on Unix, the inode and the status-change
 * time, which also move when a file is replaced or its modification time is set back. Same stamp,
 * same bytes is trusted; touching a file changes its stamp.
 */
public record FileStamp(long size, String modified, String inode, String changed) {

	/** The current stamp of a regular file, or {@code null} when it is missing or not a regular file. */
	public static FileStamp of(Path file) {
		try {
			try {
				Map<String, Object> a = Files.readAttributes(file, "unix:isRegularFile,size,lastModifiedTime,ino,dev,ctime");
				return Boolean.TRUE.equals(a.get("isRegularFile")) ? new FileStamp((Long) a.get("size"),
						a.get("lastModifiedTime").toString(), a.get("dev") + ":" + a.get("ino"), a.get("ctime").toString())
						: null;
			}
			catch (UnsupportedOperationException ex) {
				BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
				return a.isRegularFile() ? new FileStamp(a.size(), a.lastModifiedTime().toString(), "", "") : null;
			}
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** One line, as kept in the state folder: {@code size|modified|inode|changed}. */
	String format() {
		return this.size + "|" + this.modified + "|" + this.inode + "|" + this.changed;
	}

	/** Reads {@link #format()}; {@code null} when the text is not a stamp. */
	static FileStamp parse(String text) {
		String[] f = text == null ? new String[0] : text.split("\\|", -1);
		if (f.length != 4) {
			return null;
		}
		try {
			return new FileStamp(Long.parseLong(f[0]), f[1], f[2], f[3]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
