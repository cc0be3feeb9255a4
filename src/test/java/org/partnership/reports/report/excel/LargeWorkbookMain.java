package org.partnership.reports.report.excel;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.partnership.reports.report.ReportModel;

/**
 * Builds {@link LargeModel} and writes its workbook to {@code args[0]}; run in a JVM of its own with a
 * hard heap cap ({@code -Xmx}) by {@link BoundedHeapWorkbookTests}. Prints what the heap held: the
 * model alone after a full GC, and the most the heap held after any GC while writing (the live data
 * plus whatever garbage that collection left, so an upper bound of the writer's live set).
 */
public final class LargeWorkbookMain {

	private LargeWorkbookMain() {
	}

	public static void main(String[] args) throws Exception {
		Path target = Path.of(args[0]);
		ReportModel model = LargeModel.build();
		System.gc();
		long modelBytes = heapUsed();
		AtomicLong afterGc = new AtomicLong();
		listen(afterGc);
		// measurements may write it first without timing, so that the JIT compilers are done (-Dlarge.warm-up=1)
		for (int i = Integer.getInteger("large.warm-up", 0); i > 0; i--) {
			new WorkbookWriter().write(model, target);
		}
		long cpu = processCpuNanos();
		long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long wall = System.nanoTime();
		new WorkbookWriter().write(model, target);
		wall = System.nanoTime() - wall;
		cpu = processCpuNanos() - cpu;
		mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainCpu;
		long peakPools = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peakPools += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf(Locale.ROOT,
				"indicators=%d articles=%d quoted-figures=%d max-heap=%d MB model-after-gc=%d MB "
						+ "max-after-gc-while-writing=%d MB sum-of-pool-peaks=%d MB file=%d bytes write-wall=%d ms "
						+ "write-cpu=%d ms (calling thread %d ms)%n",
				model.indicators().size(), LargeModel.ARTICLES, LargeModel.RECONCILIATION,
				mb(Runtime.getRuntime().maxMemory()), mb(modelBytes), mb(afterGc.get()), mb(peakPools),
				Files.size(target), wall / 1_000_000, cpu / 1_000_000, mainCpu / 1_000_000);
	}

	private static void listen(AtomicLong max) {
		Set<String> heap = new HashSet<>();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				heap.add(pool.getName());
			}
		}
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
						.from((CompositeData) notification.getUserData());
					long used = info.getGcInfo()
						.getMemoryUsageAfterGc()
						.entrySet()
						.stream()
						.filter(pool -> heap.contains(pool.getKey()))
						.mapToLong(pool -> pool.getValue().getUsed())
						.sum();
					max.accumulateAndGet(used, Math::max);
				}
			}, null, null);
		}
	}

	/** CPU time of every thread of the JVM, the writer's helpers included (GC and JIT too). */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long mb(long bytes) {
		return bytes / (1024 * 1024);
	}

}
