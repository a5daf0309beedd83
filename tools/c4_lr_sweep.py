#!/usr/bin/env python
"""Run the recorded learning-rate sweep of chapter C4's quick recipe and store it beside the accuracy figure.

Seed 0 of each C4 model (CNN, CapsNet, GraCapsNet with either adjacency) trains with the shared quick recipe at each
learning rate of `C4_SWEEP_LRS` on 3,500 embedded training digits and is scored on the other 500. Rerunning resumes:
finished runs with the same recipe are kept. `C4_LR` must equal the printed choice (the accuracy figure checks it).

    python tools/c4_lr_sweep.py
"""
import argparse, os, sys

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default="figures/gracapsnet_accuracy_lr_sweep.json", help="results JSON (resumed if present)")
    p.add_argument("--threads", type=int, default=1, help="CPU threads (default 1)")
    p.add_argument("--models", nargs="+", help="C4 models by recipe name (default: all four)")
    p.add_argument("--epochs", type=int, help="epochs per run (default: the recipe's; shorter only to try the tool)")
    p.add_argument("--train-limit", type=int, help="train on this many digits only (default: all; to try the tool)")
    args = p.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    import torch
    torch.set_num_threads(args.threads)
    from xairobust.experiments.c4 import C4_LR, c4_lr_sweep
    from xairobust.experiments.protocol import sweep_choice
    records = c4_lr_sweep(args.out, models=args.models, epochs=args.epochs, train_limit=args.train_limit)
    for r in records: print(f"{r['model']:28s} lr {r['lr']:g}: validation accuracy {r['valid_accuracy']:.3f} ({r['seconds']:.0f} s)")
    choice = sweep_choice(records)
    print(f"sweep choice: lr {choice:g}; C4_LR = {C4_LR:g}" + ("" if choice == C4_LR else "  <- update C4_LR"))
    return 0

if __name__ == "__main__": sys.exit(main())
