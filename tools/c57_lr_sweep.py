#!/usr/bin/env python
"""Run the recorded learning-rate sweep of the C5/C7 study recipe and store it beside the component figure.

Seed 0 of each study variant trains with the shared quick recipe at each learning rate of `STUDY_SWEEP_LRS` on the
embedded 40x40 training digits less 500 held out, and is scored on those 500 after every epoch. Rerunning resumes:
finished runs with the same recipe are kept. `STUDY_LR` must equal the printed choice (the component figure checks it).

    python tools/c57_lr_sweep.py
"""
import argparse, os, sys

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default="figures/c57_lr_sweep.json", help="results JSON (resumed if present)")
    p.add_argument("--threads", type=int, default=1, help="CPU threads (default 1)")
    p.add_argument("--variants", nargs="+", help="study variants (default: all of STUDY_VARIANTS)")
    p.add_argument("--epochs", type=int, help="epochs per run (default: the recipe's; shorter only to try the tool)")
    p.add_argument("--train-limit", type=int, help="train on this many digits only (default: all; to try the tool)")
    args = p.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    import torch
    torch.set_num_threads(args.threads)
    from xairobust.experiments.c57 import STUDY_LR, c57_lr_sweep
    from xairobust.experiments.protocol import sweep_choice
    records = c57_lr_sweep(args.out, variants=args.variants, epochs=args.epochs, train_limit=args.train_limit)
    for r in records: print(f"{r['model']:18s} lr {r['lr']:g}: validation accuracy {r['valid_accuracy']:.3f} ({r['seconds']:.0f} s)")
    choice = sweep_choice(records)
    print(f"sweep choice: lr {choice:g}; STUDY_LR = {STUDY_LR:g}" + ("" if choice == STUDY_LR else "  <- update STUDY_LR"))
    return 0

if __name__ == "__main__": sys.exit(main())
