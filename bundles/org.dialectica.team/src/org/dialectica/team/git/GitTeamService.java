package org.dialectica.team.git;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.team.Author;
import org.dialectica.team.CredentialsPrompt;
import org.dialectica.team.MergeConflict;
import org.dialectica.team.ProjectStatus;
import org.dialectica.team.PullResult;
import org.dialectica.team.SyncResult;
import org.dialectica.team.TeamException;
import org.dialectica.team.TeamListener;
import org.dialectica.team.TeamService;
import org.eclipse.jgit.api.CheckoutCommand.Stage;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@link TeamService} on JGit. Git does everything except merging {@code dialectica.xmi}: when both sides
 * changed it, the merge result git computed line by line is discarded and {@link ModelFileMerge} merges the
 * three versions element by element; other files git could not merge keep our version (theirs stays in the
 * merge commit's second parent).
 */
@Component(service = TeamService.class)
public class GitTeamService implements TeamService {

    private static final System.Logger LOG = System.getLogger(GitTeamService.class.getName());
    private static final String MODEL = DialecticaResourceFactory.PROJECT_FILE_NAME;
    private static final String GITIGNORE = "# Written by Dialectica: local data (lock, autosave, backup, index), never shared.\n"
            + ".dialectica/\n";

    private final List<TeamListener> listeners = new CopyOnWriteArrayList<>();
    private final ModelFileMerge modelMerge = new ModelFileMerge();
    private final Map<String, CredentialsPrompt.Credentials> rememberedCredentials = new ConcurrentHashMap<>();
    private final List<CredentialsPrompt> prompts = new CopyOnWriteArrayList<>();
    private volatile Map<String, String> environment = System.getenv();
    private volatile Path netrc = Path.of(System.getProperty("user.home"), ".netrc");

    /** The workbench's dialog; the command line has none. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCredentialsPrompt(CredentialsPrompt prompt) {
        prompts.add(prompt);
    }

    public void removeCredentialsPrompt(CredentialsPrompt prompt) {
        prompts.remove(prompt);
    }

    /** Where credentials are looked up besides the URL and the prompt; tests give their own. */
    public void setCredentialSources(Map<String, String> environment, Path netrc) {
        this.environment = Map.copyOf(environment);
        this.netrc = netrc;
    }

    /** A fresh provider per operation: what a remote refused is asked for again only within that operation. */
    private RemoteCredentials credentials() {
        return new RemoteCredentials(environment, netrc, () -> prompts.stream().findFirst(), rememberedCredentials);
    }

    /** Says what to do when the remote wants credentials it did not get, instead of git's bare "not authorized". */
    private static String explain(String what, GitAPIException failed) {
        String message = failed.getMessage() == null ? failed.toString() : failed.getMessage();
        if (message.contains("not authorized") || message.contains("Authentication is required")
                || message.contains("authentication not supported") || message.contains("401")) {
            return what + ": the remote wants a user name and password (for most hosts an access token) and did not "
                    + "accept any. Give them in the workbench when asked, or set " + RemoteCredentials.USERNAME_VARIABLE
                    + " and " + RemoteCredentials.PASSWORD_VARIABLE + ", or add the host to ~/.netrc (docs/team.md). ("
                    + message + ")";
        }
        return what + ": " + message;
    }

    @Override
    public boolean isShared(Path project) {
        return Files.exists(project.resolve(Constants.DOT_GIT));
    }

    @Override
    public String init(Path project, Author author) throws TeamException {
        createRepository(project);
        return commit(project, "Share project " + project.getFileName(), author)
                .orElseThrow(() -> new TeamException(project, "Nothing to commit in " + project + "."));
    }

    private void createRepository(Path project) throws TeamException {
        if (!Files.isRegularFile(project.resolve(MODEL))) {
            throw new TeamException(project, project + " is not a Dialectica project: it has no " + MODEL + ".");
        }
        if (isShared(project)) {
            throw new TeamException(project, project + " is already shared through git.");
        }
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            Path ignore = project.resolve(Constants.GITIGNORE_FILENAME);
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, GITIGNORE, StandardCharsets.UTF_8);
            }
        } catch (GitAPIException | IOException failed) {
            throw new TeamException(project, "Cannot make " + project + " a git repository: " + failed.getMessage(), failed);
        }
    }

    @Override
    public void clone(String remoteUri, Path directory) throws TeamException {
        try (Stream<Path> entries = Files.exists(directory) ? Files.list(directory) : Stream.empty()) {
            if (entries.findAny().isPresent()) {
                throw new TeamException(directory, "Cannot clone into " + directory + ": the folder is not empty.");
            }
        } catch (IOException unreadable) {
            throw new TeamException(directory, "Cannot read " + directory + ": " + unreadable.getMessage(), unreadable);
        }
        try (Git git = Git.cloneRepository().setURI(remoteUri).setDirectory(directory.toFile()).setRemote(REMOTE)
                .setCredentialsProvider(credentials()).call()) {
            LOG.log(Level.DEBUG, "Cloned {0} into {1}", remoteUri, directory);
        } catch (GitAPIException failed) {
            throw new TeamException(directory, explain("Cannot clone " + remoteUri, failed), failed);
        }
    }

    @Override
    public void setRemote(Path project, String remoteUri) throws TeamException {
        try (Git git = open(project)) {
            URIish uri = new URIish(remoteUri);
            if (remoteUrl(git.getRepository()).isPresent()) {
                git.remoteSetUrl().setRemoteName(REMOTE).setRemoteUri(uri).call();
            } else {
                git.remoteAdd().setName(REMOTE).setUri(uri).call();
            }
        } catch (URISyntaxException | GitAPIException failed) {
            throw new TeamException(project, "Cannot set the remote of " + project + " to " + remoteUri + ": "
                    + failed.getMessage(), failed);
        }
    }

    @Override
    public Optional<String> commit(Path project, String message, Author author) throws TeamException {
        try (Git git = open(project)) {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call(); // stages deletions too
            boolean merging = git.getRepository().getRepositoryState() == RepositoryState.MERGING_RESOLVED;
            if (!git.status().call().hasUncommittedChanges() && !merging) {
                return Optional.empty();
            }
            return Optional.of(commitCommand(git, message, author).call().getName());
        } catch (GitAPIException failed) {
            throw new TeamException(project, "Cannot commit " + project + ": " + failed.getMessage(), failed);
        }
    }

    @Override
    public ProjectStatus status(Path project) throws TeamException {
        try (Git git = open(project)) {
            Repository repository = git.getRepository();
            Status status = git.status().call();
            TreeSet<String> uncommitted = new TreeSet<>();
            uncommitted.addAll(status.getUncommittedChanges());
            uncommitted.addAll(status.getUntracked());
            String branch = repository.getBranch();
            int ahead = 0;
            int behind = 0;
            ObjectId head = repository.resolve(Constants.HEAD);
            ObjectId upstream = repository.resolve(Constants.R_REMOTES + REMOTE + "/" + branch);
            if (head != null && upstream != null) {
                ahead = countOnlyIn(repository, head, upstream);
                behind = countOnlyIn(repository, upstream, head);
            }
            return new ProjectStatus(branch, List.copyOf(uncommitted), remoteUrl(repository), ahead, behind);
        } catch (GitAPIException | IOException failed) {
            throw new TeamException(project, "Cannot read the git status of " + project + ": " + failed.getMessage(), failed);
        }
    }

    @Override
    public PullResult pull(Path project, Author author) throws TeamException {
        PullResult result;
        try (Git git = open(project)) {
            Repository repository = git.getRepository();
            if (remoteUrl(repository).isEmpty()) {
                return PullResult.upToDate();
            }
            Status status = git.status().call();
            if (status.hasUncommittedChanges()) {
                throw new TeamException(project, "Cannot pull into " + project + ": it has uncommitted changes ("
                        + String.join(", ", new TreeSet<>(status.getUncommittedChanges()))
                        + "). Commit them first; dialectica sync does.");
            }
            git.fetch().setRemote(REMOTE).setCredentialsProvider(credentials()).call();
            ObjectId theirs = repository.resolve(Constants.R_REMOTES + REMOTE + "/" + repository.getBranch());
            if (theirs == null) {
                return PullResult.upToDate(); // the remote has no such branch yet: the first push creates it
            }
            ObjectId ours = repository.resolve(Constants.HEAD);
            MergeResult merge = git.merge().include(theirs).setCommit(false).setFastForward(FastForwardMode.FF)
                    .setStrategy(MergeStrategy.RECURSIVE).call();
            result = switch (merge.getMergeStatus()) {
                case ALREADY_UP_TO_DATE -> PullResult.upToDate();
                case FAST_FORWARD -> new PullResult(PullResult.Outcome.FAST_FORWARD, List.of(), List.of(), List.of());
                case MERGED_NOT_COMMITTED, CONFLICTING -> finishMerge(git, project, ours, theirs, merge, author);
                default -> throw new TeamException(project, "git could not merge the remote's changes into " + project
                        + " (" + merge.getMergeStatus() + (merge.getFailingPaths() == null ? ""
                                : ": " + merge.getFailingPaths().keySet()) + "). Nothing was changed.");
            };
        } catch (GitAPIException failed) {
            throw new TeamException(project, explain("Cannot pull into " + project, failed), failed);
        } catch (IOException failed) {
            throw new TeamException(project, "Cannot pull into " + project + ": " + failed.getMessage(), failed);
        }
        if (result.changedFiles()) {
            fireUpdated(project, result);
        }
        return result;
    }

    /**
     * Completes a merge git started: {@code dialectica.xmi} merged by the model when both sides changed
     * it, other conflicting files kept as ours, then the merge commit. On any failure the project goes
     * back to our commit, as if the pull never happened.
     */
    private PullResult finishMerge(Git git, Path project, ObjectId ours, ObjectId theirs, MergeResult merge,
            Author author) throws TeamException, GitAPIException {
        Repository repository = git.getRepository();
        try {
            RevCommit base = mergeBase(repository, ours, theirs);
            List<MergeConflict> conflicts = List.of();
            List<String> problems = List.of();
            byte[] baseModel = base == null ? null : blob(repository, base, MODEL);
            byte[] ourModel = blob(repository, ours, MODEL);
            byte[] theirModel = blob(repository, theirs, MODEL);
            if (ourModel != null && theirModel != null && !Arrays.equals(ourModel, theirModel)
                    && !Arrays.equals(baseModel, ourModel) && !Arrays.equals(baseModel, theirModel)) {
                ModelFileMerge.Outcome merged = modelMerge.merge(baseModel, ourModel, theirModel, project);
                writeAtomically(project.resolve(MODEL), merged.merged());
                git.add().addFilepattern(MODEL).call();
                conflicts = merged.conflicts();
                problems = merged.problems();
            }
            List<String> fileConflicts = new ArrayList<>();
            if (merge.getConflicts() != null) {
                for (String path : new TreeSet<>(merge.getConflicts().keySet())) {
                    if (!path.equals(MODEL)) {
                        keepOurs(git, path);
                        fileConflicts.add(path);
                    }
                }
            }
            commitCommand(git, mergeMessage(repository, theirs, conflicts, fileConflicts), author).call();
            return new PullResult(PullResult.Outcome.MERGED, conflicts, fileConflicts, problems);
        } catch (IOException | GitAPIException | RuntimeException failed) {
            git.reset().setMode(ResetType.HARD).setRef(ours.getName()).call();
            throw new TeamException(project, "Cannot merge the remote's changes into " + project + ": "
                    + failed.getMessage() + ". The project was left as it was before the pull.", failed);
        }
    }

    /** Resolves a conflicting file to our version (or our deletion). */
    private static void keepOurs(Git git, String path) throws IOException, GitAPIException {
        DirCache index = git.getRepository().readDirCache();
        boolean oursExists = false;
        for (int i = Math.max(index.findEntry(path), 0); i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            if (!entry.getPathString().equals(path)) {
                break;
            }
            oursExists |= entry.getStage() == DirCacheEntry.STAGE_2;
        }
        if (oursExists) {
            git.checkout().setStage(Stage.OURS).addPath(path).call();
            git.add().addFilepattern(path).call();
        } else {
            git.rm().addFilepattern(path).call();
        }
    }

    private static String mergeMessage(Repository repository, ObjectId theirs, List<MergeConflict> conflicts,
            List<String> fileConflicts) throws IOException {
        StringBuilder message = new StringBuilder("Merge ").append(REMOTE).append('/').append(repository.getBranch());
        if (!conflicts.isEmpty() || !fileConflicts.isEmpty()) {
            message.append("\n\nConflicts: kept ours; theirs is in ").append(theirs.getName()).append('\n');
            conflicts.forEach(conflict -> message.append("\n  ").append(conflict.describe()));
            fileConflicts.forEach(path -> message.append("\n  file ").append(path));
        }
        return message.append('\n').toString();
    }

    @Override
    public boolean push(Path project) throws TeamException {
        try (Git git = open(project)) {
            Repository repository = git.getRepository();
            if (remoteUrl(repository).isEmpty()) {
                throw new TeamException(project, project + " has no remote to push to.");
            }
            if (repository.resolve(Constants.HEAD) == null) {
                return false;
            }
            String branch = repository.getBranch();
            boolean pushed = false;
            for (org.eclipse.jgit.transport.PushResult result : git.push().setRemote(REMOTE).add(branch)
                    .setCredentialsProvider(credentials()).call()) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    switch (update.getStatus()) {
                        case OK -> pushed = true;
                        case UP_TO_DATE -> {
                        }
                        case REJECTED_NONFASTFORWARD -> throw new TeamException(project, "The remote has changes this"
                                + " project does not have yet: pull first (dialectica sync does).");
                        default -> throw new TeamException(project, "The remote refused the push of " + branch + ": "
                                + update.getStatus() + (update.getMessage() == null ? "" : " " + update.getMessage()));
                    }
                }
            }
            track(repository, branch);
            return pushed;
        } catch (GitAPIException failed) {
            throw new TeamException(project, explain("Cannot push " + project, failed), failed);
        } catch (IOException failed) {
            throw new TeamException(project, "Cannot push " + project + ": " + failed.getMessage(), failed);
        }
    }

    /** Records the upstream of the branch, so that plain git commands in the folder know it too. */
    private static void track(Repository repository, String branch) throws IOException {
        StoredConfig config = repository.getConfig();
        if (config.getString("branch", branch, "remote") == null) {
            config.setString("branch", branch, "remote", REMOTE);
            config.setString("branch", branch, "merge", Constants.R_HEADS + branch);
            config.save();
        }
    }

    @Override
    public SyncResult sync(Path project, String message, Author author) throws TeamException {
        if (!isShared(project)) {
            createRepository(project);
        }
        Optional<String> commit = commit(project, message, author);
        try (Git git = open(project)) {
            if (remoteUrl(git.getRepository()).isEmpty()) {
                return new SyncResult(commit, PullResult.upToDate(), false);
            }
        }
        PullResult pull = pull(project, author);
        boolean pushed = !pull.hasConflicts() && push(project);
        return new SyncResult(commit, pull, pushed);
    }

    @Override
    public void addTeamListener(TeamListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeTeamListener(TeamListener listener) {
        listeners.remove(listener);
    }

    private void fireUpdated(Path project, PullResult result) {
        for (TeamListener listener : listeners) {
            try {
                listener.projectUpdated(project, result);
            } catch (RuntimeException failed) {
                // One broken listener must not keep the others from reloading.
                LOG.log(Level.ERROR, "A team listener failed: " + failed, failed);
            }
        }
    }

    private static Git open(Path project) throws TeamException {
        try {
            return Git.open(project.toFile());
        } catch (IOException notShared) {
            throw new TeamException(project, project + " is not shared through git yet (no repository).", notShared);
        }
    }

    private static CommitCommand commitCommand(Git git, String message, Author author) {
        CommitCommand commit = git.commit().setMessage(message);
        if (author != null) {
            commit.setAuthor(author.name(), author.email()).setCommitter(author.name(), author.email());
        }
        return commit;
    }

    private static Optional<String> remoteUrl(Repository repository) {
        return Optional.ofNullable(repository.getConfig().getString("remote", REMOTE, "url"));
    }

    private static RevCommit mergeBase(Repository repository, ObjectId a, ObjectId b) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            return walk.next();
        }
    }

    /** The number of commits reachable from {@code from} but not from {@code other}. */
    private static int countOnlyIn(Repository repository, ObjectId from, ObjectId other) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(from));
            walk.markUninteresting(walk.parseCommit(other));
            int count = 0;
            while (walk.next() != null) {
                count++;
            }
            return count;
        }
    }

    /** The bytes of {@code path} in a commit, or null when the commit has no such file. */
    private static byte[] blob(Repository repository, ObjectId commit, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository);
                TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
            return tree == null ? null : repository.open(tree.getObjectId(0)).getBytes();
        }
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        // In the ignored local folder, so that a crash never leaves a stray file to be committed.
        Path local = Files.createDirectories(file.resolveSibling(".dialectica"));
        Path temporary = Files.createTempFile(local, "merge-", ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
