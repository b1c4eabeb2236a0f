package org.marsad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The binary form of a {@link NerModel}: a magic line, the format and feature-set versions, then a gzip stream of
 * the gazetteer, the word clusters and the weights of both passes, and a CRC-32 of that stream's content. Weights
 * are stored as 16-bit fractions of the largest weight of their table, which keeps the file small at no measurable
 * cost in accuracy; a feature whose weights all round to zero is left out.
 * <p>
 * Loading checks everything it can, so a file that is not a model, is cut short, is damaged or was written for
 * another feature set fails with a message that says which, and is never read as a wrong model.
 */
final class NerModelFile {
    private static final byte[] MAGIC = "MARSAD-NER\n".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 1;
    /** Far above any model we train (a few MB): a larger length is a damaged header. */
    private static final int MAX_CONTENT = 1 << 30;
    private static final int L = BioCodec.COUNT;

    private NerModelFile() {
    }

    static void write(NerModel model, String description, OutputStream target) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(payload);
        out.writeUTF(description);
        out.writeInt(model.window());
        Map<String, Integer> phrases = model.gazetteer().phrases();
        out.writeInt(phrases.size());
        for (var e : new java.util.TreeMap<>(phrases).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        int[] sizes = model.clusters().sizes();
        out.writeInt(sizes.length);
        for (int size : sizes) out.writeInt(size);
        Map<String, int[]> clusters = model.clusters().all();
        out.writeInt(clusters.size());
        for (var e : new java.util.TreeMap<>(clusters).entrySet()) {
            out.writeUTF(e.getKey());
            for (int c : e.getValue()) out.writeShort(c);
        }
        writeWeights(out, model.firstPass());
        writeWeights(out, model.secondPass());
        out.flush();
        byte[] content = payload.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(content);

        DataOutputStream file = new DataOutputStream(new BufferedOutputStream(target));
        file.write(MAGIC);
        file.writeInt(FORMAT_VERSION);
        file.writeInt(FeatureExtractor.VERSION);
        file.writeInt(L);
        file.writeLong(crc.getValue());
        file.writeInt(content.length);
        GZIPOutputStream gzip = new GZIPOutputStream(file, 1 << 16);
        gzip.write(content);
        gzip.finish();
        file.flush();
    }

    private static void writeWeights(DataOutputStream out, SequenceModel model) throws IOException {
        float[] emission = model.emission();
        float scale = maxAbs(emission) / Short.MAX_VALUE;
        long[] keys = model.index().keysByRow();
        int kept = 0;
        boolean[] keep = new boolean[keys.length];
        for (int row = 0; row < keys.length; row++) {
            for (int y = 0; y < L; y++) {
                if (Math.round(emission[row * L + y] / scale) != 0) {
                    keep[row] = true;
                    kept++;
                    break;
                }
            }
        }
        out.writeFloat(scale);
        out.writeInt(kept);
        for (int row = 0; row < keys.length; row++) if (keep[row]) out.writeLong(keys[row]);
        for (int row = 0; row < keys.length; row++) {
            if (!keep[row]) continue;
            for (int y = 0; y < L; y++) out.writeShort(Math.round(emission[row * L + y] / scale));
        }
        for (float t : model.transition()) out.writeFloat(t);
    }

    private static float maxAbs(float[] values) {
        float max = 1e-9f;
        for (float v : values) max = Math.max(max, Math.abs(v));
        return max;
    }

    static NerModel read(InputStream source, String name) throws IOException {
        DataInputStream file = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        try {
            byte[] magic = new byte[MAGIC.length];
            file.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) throw new InvalidModelException(name + ": not a Marsad NER model");
            int format = file.readInt(), features = file.readInt(), labels = file.readInt();
            if (format != FORMAT_VERSION || features != FeatureExtractor.VERSION || labels != L) {
                throw new InvalidModelException(name + ": model format " + format + " with feature set " + features
                        + " and " + labels + " labels; this Marsad reads format " + FORMAT_VERSION
                        + " with feature set " + FeatureExtractor.VERSION + " and " + L
                        + " labels: train the model again with this version");
            }
            long expectedCrc = file.readLong();
            int length = file.readInt();
            if (length < 0 || length > MAX_CONTENT) {
                throw new InvalidModelException(name + ": damaged header (content length " + length + ")");
            }
            // read no more than is there, so a damaged length cannot make us allocate for bytes that do not exist
            byte[] content = new GZIPInputStream(file, 1 << 16).readNBytes(length);
            if (content.length < length) throw new InvalidModelException(name + ": truncated model file");
            CRC32 crc = new CRC32();
            crc.update(content);
            if (crc.getValue() != expectedCrc) throw new InvalidModelException(name + ": damaged (checksum mismatch)");
            return parse(content, name);
        } catch (EOFException e) {
            throw new InvalidModelException(name + ": truncated model file");
        } catch (ZipException e) {
            throw new InvalidModelException(name + ": damaged model file (" + e.getMessage() + ")");
        }
    }

    private static NerModel parse(byte[] content, String name) throws InvalidModelException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(content));
        try {
            String description = in.readUTF();
            int window = in.readInt();
            if (window < 0) throw new IllegalArgumentException("negative window " + window);
            int phraseCount = count(in, in.readInt(), 6);
            Map<String, Integer> phrases = new HashMap<>(phraseCount * 2);
            for (int i = 0; i < phraseCount; i++) phrases.put(in.readUTF(), in.readInt());
            int granularities = in.readInt();
            if (granularities < 0 || granularities > FeatureExtractor.MAX_CLASSES) {
                throw new IllegalArgumentException(granularities + " word classes");
            }
            int[] sizes = new int[granularities];
            for (int g = 0; g < sizes.length; g++) sizes[g] = in.readInt();
            int clusterCount = count(in, in.readInt(), 2 + 2 * sizes.length);
            Map<String, int[]> clusters = new HashMap<>(clusterCount * 2);
            for (int i = 0; i < clusterCount; i++) {
                String word = in.readUTF();
                int[] c = new int[sizes.length];
                for (int g = 0; g < sizes.length; g++) c[g] = in.readShort();
                clusters.put(word, c);
            }
            SequenceModel first = readWeights(in);
            SequenceModel second = readWeights(in);
            if (in.available() > 0) throw new InvalidModelException(name + ": unexpected data after the weights");
            return new NerModel(new Gazetteer(phrases), new WordClusters(clusters, sizes), first, second, window,
                    description);
        } catch (IOException | RuntimeException e) {
            throw new InvalidModelException(name + ": damaged model content (" + e + ")");
        }
    }

    /** A count read from the file, checked against the bytes left, each entry taking at least {@code entryBytes}. */
    private static int count(DataInputStream in, int count, int entryBytes) throws IOException {
        if (count < 0 || (long) count * entryBytes > in.available()) {
            throw new IllegalArgumentException("count " + count + " beyond the data left");
        }
        return count;
    }

    private static SequenceModel readWeights(DataInputStream in) throws IOException {
        float scale = in.readFloat();
        if (!(scale > 0) || Float.isInfinite(scale)) throw new IllegalArgumentException("weight scale " + scale);
        int rows = count(in, in.readInt(), 8 + 2 * L);
        FeatureIndex index = new FeatureIndex(rows);
        for (int row = 0; row < rows; row++) index.add(in.readLong());
        float[] emission = new float[rows * L];
        for (int i = 0; i < emission.length; i++) emission[i] = in.readShort() * scale;
        float[] transition = new float[(L + 1) * L];
        for (int i = 0; i < transition.length; i++) {
            transition[i] = in.readFloat();
            if (!Float.isFinite(transition[i])) throw new IllegalArgumentException("transition weight " + transition[i]);
        }
        return new SequenceModel(index, emission, transition);
    }
}
