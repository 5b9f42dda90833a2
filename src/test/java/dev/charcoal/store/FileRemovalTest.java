package dev.charcoal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRemovalTest {
  @TempDir Path root;
  @TempDir Path elsewhere;

  private Path file(String relative) throws Exception {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    return p;
  }

  @Test
  void deletesFilesAndTheDirectoriesThatLeavesEmptyButNotTheRoot() throws Exception {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("a.b.c", file("a/b/c.wsp"));
    files.put("a.b.d.e", file("a/b/d/e.wsp"));
    files.put("x", file("x.wsp"));
    files.put("missing.one", root.resolve("missing/one.wsp"));
    file("a/kept.wsp");

    FileRemoval.Result result = FileRemoval.remove(root, files);

    assertThat(result.deleted()).containsExactlyInAnyOrder("a.b.c", "a.b.d.e", "x");
    assertThat(result.failed()).isEmpty();
    assertThat(root.resolve("a/b")).doesNotExist();
    assertThat(root.resolve("a/kept.wsp")).exists();
    assertThat(root).isDirectory();
  }

  @Test
  void aDirectoryEmptiedByTwoDeletesGoesToo() throws Exception {
    // servers/ empties only once both hosts are gone: parents are tried after all children
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("servers.web1.cpu", file("servers/web1/cpu.wsp"));
    files.put("servers.web2.cpu", file("servers/web2/cpu.wsp"));

    FileRemoval.remove(root, files);

    assertThat(root.resolve("servers")).doesNotExist();
  }

  @Test
  void keepsTheTaggedDirectoryAndLinkedDirectories() throws Exception {
    Path tagged = file("_tagged/abc/def/abcdef.wsp");
    Files.createSymbolicLink(root.resolve("linked"), elsewhere);
    Path linkedFile = file("linked/m.wsp");

    FileRemoval.remove(root, Map.of("t;a=b", tagged, "linked.m", linkedFile));

    assertThat(root.resolve("_tagged")).isDirectory();
    assertThat(root.resolve("_tagged/abc")).doesNotExist();
    assertThat(root.resolve("linked")).isSymbolicLink();
    assertThat(elsewhere.resolve("m.wsp")).doesNotExist();
  }

  @Test
  void reportsWhatCannotBeDeletedAndDeletesTheRest() throws Exception {
    Path blocked = root.resolve("x/y.wsp");
    Files.createDirectories(blocked.resolve("inside")); // a directory where the file should be
    Path fine = file("x/z.wsp");

    FileRemoval.Result result = FileRemoval.remove(root, Map.of("x.y", blocked, "x.z", fine));

    assertThat(result.deleted()).containsExactly("x.z");
    assertThat(result.failed()).containsOnlyKeys("x.y");
    assertThat(result.failed().get("x.y")).contains("x/y.wsp").endsWith("it is a directory");
    assertThat(fine).doesNotExist();
    assertThat(blocked).isDirectory();
  }
}
