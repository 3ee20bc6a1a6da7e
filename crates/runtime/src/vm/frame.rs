//! A frame: the state of one running (or suspended) code object.
//!
//! Fast locals are addressed by index; `cells` holds the cell objects for the
//! code's cell variables followed by its free variables; `blocks` is the
//! exception-handler block stack (`SetupFinally` / `PopBlock`). A generator
//! owns its frame between resumptions.

use crate::object::ObjRef;
use crate::types::function::PyCode;

#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Instruction index of the handler.
    pub handler: u32,
    /// Value stack depth to unwind to.
    pub level: u32,
}

pub struct Frame {
    pub code_obj: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The namespace dict of module and class bodies (None for functions).
    pub locals: Option<ObjRef>,
    pub fast: Vec<Option<ObjRef>>,
    pub cells: Vec<ObjRef>,
    pub stack: Vec<ObjRef>,
    pub blocks: Vec<Block>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Index of the instruction running or last run (for line numbers).
    pub lasti: usize,
}

/// The two vectors a frame allocates (fast locals and value stack), kept empty
/// between uses so that calls can recycle them (`Vm::spare_buffers`).
#[derive(Default)]
pub struct Buffers {
    fast: Vec<Option<ObjRef>>,
    stack: Vec<ObjRef>,
}

/// How many spare buffers a thread keeps, and the largest it keeps.
const MAX_SPARE: usize = 32;
const MAX_SPARE_CAPACITY: usize = 256;

impl Frame {
    pub fn new(code_obj: ObjRef, globals: ObjRef, builtins: ObjRef, locals: Option<ObjRef>) -> Frame {
        Frame::with_buffers(code_obj, globals, builtins, locals, Buffers::default())
    }

    /// A frame whose vectors reuse `buffers` (empty vectors of any capacity).
    pub fn with_buffers(code_obj: ObjRef, globals: ObjRef, builtins: ObjRef, locals: Option<ObjRef>, buffers: Buffers) -> Frame {
        let code = code_obj.downcast_ref::<PyCode>().expect("frame code is a code object");
        let nlocals = code.code.varnames.len();
        let stack_size = code.code.max_stack as usize;
        let Buffers { mut fast, mut stack } = buffers;
        fast.resize_with(nlocals, || None);
        stack.reserve(stack_size + 2);
        Frame {
            fast,
            cells: Vec::new(),
            stack,
            blocks: Vec::new(),
            ip: 0,
            lasti: 0,
            code_obj,
            globals,
            builtins,
            locals,
        }
    }

    #[inline(always)]
    pub fn code(&self) -> &PyCode {
        // SAFETY: the constructor checked the payload type.
        unsafe { self.code_obj.payload_unchecked::<PyCode>() }
    }

    /// Take the frame apart, keeping its vectors (emptied) for another frame
    /// if they are not too big and the spare list has room.
    pub fn recycle(self, spare: &mut Vec<Buffers>) {
        let Frame { mut fast, mut stack, .. } = self;
        if spare.len() < MAX_SPARE && fast.capacity() <= MAX_SPARE_CAPACITY && stack.capacity() <= MAX_SPARE_CAPACITY {
            fast.clear();
            stack.clear();
            spare.push(Buffers { fast, stack });
        }
    }

    /// The source line of the current instruction.
    pub fn line(&self) -> u32 {
        self.code().code.locations.get(self.lasti).map_or(self.code().code.first_line, |l| l.line)
    }
}
