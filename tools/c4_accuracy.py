#!/usr/bin/env python
"""Train chapter C4's four models (CNN, CapsNet, GraCapsNet with either adjacency) at full scale on Fashion-MNIST and
score each on the whole test set after every epoch, writing the results JSON after every epoch.

CPU (default): seed 0 on `C4_CPU_BUDGET` at one thread. GPU: `--full` trains the full recipes' epochs, seeds 0 1 2.
Rerunning the same command resumes: finished (model, seed) runs are skipped, an interrupted one continues after its
last finished epoch (checkpoints in $XAIROBUST_CACHE/runs).

    python tools/c4_accuracy.py                                   # CPU budget, seed 0
    python tools/c4_accuracy.py --full --device cuda              # full recipes, seeds 0 1 2
"""
import argparse, os, sys

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="figures/gracapsnet_accuracy_fashion_mnist_run.json", help="results JSON (resumed if present)")
    p.add_argument("--dataset", default="fashion-mnist", choices=("fashion-mnist", "mnist"))
    p.add_argument("--full", action="store_true", help="the full recipes' epochs (a GPU's budget); seeds default to 0 1 2")
    p.add_argument("--seeds", type=int, nargs="+", help="training seeds (default: 0; with --full: 0 1 2)")
    p.add_argument("--models", nargs="+", help="C4 models by recipe name (cnn-matched, capsnet-matched, gracapsnet-recon, "
                                               "gracapsnet-released-recon); default: all four")
    p.add_argument("--passes", nargs="+", default=[], metavar="MODEL=PASSES",
                   help="change the CPU budget of a model: whole epochs, or a share below 1 of one epoch")
    p.add_argument("--threads", type=int, default=1, help="CPU threads (default 1)")
    p.add_argument("--device", help="torch device (default: cuda if available, else cpu)")
    p.add_argument("--timing", type=int, default=0, metavar="BATCHES",
                   help="first time BATCHES training and evaluation batches of each model and store the extrapolated "
                        "seconds per epoch in the JSON (the measurement a CPU budget is chosen from)")
    p.add_argument("--no-progress", action="store_true")
    args = p.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    import torch
    torch.set_num_threads(args.threads)
    import json, pathlib
    from xairobust.experiments.c4 import C4_CPU_BUDGET, C4_MODELS, C4_SEEDS, c4_accuracy_run, c4_epoch_seconds
    budget = None if args.full else dict(C4_CPU_BUDGET)
    for item in args.passes:
        name, _, value = item.partition("=")
        if budget is None or name not in budget or not value:
            p.error(f"--passes takes MODEL=PASSES with MODEL one of {sorted(C4_CPU_BUDGET)} (and not with --full), got {item!r}")
        budget[name] = float(value)
    if args.timing:
        out = pathlib.Path(args.out); res = json.loads(out.read_text()) if out.exists() else {}
        timing = res.setdefault("timing", {})
        for name in args.models or C4_MODELS.values():
            if name not in timing or timing[name]["batches"] != args.timing:
                timing[name] = c4_epoch_seconds(name, args.dataset, args.timing, device=args.device)
                out.write_text(json.dumps(res, indent=1) + "\n")
            t = timing[name]
            print(f"{name:28s} {t['train_seconds_per_epoch']:8.0f} s per training epoch, {t['test_seconds']:6.0f} s per test evaluation", flush=True)
    seeds = args.seeds or (list(C4_SEEDS) if args.full else [0])
    res = c4_accuracy_run(args.out, budget, seeds, args.dataset, args.models, device=args.device, progress=not args.no_progress)
    for key, run in res["runs"].items():
        if run.get("done"): print(f"{key:34s} test accuracy {run['test_accuracy']:.4f} after {run['config']['epochs']} epoch(s) "
                                  f"on {run['config']['train_images']:,} images, {run['wall_seconds']:.0f} s")
    return 0

if __name__ == "__main__": sys.exit(main())
