"""Run callables asynchronously, for gilfree.

Provides: Future, Executor, ThreadPoolExecutor, wait, as_completed,
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
TimeoutError, InvalidStateError, BrokenExecutor.

Lacks: ProcessPoolExecutor (gilfree has no multiprocessing; threads
already run in parallel).
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION,
                                      ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future',
           'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor',
           'InvalidStateError')

