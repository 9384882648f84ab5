// Starts and stops the test cluster. Facts it relies on (Slurm 22.05, munge 0.5.15 on Debian 12): munged wants its
// socket folder mode 755 and a key of mode 0400; slurmctld must run on the host it is configured for (the short host
// name), slurmd -N names the node when the host name differs; proctrack/linuxproc and task/none need no cgroups;
// config_overrides lets the node offer more CPUs than it has, so a 3-task array runs at once on a small machine;
// a requeued job waits for the credential lifetime and the scheduler's interval, both shortened here.
#include "support/slurm_cluster.h"

#include <QDir>
#include <QStandardPaths>
#include <QThread>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "support/fixtures.h"

namespace mien::test {
namespace fs = std::filesystem;

namespace {

const std::pair<const char*, const char*> kPrograms[] = {
    {"munged", "munge"}, {"slurmctld", "slurmctld"}, {"slurmd", "slurmd"}, {"sbatch", "slurm-client"},
    {"squeue", "slurm-client"}, {"scontrol", "slurm-client"}, {"scancel", "slurm-client"}, {"sinfo", "slurm-client"}};

QString programPath(const char* name) {
  return QStandardPaths::findExecutable(name, {"/usr/sbin", "/usr/bin", "/sbin", "/bin"});
}

int freeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
    throw std::runtime_error("cannot find a free loopback port");
  ::close(fd);
  return ntohs(address.sin_port);
}

std::string shortHostName() {
  char name[256] = {};
  gethostname(name, sizeof name - 1);
  const std::string host = name;
  return host.substr(0, host.find('.'));
}

std::string userName() {
  const passwd* user = getpwuid(getuid());
  return user ? user->pw_name : std::to_string(getuid());
}

}  // namespace

std::string SlurmCluster::missingCapability() {
  for (const auto& [program, package] : kPrograms)
    if (programPath(program).isEmpty())
      return std::string("the program ") + program + " (Debian package " + package + "; scripts/setup installs it)";
  return {};
}

SlurmCluster::SlurmCluster(const std::string& folder) : folder_(fs::absolute(folder).string()) {
  try {
    bringUp();
  } catch (...) {
    stopAll();
    throw;
  }
}

void SlurmCluster::bringUp() {
  for (fs::path above = fs::path(folder_).parent_path(); above != above.root_path(); above = above.parent_path())
    if (access(above.c_str(), F_OK) == 0 && (fs::status(above).permissions() & fs::perms::others_exec) == fs::perms::none)
      throw std::runtime_error("munged needs every folder above its socket searchable by all (chmod o+x " + above.string() + ")");
  for (const char* sub : {"", "/munge", "/state", "/spool", "/log"}) fs::create_directories(folder_ + sub);
  for (const char* sub : {"", "/munge"}) ::chmod((folder_ + sub).c_str(), 0755);  // munged refuses looser or tighter

  const std::string key = folder_ + "/munge.key";
  std::random_device random;
  std::string bytes(1024, '\0');
  for (auto& b : bytes) b = static_cast<char>(random());
  writeBytes(key, bytes);
  ::chmod(key.c_str(), 0400);
  const std::string socket = folder_ + "/munge/munge.socket";
  start(programPath("munged"), {"--foreground", "--key-file=" + QString::fromStdString(key), "--socket=" + QString::fromStdString(socket),
                                "--pid-file=" + QString::fromStdString(folder_ + "/munge/munged.pid"),
                                "--seed-file=" + QString::fromStdString(folder_ + "/munge/munged.seed"),
                                "--log-file=" + QString::fromStdString(folder_ + "/log/munged.log")},
        "munged");
  for (int i = 0; i < 100 && !fs::exists(socket); ++i) QThread::msleep(50);
  if (!fs::exists(socket)) throw std::runtime_error("munged did not create its socket:\n" + logs());

  const std::string user = userName();
  config_ = folder_ + "/slurm.conf";
  std::ofstream conf(config_);
  conf << "ClusterName=mientest\n"
       << "SlurmctldHost=" << shortHostName() << "(127.0.0.1)\n"
       << "SlurmctldPort=" << freeLoopbackPort() << "\n"
       << "SlurmdPort=" << freeLoopbackPort() << "\n"
       << "SlurmUser=" << user << "\nSlurmdUser=" << user << "\n"
       << "AuthType=auth/munge\nCredType=cred/munge\n"
       << "AuthInfo=socket=" << socket << ",cred_expire=10\n"
       << "StateSaveLocation=" << folder_ << "/state\nSlurmdSpoolDir=" << folder_ << "/spool\n"
       << "SlurmctldPidFile=" << folder_ << "/slurmctld.pid\nSlurmdPidFile=" << folder_ << "/slurmd.pid\n"
       << "ProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\n"
       << "JobAcctGatherType=jobacct_gather/none\nAccountingStorageType=accounting_storage/none\nJobCompType=jobcomp/none\n"
       << "SchedulerType=sched/backfill\nSchedulerParameters=sched_interval=2,bf_interval=1\n"
       << "SelectType=select/cons_tres\nSelectTypeParameters=CR_CPU\n"
       << "SlurmdParameters=config_overrides\nReturnToService=2\nMpiDefault=none\n"
       << "NodeName=localhost NodeAddr=127.0.0.1 CPUs=4 RealMemory=8000 State=UNKNOWN\n"
       << "PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP\n";
  conf.close();

  start(programPath("slurmctld"), {"-D", "-i", "-f", QString::fromStdString(config_)}, "slurmctld");
  start(programPath("slurmd"), {"-D", "-N", "localhost", "-f", QString::fromStdString(config_)}, "slurmd");
  for (int i = 0; i < 150; ++i) {
    const auto state = run(programPath("sinfo"), {"-h", "-n", "localhost", "-o", "%T"}, 5000);
    if (state.exitCode == 0 && state.out.trimmed() == "idle") return;
    QThread::msleep(200);
  }
  throw std::runtime_error("the Slurm node did not become idle within 30 s:\n" + logs());
}

SlurmCluster::~SlurmCluster() { stopAll(); }

void SlurmCluster::start(const QString& program, const QStringList& args, const std::string& logName) {
  auto process = std::make_unique<QProcess>();
  process->setProcessEnvironment(environment());
  process->setProcessChannelMode(QProcess::MergedChannels);
  process->setStandardOutputFile(QString::fromStdString(folder_ + "/log/" + logName + ".out"));
  process->start(program, args);
  if (!process->waitForStarted(10000)) throw std::runtime_error("cannot start " + program.toStdString());
  daemons_.push_back(std::move(process));
}

void SlurmCluster::stopAll() {
  for (auto it = daemons_.rbegin(); it != daemons_.rend(); ++it) {
    QProcess& daemon = **it;
    if (daemon.state() == QProcess::NotRunning) continue;
    ::kill(static_cast<pid_t>(daemon.processId()), SIGTERM);
    if (!daemon.waitForFinished(10000)) {
      ::kill(static_cast<pid_t>(daemon.processId()), SIGKILL);
      daemon.waitForFinished(5000);
    }
  }
  daemons_.clear();
}

QProcessEnvironment SlurmCluster::environment() const {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  if (!config_.empty()) env.insert("SLURM_CONF", QString::fromStdString(config_));
  return env;
}

ProcessResult SlurmCluster::run(const QString& program, const QStringList& args, int timeoutMs,
                                const QProcessEnvironment& extra) const {
  QProcessEnvironment env = environment();
  for (const auto& key : extra.keys()) env.insert(key, extra.value(key));
  return runProgram(program, args, timeoutMs, env);
}

std::string SlurmCluster::jobField(const std::string& job, const std::string& field) const {
  const auto shown = run("scontrol", {"show", "job", "-o", QString::fromStdString(job)}, 10000);
  for (const auto& word : shown.out.split(' ', Qt::SkipEmptyParts))
    if (word.startsWith(QString::fromStdString(field) + "=")) return word.mid(static_cast<qsizetype>(field.size()) + 1).trimmed().toStdString();
  return {};
}

bool SlurmCluster::waitUntilEnded(const std::vector<std::string>& jobs, int timeoutMs) const {
  QStringList ids;
  for (const auto& job : jobs) ids << QString::fromStdString(job);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  while (std::chrono::steady_clock::now() < deadline) {
    const auto queued = run("squeue", {"-h", "-o", "%i", "-j", ids.join(',')}, 10000);
    const bool forgotten = queued.err.contains("Invalid job id");  // ended long enough ago to be purged
    if (queued.out.trimmed().isEmpty() && (queued.exitCode == 0 || forgotten)) return true;
    QThread::msleep(500);
  }
  return false;
}

std::string SlurmCluster::logs() const {
  std::string all;
  for (const char* name : {"munged.out", "munged.log", "slurmctld.out", "slurmd.out"}) {
    std::ifstream in(folder_ + "/log/" + name);
    std::stringstream text;
    text << in.rdbuf();
    all += std::string("--- ") + name + "\n" + text.str();
  }
  return all;
}

}  // namespace mien::test
