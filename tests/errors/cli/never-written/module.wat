(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func (param i32)))
  (type (;2;) (func (result i32)))
  (type (;3;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;4;) (func (param i32) (result i32)))
  (type (;5;) (func (param i32 i32 i32) (result i32)))
  (type (;6;) (func))
  (type (;7;) (func (param i32 i32 i32)))
  (type (;8;) (func (param i32 i64)))
  (type (;9;) (func (param i32 i32)))
  (type (;10;) (func (param i32 i32 i32 i32)))
  (type (;11;) (func (param f64 i32 i32) (result i32)))
  (type (;12;) (func (param f64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $rt_wasi_proc_exit (type 1)))
  (import "wasi_snapshot_preview1" "fd_write" (func $rt_wasi_fd_write (type 3)))
  (func $rt_link_heap_base (result i32)
    i32.const 107424
    i32.load)
  (func $rt_memcpy (type 7) (param i32 i32 i32)
    local.get 0
    local.get 1
    local.get 2
    memory.copy)
  (func $rt_cstrlen (type 4) (param i32) (result i32)
    (local i32 i32 i32)
    i32.const 0
    local.set 1
    loop  ;; label = @1
      local.get 0
      local.get 1
      i32.add
      local.set 2
      local.get 1
      i32.const 1
      i32.add
      local.tee 3
      local.set 1
      local.get 2
      i32.load8_u
      br_if 0 (;@1;)
    end
    local.get 3
    i32.const -1
    i32.add)
  (func $big_set_u64 (type 8) (param i32 i64)
    (local i32 i32)
    local.get 0
    i32.const 2
    i32.store
    local.get 0
    i32.const 4
    i32.add
    local.get 1
    i64.store align=4
    local.get 0
    i32.const 8
    i32.add
    local.set 2
    i32.const 1
    local.set 3
    block  ;; label = @1
      loop  ;; label = @2
        local.get 2
        i32.load
        br_if 1 (;@1;)
        local.get 0
        local.get 3
        i32.store
        local.get 2
        i32.const -4
        i32.add
        local.set 2
        local.get 3
        i32.const -1
        i32.add
        local.tee 3
        i32.const -1
        i32.ne
        br_if 0 (;@2;)
      end
    end)
  (func $big_mul_small (type 9) (param i32 i32)
    (local i32 i64 i64 i64 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.load
        i32.eqz
        br_if 0 (;@2;)
        local.get 0
        i32.const 4
        i32.add
        local.set 2
        local.get 1
        i64.extend_i32_u
        local.set 3
        i32.const 0
        local.set 1
        i64.const 0
        local.set 4
        loop  ;; label = @3
          local.get 2
          local.get 2
          i64.load32_u
          local.get 3
          i64.mul
          local.get 4
          i64.add
          local.tee 5
          i64.store32
          local.get 2
          i32.const 4
          i32.add
          local.set 2
          local.get 5
          i64.const 32
          i64.shr_u
          local.set 4
          local.get 1
          i32.const 1
          i32.add
          local.tee 1
          local.get 0
          i32.load
          local.tee 6
          i32.lt_u
          br_if 0 (;@3;)
        end
        local.get 5
        i64.const 4294967296
        i64.lt_u
        br_if 0 (;@2;)
        local.get 6
        i32.const 132
        i32.ge_u
        br_if 1 (;@1;)
        local.get 0
        local.get 6
        i32.const 1
        i32.add
        i32.store
        local.get 0
        local.get 6
        i32.const 2
        i32.shl
        i32.add
        i32.const 4
        i32.add
        local.get 4
        i64.store32
      end
      return
    end
    unreachable
    unreachable)
  (func $big_mul_pow10 (type 9) (param i32 i32)
    (local i32 i32 i64 i32 i64 i32 i64)
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 9
        i32.lt_u
        br_if 0 (;@2;)
        local.get 0
        i32.const 4
        i32.add
        local.set 2
        loop  ;; label = @3
          block  ;; label = @4
            local.get 0
            i32.load
            i32.eqz
            br_if 0 (;@4;)
            i32.const 0
            local.set 3
            i64.const 0
            local.set 4
            local.get 2
            local.set 5
            loop  ;; label = @5
              local.get 5
              local.get 5
              i64.load32_u
              i64.const 1000000000
              i64.mul
              local.get 4
              i64.add
              local.tee 6
              i64.store32
              local.get 5
              i32.const 4
              i32.add
              local.set 5
              local.get 6
              i64.const 32
              i64.shr_u
              local.set 4
              local.get 3
              i32.const 1
              i32.add
              local.tee 3
              local.get 0
              i32.load
              local.tee 7
              i32.lt_u
              br_if 0 (;@5;)
            end
            local.get 6
            i64.const 4294967296
            i64.lt_u
            br_if 0 (;@4;)
            local.get 7
            i32.const 132
            i32.ge_u
            br_if 3 (;@1;)
            local.get 0
            local.get 7
            i32.const 1
            i32.add
            i32.store
            local.get 0
            local.get 7
            i32.const 2
            i32.shl
            i32.add
            i32.const 4
            i32.add
            local.get 4
            i64.store32
          end
          local.get 1
          i32.const -9
          i32.add
          local.tee 1
          i32.const 8
          i32.gt_u
          br_if 0 (;@3;)
        end
      end
      block  ;; label = @2
        local.get 1
        i32.eqz
        br_if 0 (;@2;)
        local.get 0
        i32.load
        i32.eqz
        br_if 0 (;@2;)
        local.get 0
        i32.const 4
        i32.add
        local.set 5
        local.get 1
        i32.const 2
        i32.shl
        i32.const 65536
        i32.add
        i64.load32_u
        local.set 8
        i32.const 0
        local.set 3
        i64.const 0
        local.set 4
        loop  ;; label = @3
          local.get 5
          local.get 5
          i64.load32_u
          local.get 8
          i64.mul
          local.get 4
          i64.add
          local.tee 6
          i64.store32
          local.get 5
          i32.const 4
          i32.add
          local.set 5
          local.get 6
          i64.const 32
          i64.shr_u
          local.set 4
          local.get 3
          i32.const 1
          i32.add
          local.tee 3
          local.get 0
          i32.load
          local.tee 7
          i32.lt_u
          br_if 0 (;@3;)
        end
        local.get 6
        i64.const 4294967296
        i64.lt_u
        br_if 0 (;@2;)
        local.get 7
        i32.const 132
        i32.ge_u
        br_if 1 (;@1;)
        local.get 0
        local.get 7
        i32.const 1
        i32.add
        i32.store
        local.get 0
        local.get 7
        i32.const 2
        i32.shl
        i32.add
        i32.const 4
        i32.add
        local.get 4
        i64.store32
      end
      return
    end
    unreachable
    unreachable)
  (func $big_shl (type 9) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.load
        local.tee 2
        i32.eqz
        br_if 0 (;@2;)
        local.get 2
        local.get 1
        i32.const 5
        i32.shr_u
        local.tee 3
        i32.add
        local.tee 4
        local.get 1
        i32.const 31
        i32.and
        local.tee 5
        i32.const 0
        i32.ne
        i32.add
        local.tee 6
        i32.const 133
        i32.ge_u
        br_if 1 (;@1;)
        block  ;; label = @3
          block  ;; label = @4
            local.get 5
            br_if 0 (;@4;)
            local.get 0
            local.get 2
            i32.const 2
            i32.shl
            i32.add
            local.set 7
            local.get 0
            local.get 4
            i32.const 2
            i32.shl
            i32.add
            local.set 4
            loop  ;; label = @5
              local.get 4
              local.get 7
              i32.load
              i32.store
              local.get 4
              i32.const -4
              i32.add
              local.set 4
              local.get 7
              i32.const -4
              i32.add
              local.set 7
              local.get 2
              i32.const -1
              i32.add
              local.tee 2
              br_if 0 (;@5;)
              br 2 (;@3;)
            end
          end
          local.get 0
          i32.const 4
          i32.add
          local.tee 8
          local.get 4
          i32.const 2
          i32.shl
          local.tee 4
          i32.add
          local.get 8
          local.get 2
          i32.const -1
          i32.add
          local.tee 9
          i32.const 2
          i32.shl
          i32.add
          i32.load
          i32.const 32
          local.get 5
          i32.sub
          local.tee 10
          i32.shr_u
          i32.store
          block  ;; label = @4
            local.get 9
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            i32.const 2
            i32.shl
            local.get 0
            i32.add
            i32.const -4
            i32.add
            local.set 7
            local.get 0
            local.get 4
            i32.add
            local.set 4
            loop  ;; label = @5
              local.get 4
              local.get 7
              i32.load
              local.get 10
              i32.shr_u
              local.get 7
              i32.const 4
              i32.add
              i32.load
              local.get 5
              i32.shl
              i32.or
              i32.store
              local.get 7
              i32.const -4
              i32.add
              local.set 7
              local.get 4
              i32.const -4
              i32.add
              local.set 4
              local.get 9
              i32.const -1
              i32.add
              local.tee 9
              br_if 0 (;@5;)
            end
          end
          local.get 8
          local.get 3
          i32.const 2
          i32.shl
          i32.add
          local.get 0
          i32.load offset=4
          local.get 5
          i32.shl
          i32.store
        end
        block  ;; label = @3
          local.get 1
          i32.const 32
          i32.lt_u
          br_if 0 (;@3;)
          local.get 0
          i32.const 4
          i32.add
          i32.const 0
          local.get 3
          i32.const 1
          local.get 3
          i32.const 1
          i32.gt_u
          select
          i32.const 2
          i32.shl
          memory.fill
        end
        local.get 0
        local.get 6
        i32.store
        local.get 6
        i32.eqz
        br_if 0 (;@2;)
        local.get 0
        local.get 6
        i32.const 2
        i32.shl
        i32.add
        local.set 7
        local.get 6
        i32.const -1
        i32.add
        local.set 4
        loop  ;; label = @3
          local.get 7
          i32.load
          br_if 1 (;@2;)
          local.get 0
          local.get 4
          i32.store
          local.get 7
          i32.const -4
          i32.add
          local.set 7
          local.get 4
          i32.const -1
          i32.add
          local.tee 4
          i32.const -1
          i32.ne
          br_if 0 (;@3;)
        end
      end
      return
    end
    unreachable
    unreachable)
  (func $big_cmp (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32)
    block  ;; label = @1
      local.get 0
      i32.load
      local.tee 2
      local.get 1
      i32.load
      local.tee 3
      i32.ne
      br_if 0 (;@1;)
      local.get 2
      i32.const 1
      i32.add
      local.set 3
      local.get 0
      local.get 2
      i32.const 2
      i32.shl
      local.tee 2
      i32.add
      local.set 0
      local.get 1
      local.get 2
      i32.add
      local.set 1
      loop  ;; label = @2
        block  ;; label = @3
          local.get 3
          i32.const -1
          i32.add
          local.tee 3
          br_if 0 (;@3;)
          i32.const 0
          return
        end
        local.get 1
        i32.load
        local.set 2
        local.get 0
        i32.load
        local.set 4
        local.get 0
        i32.const -4
        i32.add
        local.set 0
        local.get 1
        i32.const -4
        i32.add
        local.set 1
        local.get 4
        local.get 2
        i32.eq
        br_if 0 (;@2;)
      end
      i32.const -1
      i32.const 1
      local.get 4
      local.get 2
      i32.lt_u
      select
      return
    end
    i32.const -1
    i32.const 1
    local.get 2
    local.get 3
    i32.lt_u
    select)
  (func $big_cmp_sum (type 5) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i64)
    global.get $__stack_pointer
    i32.const 544
    i32.sub
    local.tee 3
    global.set $__stack_pointer
    i32.const -1
    local.set 4
    block  ;; label = @1
      local.get 2
      i32.load
      local.tee 5
      local.get 0
      i32.load
      local.tee 6
      local.get 1
      i32.load
      local.tee 7
      local.get 6
      local.get 7
      i32.gt_u
      select
      local.tee 8
      i32.const 1
      i32.add
      local.tee 9
      i32.gt_u
      br_if 0 (;@1;)
      i32.const 1
      local.set 4
      local.get 5
      i32.const 1
      i32.add
      local.get 8
      i32.lt_u
      br_if 0 (;@1;)
      block  ;; label = @2
        block  ;; label = @3
          local.get 8
          br_if 0 (;@3;)
          i32.const 0
          local.set 0
          br 1 (;@2;)
        end
        local.get 0
        i32.const 4
        i32.add
        local.set 10
        local.get 1
        i32.const 4
        i32.add
        local.set 1
        local.get 3
        i32.const 8
        i32.add
        i32.const 4
        i32.or
        local.set 0
        i64.const 0
        local.set 11
        i32.const 0
        local.set 4
        loop  ;; label = @3
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 4
            local.get 6
            i32.ge_u
            br_if 0 (;@4;)
            local.get 10
            i32.load
            local.set 12
          end
          local.get 12
          i64.extend_i32_u
          local.set 13
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 4
            local.get 7
            i32.ge_u
            br_if 0 (;@4;)
            local.get 1
            i32.load
            local.set 12
          end
          local.get 0
          local.get 11
          local.get 13
          i64.add
          local.get 12
          i64.extend_i32_u
          i64.add
          local.tee 13
          i64.store32
          local.get 10
          i32.const 4
          i32.add
          local.set 10
          local.get 1
          i32.const 4
          i32.add
          local.set 1
          local.get 0
          i32.const 4
          i32.add
          local.set 0
          local.get 13
          i64.const 32
          i64.shr_u
          local.set 11
          local.get 8
          local.get 4
          i32.const 1
          i32.add
          local.tee 4
          i32.ne
          br_if 0 (;@3;)
        end
        local.get 3
        local.get 8
        i32.store offset=8
        block  ;; label = @3
          local.get 13
          i64.const 4294967296
          i64.lt_u
          br_if 0 (;@3;)
          i32.const 1
          local.set 4
          local.get 8
          i32.const 131
          i32.gt_u
          br_if 2 (;@1;)
          local.get 3
          local.get 9
          i32.store offset=8
          local.get 3
          i32.const 8
          i32.add
          local.get 8
          i32.const 2
          i32.shl
          i32.add
          i32.const 4
          i32.add
          i32.const 1
          i32.store
          local.get 3
          i32.load offset=8
          local.set 8
        end
        i32.const 0
        local.set 0
        local.get 8
        i32.eqz
        br_if 0 (;@2;)
        local.get 3
        i32.const 8
        i32.add
        local.get 8
        i32.const 2
        i32.shl
        i32.add
        local.set 4
        loop  ;; label = @3
          block  ;; label = @4
            local.get 4
            i32.load
            i32.eqz
            br_if 0 (;@4;)
            local.get 8
            local.set 0
            br 2 (;@2;)
          end
          local.get 3
          local.get 8
          i32.const -1
          i32.add
          local.tee 8
          i32.store offset=8
          local.get 4
          i32.const -4
          i32.add
          local.set 4
          local.get 8
          br_if 0 (;@3;)
        end
      end
      block  ;; label = @2
        local.get 0
        local.get 5
        i32.ne
        br_if 0 (;@2;)
        local.get 5
        i32.const 1
        i32.add
        local.set 10
        local.get 2
        local.get 5
        i32.const 2
        i32.shl
        local.tee 0
        i32.add
        local.set 4
        local.get 3
        i32.const 8
        i32.add
        local.get 0
        i32.add
        local.set 0
        loop  ;; label = @3
          block  ;; label = @4
            local.get 10
            i32.const -1
            i32.add
            local.tee 10
            br_if 0 (;@4;)
            i32.const 0
            local.set 4
            br 3 (;@1;)
          end
          local.get 4
          i32.load
          local.set 1
          local.get 0
          i32.load
          local.set 12
          local.get 0
          i32.const -4
          i32.add
          local.set 0
          local.get 4
          i32.const -4
          i32.add
          local.set 4
          local.get 12
          local.get 1
          i32.eq
          br_if 0 (;@3;)
        end
        i32.const -1
        i32.const 1
        local.get 12
        local.get 1
        i32.lt_u
        select
        local.set 4
        br 1 (;@1;)
      end
      i32.const -1
      i32.const 1
      local.get 0
      local.get 5
      i32.lt_u
      select
      local.set 4
    end
    local.get 3
    i32.const 544
    i32.add
    global.set $__stack_pointer
    local.get 4)
  (func $big_sub (type 9) (param i32 i32)
    (local i32 i32 i32 i64 i64 i32)
    block  ;; label = @1
      local.get 0
      i32.load
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      i32.const 4
      i32.add
      local.set 2
      local.get 0
      i32.const 4
      i32.add
      local.set 3
      i32.const 0
      local.set 4
      i64.const 0
      local.set 5
      loop  ;; label = @2
        local.get 3
        i64.load32_u
        local.set 6
        i32.const 0
        local.set 7
        block  ;; label = @3
          local.get 4
          local.get 1
          i32.load
          i32.ge_u
          br_if 0 (;@3;)
          local.get 2
          i32.load
          local.set 7
        end
        local.get 3
        local.get 5
        local.get 6
        i64.add
        local.get 7
        i64.extend_i32_u
        i64.sub
        local.tee 5
        i64.store32
        local.get 2
        i32.const 4
        i32.add
        local.set 2
        local.get 3
        i32.const 4
        i32.add
        local.set 3
        local.get 5
        i64.const 63
        i64.shr_s
        local.set 5
        local.get 4
        i32.const 1
        i32.add
        local.tee 4
        local.get 0
        i32.load
        local.tee 7
        i32.lt_u
        br_if 0 (;@2;)
      end
      local.get 7
      i32.eqz
      br_if 0 (;@1;)
      local.get 7
      i32.const -1
      i32.add
      local.set 4
      local.get 0
      local.get 7
      i32.const 2
      i32.shl
      i32.add
      local.set 3
      loop  ;; label = @2
        local.get 3
        i32.load
        br_if 1 (;@1;)
        local.get 0
        local.get 4
        i32.store
        local.get 3
        i32.const -4
        i32.add
        local.set 3
        local.get 4
        i32.const -1
        i32.add
        local.tee 4
        i32.const -1
        i32.ne
        br_if 0 (;@2;)
      end
    end)
  (func $big_is_zero (type 4) (param i32) (result i32)
    local.get 0
    i32.load
    i32.eqz)
  (func $rt_class_new (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 32
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.load offset=8
        local.tee 3
        i32.eqz
        br_if 0 (;@2;)
        local.get 1
        i32.const 16
        i32.add
        local.set 4
        i32.const 0
        local.set 5
        loop  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  local.get 4
                  local.get 5
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load
                  local.tee 6
                  br_if 0 (;@7;)
                  i32.const 66346
                  local.set 7
                  br 1 (;@6;)
                end
                block  ;; label = @7
                  local.get 6
                  i32.load8_u
                  local.tee 7
                  i32.const 18
                  i32.ne
                  br_if 0 (;@7;)
                  local.get 4
                  local.set 7
                  local.get 5
                  local.set 8
                  local.get 5
                  br_if 2 (;@5;)
                  br 3 (;@4;)
                end
                i32.const 65601
                i32.const 66346
                local.get 7
                i32.const 16
                i32.eq
                select
                local.set 7
              end
              i32.const 47
              local.get 7
              call $rt_raise_cstr
              i32.const 0
              local.set 7
              br 4 (;@1;)
            end
            block  ;; label = @5
              loop  ;; label = @6
                local.get 7
                i32.load
                local.get 6
                i32.eq
                br_if 1 (;@5;)
                local.get 7
                i32.const 4
                i32.add
                local.set 7
                local.get 8
                i32.const -1
                i32.add
                local.tee 8
                i32.eqz
                br_if 2 (;@4;)
                br 0 (;@6;)
              end
            end
            local.get 2
            local.get 6
            i32.load offset=8
            i32.store
            i32.const 47
            i32.const 66771
            local.get 2
            call $rt_raise_fmt
            i32.const 0
            local.set 7
            br 3 (;@1;)
          end
          local.get 5
          i32.const 1
          i32.add
          local.tee 5
          local.get 3
          i32.ne
          br_if 0 (;@3;)
        end
      end
      i32.const 28
      call $rt_alloc
      local.tee 9
      i32.const 18
      i32.store
      local.get 9
      local.get 1
      i32.store offset=24
      local.get 9
      local.get 0
      i32.const 16
      i32.add
      i32.store offset=8
      i32.const 0
      local.set 7
      i32.const 0
      local.set 8
      block  ;; label = @2
        local.get 1
        i32.load offset=8
        i32.eqz
        br_if 0 (;@2;)
        local.get 1
        i32.load offset=16
        local.set 8
      end
      local.get 9
      local.get 8
      i32.store offset=12
      local.get 9
      call $rt_dict_new
      i32.store offset=16
      i32.const 1
      local.set 10
      local.get 1
      i32.load offset=8
      i32.const 1
      i32.add
      local.tee 11
      i32.const 2
      i32.shl
      local.tee 8
      call $rt_alloc
      local.set 12
      local.get 8
      call $rt_alloc
      local.set 13
      local.get 8
      call $rt_alloc
      local.set 14
      block  ;; label = @2
        local.get 1
        i32.load offset=8
        i32.eqz
        br_if 0 (;@2;)
        i32.const 0
        local.set 15
        loop  ;; label = @3
          i32.const 1024
          call $rt_alloc
          local.set 7
          local.get 1
          local.get 15
          i32.const 2
          i32.shl
          local.tee 0
          i32.add
          i32.const 16
          i32.add
          i32.load
          local.set 8
          call $rt_object_class
          local.set 6
          block  ;; label = @4
            block  ;; label = @5
              local.get 8
              br_if 0 (;@5;)
              i32.const 0
              local.set 4
              br 1 (;@4;)
            end
            i32.const 0
            local.set 4
            local.get 6
            local.get 8
            i32.eq
            br_if 0 (;@4;)
            block  ;; label = @5
              local.get 8
              i32.load
              i32.const 511
              i32.and
              i32.const 18
              i32.eq
              br_if 0 (;@5;)
              i32.const 0
              local.set 6
              local.get 7
              local.set 5
              loop  ;; label = @6
                local.get 5
                local.get 8
                i32.store
                local.get 6
                i32.const 1
                i32.add
                local.set 4
                local.get 8
                call $rt_class_base
                local.tee 8
                i32.eqz
                br_if 2 (;@4;)
                local.get 5
                i32.const 4
                i32.add
                local.set 5
                local.get 6
                i32.const 255
                i32.lt_u
                local.set 3
                local.get 4
                local.set 6
                local.get 3
                br_if 0 (;@6;)
                br 2 (;@4;)
              end
            end
            local.get 8
            i32.const 20
            i32.add
            i32.load
            local.tee 8
            i32.const 16
            i32.add
            local.set 7
            local.get 8
            i32.load offset=8
            local.set 4
          end
          local.get 4
          i32.const 2
          i32.shl
          i32.const 4
          i32.add
          call $rt_alloc
          local.tee 5
          local.set 8
          local.get 4
          local.set 6
          block  ;; label = @4
            local.get 4
            i32.eqz
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 8
              local.get 7
              i32.load
              i32.store
              local.get 7
              i32.const 4
              i32.add
              local.set 7
              local.get 8
              i32.const 4
              i32.add
              local.set 8
              local.get 6
              i32.const -1
              i32.add
              local.tee 6
              br_if 0 (;@5;)
            end
          end
          local.get 13
          local.get 0
          i32.add
          local.get 4
          i32.store
          local.get 14
          local.get 0
          i32.add
          i32.const 0
          i32.store
          local.get 12
          local.get 0
          i32.add
          local.get 5
          i32.store
          local.get 15
          i32.const 1
          i32.add
          local.tee 15
          local.get 1
          i32.load offset=8
          local.tee 7
          i32.lt_u
          br_if 0 (;@3;)
        end
      end
      local.get 13
      local.get 7
      i32.const 2
      i32.shl
      local.tee 8
      i32.add
      local.get 7
      i32.store
      local.get 12
      local.get 8
      i32.add
      local.get 1
      i32.const 16
      i32.add
      i32.store
      local.get 14
      local.get 1
      i32.load offset=8
      i32.const 2
      i32.shl
      i32.add
      i32.const 0
      i32.store
      i32.const 1024
      call $rt_alloc
      local.tee 15
      local.get 9
      i32.store
      block  ;; label = @2
        block  ;; label = @3
          local.get 11
          i32.eqz
          br_if 0 (;@3;)
          i32.const 1
          local.set 10
          block  ;; label = @4
            loop  ;; label = @5
              i32.const 0
              local.set 3
              i32.const 1
              local.set 4
              loop  ;; label = @6
                local.get 14
                local.get 3
                i32.const 2
                i32.shl
                local.tee 6
                i32.add
                local.set 7
                local.get 13
                local.get 6
                i32.add
                local.set 8
                local.get 12
                local.get 6
                i32.add
                local.set 6
                loop  ;; label = @7
                  block  ;; label = @8
                    local.get 7
                    i32.load
                    local.tee 5
                    local.get 8
                    i32.load
                    i32.ge_u
                    br_if 0 (;@8;)
                    local.get 6
                    i32.load
                    local.get 5
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load
                    local.set 5
                    i32.const 0
                    local.set 4
                    loop  ;; label = @9
                      i32.const 0
                      local.set 8
                      block  ;; label = @10
                        local.get 14
                        local.get 4
                        i32.const 2
                        i32.shl
                        local.tee 7
                        i32.add
                        i32.load
                        local.tee 6
                        i32.const 1
                        i32.add
                        local.get 13
                        local.get 7
                        i32.add
                        i32.load
                        local.tee 0
                        i32.ge_u
                        br_if 0 (;@10;)
                        local.get 12
                        local.get 7
                        i32.add
                        i32.load
                        local.get 6
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.const 4
                        i32.add
                        local.set 7
                        local.get 6
                        i32.const -1
                        i32.xor
                        local.get 0
                        i32.add
                        local.set 6
                        i32.const 0
                        local.set 8
                        loop  ;; label = @11
                          i32.const 1
                          local.get 8
                          local.get 7
                          i32.load
                          local.get 5
                          i32.eq
                          select
                          local.set 8
                          local.get 7
                          i32.const 4
                          i32.add
                          local.set 7
                          local.get 6
                          i32.const -1
                          i32.add
                          local.tee 6
                          br_if 0 (;@11;)
                        end
                      end
                      block  ;; label = @10
                        local.get 4
                        i32.const 1
                        i32.add
                        local.tee 4
                        local.get 11
                        i32.ge_u
                        br_if 0 (;@10;)
                        local.get 8
                        i32.eqz
                        br_if 1 (;@9;)
                      end
                    end
                    i32.const 0
                    local.set 4
                    i32.const 0
                    local.get 5
                    local.get 8
                    select
                    local.set 6
                    block  ;; label = @9
                      local.get 3
                      i32.const 1
                      i32.add
                      local.tee 3
                      local.get 11
                      i32.ge_u
                      br_if 0 (;@9;)
                      local.get 6
                      i32.eqz
                      br_if 3 (;@6;)
                    end
                    local.get 6
                    i32.eqz
                    br_if 4 (;@4;)
                    local.get 10
                    i32.const 256
                    i32.ge_u
                    br_if 4 (;@4;)
                    local.get 15
                    local.get 10
                    i32.const 2
                    i32.shl
                    i32.add
                    local.get 6
                    i32.store
                    local.get 10
                    i32.const 1
                    i32.add
                    local.set 10
                    local.get 14
                    local.set 7
                    local.get 13
                    local.set 8
                    local.get 11
                    local.set 4
                    local.get 12
                    local.set 5
                    loop  ;; label = @9
                      block  ;; label = @10
                        local.get 7
                        i32.load
                        local.tee 3
                        local.get 8
                        i32.load
                        i32.ge_u
                        br_if 0 (;@10;)
                        local.get 5
                        i32.load
                        local.get 3
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.get 6
                        i32.ne
                        br_if 0 (;@10;)
                        local.get 7
                        local.get 3
                        i32.const 1
                        i32.add
                        i32.store
                      end
                      local.get 7
                      i32.const 4
                      i32.add
                      local.set 7
                      local.get 8
                      i32.const 4
                      i32.add
                      local.set 8
                      local.get 5
                      i32.const 4
                      i32.add
                      local.set 5
                      local.get 4
                      i32.const -1
                      i32.add
                      local.tee 4
                      i32.eqz
                      br_if 4 (;@5;)
                      br 0 (;@9;)
                    end
                  end
                  local.get 7
                  i32.const 4
                  i32.add
                  local.set 7
                  local.get 8
                  i32.const 4
                  i32.add
                  local.set 8
                  local.get 6
                  i32.const 4
                  i32.add
                  local.set 6
                  local.get 3
                  i32.const 1
                  i32.add
                  local.tee 3
                  local.get 11
                  i32.lt_u
                  br_if 0 (;@7;)
                end
              end
            end
            local.get 4
            i32.const 1
            i32.and
            br_if 1 (;@3;)
          end
          i32.const 0
          local.set 7
          local.get 2
          i32.const 24
          i32.add
          i32.const 0
          i32.store
          local.get 2
          i64.const 0
          i64.store offset=16
          local.get 2
          i32.const 16
          i32.add
          i32.const 72396
          call $rt_sb_puts
          block  ;; label = @4
            local.get 1
            i32.load offset=8
            i32.eqz
            br_if 0 (;@4;)
            local.get 1
            i32.const 16
            i32.add
            local.set 8
            loop  ;; label = @5
              block  ;; label = @6
                local.get 7
                i32.eqz
                br_if 0 (;@6;)
                local.get 2
                i32.const 16
                i32.add
                i32.const 72543
                call $rt_sb_puts
              end
              local.get 2
              i32.const 16
              i32.add
              local.get 8
              i32.load
              i32.load offset=8
              call $rt_sb_puts
              local.get 8
              i32.const 4
              i32.add
              local.set 8
              local.get 7
              i32.const 1
              i32.add
              local.tee 7
              local.get 1
              i32.load offset=8
              i32.lt_u
              br_if 0 (;@5;)
            end
          end
          i32.const 47
          local.get 2
          i32.const 16
          i32.add
          call $rt_sb_finish
          call $rt_raise
          i32.const 0
          local.set 7
          br 1 (;@2;)
        end
        local.get 15
        local.get 10
        call $rt_tuple_from_array
        local.set 7
      end
      local.get 9
      local.get 7
      i32.store offset=20
      i32.const 0
      local.get 9
      i32.const 0
      i32.load offset=92836
      select
      local.set 7
    end
    local.get 2
    i32.const 32
    i32.add
    global.set $__stack_pointer
    local.get 7)
  (func $rt_class_derives (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 1024
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    block  ;; label = @1
      block  ;; label = @2
        call $rt_object_class
        local.get 1
        i32.ne
        br_if 0 (;@2;)
        i32.const 1
        local.set 3
        br 1 (;@1;)
      end
      i32.const 0
      local.set 3
      call $rt_object_class
      local.set 4
      local.get 0
      i32.eqz
      br_if 0 (;@1;)
      local.get 4
      local.get 0
      i32.eq
      br_if 0 (;@1;)
      block  ;; label = @2
        block  ;; label = @3
          local.get 0
          i32.load
          i32.const 511
          i32.and
          i32.const 18
          i32.eq
          br_if 0 (;@3;)
          i32.const 0
          local.set 3
          local.get 2
          local.tee 5
          local.set 4
          loop  ;; label = @4
            local.get 4
            local.get 0
            i32.store
            local.get 3
            i32.const 1
            i32.add
            local.set 6
            local.get 0
            call $rt_class_base
            local.tee 0
            i32.eqz
            br_if 2 (;@2;)
            local.get 4
            i32.const 4
            i32.add
            local.set 4
            local.get 3
            i32.const 255
            i32.lt_u
            local.set 7
            local.get 6
            local.set 3
            local.get 7
            br_if 0 (;@4;)
            br 2 (;@2;)
          end
        end
        local.get 0
        i32.const 20
        i32.add
        i32.load
        local.tee 0
        i32.load offset=8
        local.tee 6
        i32.eqz
        br_if 1 (;@1;)
        local.get 0
        i32.const 16
        i32.add
        local.set 5
      end
      block  ;; label = @2
        local.get 5
        i32.load
        local.get 1
        i32.ne
        br_if 0 (;@2;)
        i32.const 1
        local.set 3
        br 1 (;@1;)
      end
      local.get 5
      i32.const 4
      i32.add
      local.set 0
      i32.const 1
      local.set 3
      block  ;; label = @2
        loop  ;; label = @3
          local.get 6
          local.get 3
          local.tee 4
          i32.eq
          br_if 1 (;@2;)
          local.get 4
          i32.const 1
          i32.add
          local.set 3
          local.get 0
          i32.load
          local.set 7
          local.get 0
          i32.const 4
          i32.add
          local.set 0
          local.get 7
          local.get 1
          i32.ne
          br_if 0 (;@3;)
        end
      end
      local.get 4
      local.get 6
      i32.lt_u
      local.set 3
    end
    local.get 2
    i32.const 1024
    i32.add
    global.set $__stack_pointer
    local.get 3)
  (func $rt_instance_cname (type 4) (param i32) (result i32)
    local.get 0
    i32.load offset=8
    i32.load offset=8)
  (func $lookup_c (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 1024
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    call $rt_object_class
    local.set 3
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 0
          i32.eqz
          br_if 0 (;@3;)
          local.get 3
          local.get 0
          i32.ne
          br_if 1 (;@2;)
        end
        local.get 1
        call $rt_cstrlen
        drop
        i32.const 0
        local.set 0
        br 1 (;@1;)
      end
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 0
            i32.load
            i32.const 511
            i32.and
            i32.const 18
            i32.eq
            br_if 0 (;@4;)
            i32.const 0
            local.set 4
            local.get 2
            local.set 3
            block  ;; label = @5
              loop  ;; label = @6
                local.get 3
                local.get 0
                i32.store
                local.get 4
                i32.const 1
                i32.add
                local.set 5
                local.get 0
                call $rt_class_base
                local.tee 0
                i32.eqz
                br_if 1 (;@5;)
                local.get 3
                i32.const 4
                i32.add
                local.set 3
                local.get 4
                i32.const 255
                i32.lt_u
                local.set 6
                local.get 5
                local.set 4
                local.get 6
                br_if 0 (;@6;)
              end
            end
            local.get 2
            local.set 7
            local.get 1
            call $rt_cstrlen
            local.set 8
            br 1 (;@3;)
          end
          local.get 0
          i32.const 20
          i32.add
          i32.load
          local.tee 0
          i32.load offset=8
          local.set 5
          local.get 1
          call $rt_cstrlen
          local.set 8
          local.get 5
          i32.eqz
          br_if 1 (;@2;)
          local.get 0
          i32.const 16
          i32.add
          local.set 7
        end
        i32.const 0
        local.set 6
        block  ;; label = @3
          loop  ;; label = @4
            block  ;; label = @5
              local.get 7
              local.get 6
              i32.const 2
              i32.shl
              i32.add
              i32.load
              local.tee 0
              i32.eqz
              br_if 0 (;@5;)
              local.get 0
              i32.load
              i32.const 511
              i32.and
              i32.const 18
              i32.ne
              br_if 0 (;@5;)
              local.get 0
              i32.load offset=16
              local.tee 0
              i32.load offset=12
              local.tee 4
              i32.eqz
              br_if 0 (;@5;)
              local.get 0
              i32.load offset=24
              local.get 0
              i32.load offset=20
              i32.const 2
              i32.shl
              i32.add
              i32.const 16
              i32.add
              local.set 0
              loop  ;; label = @6
                block  ;; label = @7
                  local.get 0
                  i32.const -4
                  i32.add
                  i32.load
                  local.tee 3
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 3
                  i32.load8_u
                  i32.const 1
                  i32.ne
                  br_if 0 (;@7;)
                  local.get 3
                  i32.load offset=8
                  local.get 8
                  i32.ne
                  br_if 0 (;@7;)
                  local.get 3
                  i32.const 16
                  i32.add
                  local.get 1
                  local.get 8
                  call $memcmp
                  i32.eqz
                  br_if 4 (;@3;)
                end
                local.get 0
                i32.const 16
                i32.add
                local.set 0
                local.get 4
                i32.const -1
                i32.add
                local.tee 4
                br_if 0 (;@6;)
              end
            end
            local.get 6
            i32.const 1
            i32.add
            local.tee 6
            local.get 5
            i32.ne
            br_if 0 (;@4;)
          end
          i32.const 0
          local.set 0
          br 2 (;@1;)
        end
        local.get 0
        i32.load
        local.set 0
        br 1 (;@1;)
      end
      i32.const 0
      local.set 0
    end
    local.get 2
    i32.const 1024
    i32.add
    global.set $__stack_pointer
    local.get 0)
  (func $arity_error (type 9) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 112
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.load offset=28
        local.tee 3
        br_if 0 (;@2;)
        local.get 0
        i32.load offset=12
        local.set 4
        i32.const 0
        local.set 5
        br 1 (;@1;)
      end
      local.get 3
      i32.load offset=8
      local.get 0
      i32.load offset=12
      local.tee 4
      i32.sub
      local.set 5
    end
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.load offset=24
        local.tee 6
        br_if 0 (;@2;)
        i32.const 0
        local.set 6
        br 1 (;@1;)
      end
      local.get 6
      i32.load offset=8
      local.set 6
    end
    local.get 4
    local.get 5
    i32.add
    local.set 4
    local.get 5
    local.get 1
    i32.add
    local.set 5
    local.get 0
    i32.load offset=16
    i32.const 16
    i32.add
    local.set 1
    block  ;; label = @1
      block  ;; label = @2
        local.get 3
        i32.eqz
        br_if 0 (;@2;)
        local.get 4
        local.get 6
        i32.sub
        local.tee 7
        local.get 5
        i32.le_s
        br_if 0 (;@2;)
        i32.const 0
        local.set 0
        local.get 2
        i32.const 104
        i32.add
        i32.const 0
        i32.store
        local.get 2
        i64.const 0
        i64.store offset=96
        local.get 2
        i32.const 96
        i32.add
        local.get 1
        call $rt_sb_puts
        local.get 2
        i32.const 96
        i32.add
        i32.const 72704
        call $rt_sb_puts
        local.get 2
        i32.const 96
        i32.add
        local.get 7
        local.get 5
        i32.sub
        local.tee 6
        i64.extend_i32_s
        call $rt_sb_put_i64
        local.get 2
        i32.const 96
        i32.add
        i32.const 72742
        i32.const 72824
        local.get 6
        i32.const 1
        i32.eq
        select
        call $rt_sb_puts
        block  ;; label = @3
          local.get 6
          i32.const 1
          i32.lt_s
          br_if 0 (;@3;)
          local.get 6
          i32.const -1
          i32.add
          local.set 1
          local.get 3
          local.get 5
          i32.const 2
          i32.shl
          i32.add
          i32.const 16
          i32.add
          local.set 5
          loop  ;; label = @4
            block  ;; label = @5
              local.get 0
              i32.eqz
              br_if 0 (;@5;)
              local.get 2
              i32.const 96
              i32.add
              i32.const 72907
              i32.const 72960
              i32.const 72543
              local.get 1
              local.get 0
              i32.eq
              select
              local.get 6
              i32.const 2
              i32.eq
              select
              call $rt_sb_puts
            end
            local.get 2
            i32.const 96
            i32.add
            i32.const 39
            call $rt_sb_putc
            local.get 2
            i32.const 96
            i32.add
            local.get 5
            i32.load
            local.tee 4
            i32.const 16
            i32.add
            local.get 4
            i32.load offset=8
            call $rt_sb_put
            local.get 2
            i32.const 96
            i32.add
            i32.const 39
            call $rt_sb_putc
            local.get 5
            i32.const 4
            i32.add
            local.set 5
            local.get 6
            local.get 0
            i32.const 1
            i32.add
            local.tee 0
            i32.ne
            br_if 0 (;@4;)
          end
        end
        i32.const 47
        local.get 2
        i32.const 96
        i32.add
        call $rt_sb_finish
        call $rt_raise
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 6
        i32.eqz
        br_if 0 (;@2;)
        local.get 2
        i32.const 72
        i32.add
        local.get 5
        i64.extend_i32_s
        i64.store
        local.get 2
        i32.const 64
        i32.add
        local.get 4
        i64.extend_i32_s
        i64.store
        local.get 2
        i32.const 80
        i32.add
        i32.const 73071
        i32.const 73187
        local.get 5
        i32.const 1
        i32.eq
        select
        i32.store
        local.get 2
        local.get 1
        i32.store offset=48
        local.get 2
        local.get 4
        local.get 6
        i32.sub
        i64.extend_i32_s
        i64.store offset=56
        i32.const 47
        i32.const 72976
        local.get 2
        i32.const 48
        i32.add
        call $rt_raise_fmt
        br 1 (;@1;)
      end
      local.get 2
      i32.const 24
      i32.add
      local.get 5
      i64.extend_i32_s
      i64.store
      local.get 2
      i32.const 32
      i32.add
      i32.const 73071
      i32.const 73187
      local.get 5
      i32.const 1
      i32.eq
      select
      i32.store
      local.get 2
      i32.const 16
      i32.add
      i32.const 73377
      i32.const 73378
      local.get 4
      i32.const 1
      i32.eq
      select
      i32.store
      local.get 2
      local.get 1
      i32.store
      local.get 2
      local.get 4
      i64.extend_i32_s
      i64.store offset=8
      i32.const 47
      i32.const 73265
      local.get 2
      call $rt_raise_fmt
    end
    local.get 2
    i32.const 112
    i32.add
    global.set $__stack_pointer)
  (func $call_function (type 5) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      local.get 0
      i32.load offset=8
      i32.const -1
      i32.gt_s
      br_if 0 (;@1;)
      block  ;; label = @2
        local.get 0
        i32.load offset=32
        i32.const 2
        i32.ne
        br_if 0 (;@2;)
        local.get 0
        i32.load offset=20
        local.get 1
        i32.store offset=12
        i32.const 84476
        return
      end
      block  ;; label = @2
        local.get 1
        i32.load offset=8
        br_if 0 (;@2;)
        i32.const 84476
        return
      end
      i32.const 47
      i32.const 73611
      call $rt_raise_cstr
      i32.const 0
      return
    end
    local.get 0
    i32.load offset=12
    local.set 3
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.load offset=24
        local.tee 4
        br_if 0 (;@2;)
        i32.const 0
        local.set 5
        br 1 (;@1;)
      end
      local.get 4
      i32.load offset=8
      local.set 5
    end
    block  ;; label = @1
      local.get 1
      i32.load offset=8
      local.tee 4
      local.get 3
      i32.eq
      br_if 0 (;@1;)
      block  ;; label = @2
        block  ;; label = @3
          local.get 4
          local.get 3
          i32.gt_s
          br_if 0 (;@3;)
          local.get 4
          local.get 3
          local.get 5
          i32.sub
          i32.ge_s
          br_if 1 (;@2;)
        end
        local.get 0
        local.get 4
        call $arity_error
        i32.const 0
        return
      end
      local.get 3
      call $rt_tuple_new
      local.set 6
      block  ;; label = @2
        local.get 3
        i32.const 1
        i32.lt_s
        br_if 0 (;@2;)
        local.get 0
        i32.load offset=24
        local.get 5
        i32.const 2
        i32.shl
        local.get 3
        i32.const 2
        i32.shl
        i32.sub
        i32.add
        local.set 7
        local.get 1
        i32.load offset=8
        local.set 8
        i32.const 0
        local.set 5
        i32.const 16
        local.set 4
        loop  ;; label = @3
          local.get 6
          local.get 4
          i32.add
          local.get 1
          local.get 7
          local.get 5
          local.get 8
          i32.lt_s
          select
          local.get 4
          i32.add
          i32.load
          i32.store
          local.get 4
          i32.const 4
          i32.add
          local.set 4
          local.get 3
          local.get 5
          i32.const 1
          i32.add
          local.tee 5
          i32.ne
          br_if 0 (;@3;)
        end
      end
      local.get 6
      local.set 1
    end
    block  ;; label = @1
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      block  ;; label = @2
        i32.const 2
        call $rt_gc_frame_push
        local.tee 4
        br_if 0 (;@2;)
        i32.const 0
        return
      end
      local.get 4
      local.get 1
      i32.store offset=4
      local.get 4
      local.get 0
      i32.store
      local.get 0
      local.get 1
      call $rt_ml_apply
      local.set 5
      local.get 4
      call $rt_gc_frame_pop
      local.get 5
      return
    end
    i32.const 1
    call $rt_gc_hold
    local.get 0
    local.get 1
    call $rt_ml_apply
    local.set 4
    i32.const -1
    call $rt_gc_hold
    local.get 4)
  (func $special (type 3) (param i32 i32 i32 i32) (result i32)
    (local i32 i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 4
    global.set $__stack_pointer
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 0
            i32.load8_u
            i32.const -15
            i32.add
            br_table 0 (;@4;) 1 (;@3;) 1 (;@3;) 1 (;@3;) 0 (;@4;) 1 (;@3;)
          end
          local.get 0
          i32.load offset=8
          local.tee 5
          br_if 1 (;@2;)
        end
        i32.const 0
        local.set 6
        local.get 3
        i32.const 0
        i32.store
        br 1 (;@1;)
      end
      i32.const 0
      local.set 6
      local.get 3
      local.get 5
      local.get 1
      call $lookup_c
      local.tee 1
      i32.const 0
      i32.ne
      i32.store
      local.get 1
      i32.eqz
      br_if 0 (;@1;)
      block  ;; label = @2
        local.get 1
        i32.load8_u
        i32.const 16
        i32.eq
        br_if 0 (;@2;)
        local.get 4
        local.get 1
        i32.store
        i32.const 47
        i32.const 72651
        local.get 4
        call $rt_raise_fmt
        br 1 (;@1;)
      end
      i32.const 2
      i32.const 1
      local.get 2
      select
      call $rt_tuple_new
      local.tee 6
      local.get 0
      i32.store offset=16
      block  ;; label = @2
        local.get 2
        i32.eqz
        br_if 0 (;@2;)
        local.get 6
        i32.const 20
        i32.add
        local.get 2
        i32.store
      end
      local.get 1
      local.get 6
      i32.const 0
      call $call_function
      local.set 6
    end
    local.get 4
    i32.const 16
    i32.add
    global.set $__stack_pointer
    local.get 6)
  (func $rt_special_repr_into (type 5) (param i32 i32 i32) (result i32)
    (local i32 i32)
    global.get $__stack_pointer
    i32.const 48
    i32.sub
    local.tee 3
    global.set $__stack_pointer
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        i32.eqz
        br_if 0 (;@2;)
        i32.const 0
        local.set 2
        local.get 1
        i32.const 70821
        i32.const 0
        local.get 3
        i32.const 28
        i32.add
        call $special
        local.set 4
        block  ;; label = @3
          local.get 3
          i32.load offset=28
          i32.eqz
          br_if 0 (;@3;)
          i32.const 0
          i32.load offset=92836
          local.set 1
          i32.const 1
          local.set 2
          local.get 1
          br_if 2 (;@1;)
          i32.const 1
          local.set 2
          block  ;; label = @4
            local.get 4
            i32.load8_u
            i32.const 1
            i32.eq
            br_if 0 (;@4;)
            local.get 3
            local.get 4
            i32.store offset=20
            local.get 3
            i32.const 70821
            i32.store offset=16
            i32.const 47
            i32.const 73703
            local.get 3
            i32.const 16
            i32.add
            call $rt_raise_fmt
            br 3 (;@1;)
          end
          local.get 0
          local.get 4
          i32.const 16
          i32.add
          local.get 4
          i32.load offset=8
          call $rt_sb_put
          br 2 (;@1;)
        end
        local.get 1
        i32.load8_u
        i32.const 15
        i32.eq
        br_if 1 (;@1;)
      end
      i32.const 0
      local.set 2
      local.get 1
      i32.const 70889
      i32.const 0
      local.get 3
      i32.const 28
      i32.add
      call $special
      local.set 4
      block  ;; label = @2
        local.get 3
        i32.load offset=28
        i32.eqz
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=92836
        local.set 1
        i32.const 1
        local.set 2
        local.get 1
        br_if 1 (;@1;)
        i32.const 1
        local.set 2
        block  ;; label = @3
          local.get 4
          i32.load8_u
          i32.const 1
          i32.eq
          br_if 0 (;@3;)
          local.get 3
          local.get 4
          i32.store offset=4
          local.get 3
          i32.const 70889
          i32.store
          i32.const 47
          i32.const 73703
          local.get 3
          call $rt_raise_fmt
          br 2 (;@1;)
        end
        local.get 0
        local.get 4
        i32.const 16
        i32.add
        local.get 4
        i32.load offset=8
        call $rt_sb_put
        br 1 (;@1;)
      end
      local.get 1
      i32.load8_u
      i32.const 19
      i32.ne
      br_if 0 (;@1;)
      local.get 0
      i32.const 73752
      call $rt_sb_puts
      local.get 0
      local.get 1
      i32.load offset=8
      i32.load offset=8
      call $rt_sb_puts
      local.get 0
      i32.const 73763
      call $rt_sb_puts
      i32.const 0
      local.set 2
      loop  ;; label = @2
        local.get 3
        i32.const 32
        i32.add
        local.get 2
        i32.add
        local.get 1
        i32.const 15
        i32.and
        i32.const 73816
        i32.add
        i32.load8_u
        i32.store8
        local.get 2
        i32.const 1
        i32.add
        local.set 2
        local.get 1
        i32.const 15
        i32.gt_u
        local.set 4
        local.get 1
        i32.const 4
        i32.shr_u
        local.set 1
        local.get 4
        br_if 0 (;@2;)
      end
      block  ;; label = @2
        block  ;; label = @3
          local.get 2
          i32.const -1
          i32.add
          i32.const 10
          i32.le_u
          br_if 0 (;@3;)
          local.get 2
          local.set 1
          br 1 (;@2;)
        end
        i32.const 12
        local.set 1
        local.get 3
        i32.const 32
        i32.add
        local.get 2
        i32.add
        i32.const 48
        i32.const 12
        local.get 2
        i32.sub
        memory.fill
      end
      local.get 3
      i32.const 32
      i32.add
      i32.const -1
      i32.add
      local.set 2
      loop  ;; label = @2
        local.get 0
        local.get 2
        local.get 1
        i32.add
        i32.load8_s
        call $rt_sb_putc
        local.get 1
        i32.const -1
        i32.add
        local.tee 1
        br_if 0 (;@2;)
      end
      local.get 0
      i32.const 62
      call $rt_sb_putc
      i32.const 1
      local.set 2
    end
    local.get 3
    i32.const 48
    i32.add
    global.set $__stack_pointer
    local.get 2)
  (func $rt_dict_new (type 2) (result i32)
    (local i32 i32)
    i32.const 36
    call $rt_alloc
    local.tee 0
    i32.const 8
    i32.store
    local.get 0
    i32.const 112
    call $rt_alloc
    local.tee 1
    i32.store offset=24
    local.get 0
    i64.const 30064771077
    i64.store offset=16 align=4
    local.get 1
    i32.const 16
    i32.add
    i64.const -1
    i64.store align=1
    local.get 1
    i32.const 8
    i32.add
    i64.const -1
    i64.store align=1
    local.get 1
    i64.const -1
    i64.store align=1
    local.get 1
    i32.const 24
    i32.add
    i64.const -1
    i64.store align=1
    local.get 0)
  (func $rt_object_class (type 2) (result i32)
    i32.const 81944)
  (func $rt_class_base (type 4) (param i32) (result i32)
    block  ;; label = @1
      local.get 0
      i32.const 81944
      i32.ne
      br_if 0 (;@1;)
      i32.const 0
      return
    end
    block  ;; label = @1
      local.get 0
      i32.const 1
      i32.add
      i32.load8_u
      i32.const 1
      i32.and
      i32.eqz
      br_if 0 (;@1;)
      block  ;; label = @2
        local.get 0
        i32.load offset=4
        local.tee 0
        i32.const 256
        i32.lt_u
        br_if 0 (;@2;)
        i32.const 82040
        i32.const 0
        local.get 0
        i32.const 260
        i32.eq
        select
        return
      end
      local.get 0
      i32.const 73872
      i32.add
      i32.load8_s
      i32.const 28
      i32.mul
      i32.const 82656
      i32.add
      i32.const 0
      local.get 0
      select
      return
    end
    local.get 0
    i32.const 12
    i32.add
    i32.load)
  (func $rt_class_cname (type 4) (param i32) (result i32)
    local.get 0
    i32.load offset=8)
  (func $rt_exc_throw (type 1) (param i32)
    (local i32)
    block  ;; label = @1
      i32.const 0
      i32.load offset=92840
      local.tee 1
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      local.get 0
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=24
      br_if 0 (;@1;)
      local.get 0
      local.get 1
      i32.store offset=24
    end
    i32.const 0
    local.get 0
    i32.store offset=92836)
  (func $rt_raise_obj_arg (type 9) (param i32 i32)
    (local i32 i32 i32)
    i32.const 1
    call $rt_tuple_new
    local.tee 2
    i32.const 0
    local.get 1
    call $rt_tuple_set
    i32.const 40
    call $rt_alloc
    local.tee 3
    local.get 2
    i32.store offset=12
    local.get 3
    i32.const 15
    i32.store
    local.get 3
    i32.const 46
    local.get 0
    local.get 0
    i32.const 64
    i32.gt_u
    select
    i32.const 28
    i32.mul
    local.tee 0
    i32.const 82656
    i32.add
    local.tee 4
    i32.store offset=8
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.const 82657
        i32.add
        i32.load8_u
        i32.const 1
        i32.and
        br_if 0 (;@2;)
        local.get 4
        i32.const 20
        i32.add
        i32.load
        local.tee 0
        i32.load offset=8
        local.tee 1
        i32.eqz
        br_if 1 (;@1;)
        local.get 0
        i32.const 16
        i32.add
        local.set 0
        loop  ;; label = @3
          local.get 0
          i32.load
          local.tee 4
          i32.const 1
          i32.add
          i32.load8_u
          i32.const 1
          i32.and
          br_if 1 (;@2;)
          local.get 0
          i32.const 4
          i32.add
          local.set 0
          local.get 1
          i32.const -1
          i32.add
          local.tee 1
          i32.eqz
          br_if 2 (;@1;)
          br 0 (;@3;)
        end
      end
      local.get 4
      i32.load offset=4
      i32.const -5
      i32.and
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      i32.const 84476
      local.set 0
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 2
            i32.load offset=8
            br_table 2 (;@2;) 0 (;@4;) 1 (;@3;)
          end
          local.get 2
          i32.load offset=16
          local.set 0
          br 1 (;@2;)
        end
        local.get 2
        local.set 0
      end
      local.get 3
      local.get 0
      i32.store offset=32
    end
    local.get 3
    call $rt_exc_throw)
  (func $rt_raise (type 9) (param i32 i32)
    (local i32 i32 i32)
    block  ;; label = @1
      local.get 1
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      local.get 1
      call $rt_raise_obj_arg
      return
    end
    i32.const 0
    call $rt_tuple_new
    local.set 2
    i32.const 40
    call $rt_alloc
    local.tee 3
    local.get 2
    i32.store offset=12
    local.get 3
    i32.const 15
    i32.store
    local.get 3
    i32.const 46
    local.get 0
    local.get 0
    i32.const 64
    i32.gt_u
    select
    i32.const 28
    i32.mul
    local.tee 1
    i32.const 82656
    i32.add
    local.tee 4
    i32.store offset=8
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 82657
        i32.add
        i32.load8_u
        i32.const 1
        i32.and
        br_if 0 (;@2;)
        local.get 4
        i32.const 20
        i32.add
        i32.load
        local.tee 1
        i32.load offset=8
        local.tee 0
        i32.eqz
        br_if 1 (;@1;)
        local.get 1
        i32.const 16
        i32.add
        local.set 1
        loop  ;; label = @3
          local.get 1
          i32.load
          local.tee 4
          i32.const 1
          i32.add
          i32.load8_u
          i32.const 1
          i32.and
          br_if 1 (;@2;)
          local.get 1
          i32.const 4
          i32.add
          local.set 1
          local.get 0
          i32.const -1
          i32.add
          local.tee 0
          i32.eqz
          br_if 2 (;@1;)
          br 0 (;@3;)
        end
      end
      local.get 4
      i32.load offset=4
      i32.const -5
      i32.and
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      i32.const 84476
      local.set 1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 2
            i32.load offset=8
            br_table 2 (;@2;) 0 (;@4;) 1 (;@3;)
          end
          local.get 2
          i32.load offset=16
          local.set 1
          br 1 (;@2;)
        end
        local.get 2
        local.set 1
      end
      local.get 3
      local.get 1
      i32.store offset=32
    end
    local.get 3
    call $rt_exc_throw)
  (func $rt_raise_msg (type 7) (param i32 i32 i32)
    block  ;; label = @1
      local.get 1
      br_if 0 (;@1;)
      local.get 0
      i32.const 0
      call $rt_raise
      return
    end
    local.get 0
    local.get 1
    local.get 2
    call $rt_str_from_bytes
    call $rt_raise)
  (func $rt_raise_cstr (type 9) (param i32 i32)
    block  ;; label = @1
      local.get 1
      br_if 0 (;@1;)
      local.get 0
      i32.const 0
      call $rt_raise
      return
    end
    local.get 0
    local.get 1
    local.get 1
    call $rt_cstrlen
    call $rt_str_from_bytes
    call $rt_raise)
  (func $rt_tb_add (type 1) (param i32)
    (local i32 i32)
    block  ;; label = @1
      i32.const 0
      i32.load offset=92836
      local.tee 1
      i32.eqz
      br_if 0 (;@1;)
      block  ;; label = @2
        local.get 1
        i32.load offset=16
        local.tee 2
        br_if 0 (;@2;)
        local.get 1
        i32.const 4
        call $rt_list_new
        local.tee 2
        i32.store offset=16
      end
      local.get 2
      local.get 0
      call $rt_list_append
    end)
  (func $kind_of (type 4) (param i32) (result i32)
    (local i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.const 1
        i32.add
        i32.load8_u
        i32.const 1
        i32.and
        br_if 0 (;@2;)
        block  ;; label = @3
          local.get 0
          i32.const 20
          i32.add
          i32.load
          local.tee 1
          i32.load offset=8
          local.tee 2
          br_if 0 (;@3;)
          i32.const 4
          return
        end
        local.get 1
        i32.const 16
        i32.add
        local.set 1
        loop  ;; label = @3
          local.get 1
          i32.load
          local.tee 0
          i32.const 1
          i32.add
          i32.load8_u
          i32.const 1
          i32.and
          br_if 1 (;@2;)
          i32.const 4
          local.set 0
          local.get 1
          i32.const 4
          i32.add
          local.set 1
          local.get 2
          i32.const -1
          i32.add
          local.tee 2
          i32.eqz
          br_if 2 (;@1;)
          br 0 (;@3;)
        end
      end
      local.get 0
      i32.load offset=4
      local.set 0
    end
    local.get 0)
  (func $rt_exc_str_into (type 9) (param i32 i32)
    (local i32 i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 1
          i32.const 12
          i32.add
          i32.load
          local.tee 2
          i32.load offset=8
          br_table 2 (;@1;) 0 (;@3;) 1 (;@2;)
        end
        local.get 1
        i32.load offset=8
        local.tee 3
        local.set 4
        block  ;; label = @3
          block  ;; label = @4
            local.get 3
            i32.const 1
            i32.add
            i32.load8_u
            i32.const 1
            i32.and
            br_if 0 (;@4;)
            local.get 3
            i32.const 20
            i32.add
            i32.load
            local.tee 1
            i32.load offset=8
            local.tee 5
            i32.eqz
            br_if 1 (;@3;)
            local.get 1
            i32.const 16
            i32.add
            local.set 1
            loop  ;; label = @5
              local.get 1
              i32.load
              local.tee 4
              i32.const 1
              i32.add
              i32.load8_u
              i32.const 1
              i32.and
              br_if 1 (;@4;)
              local.get 1
              i32.const 4
              i32.add
              local.set 1
              local.get 5
              i32.const -1
              i32.add
              local.tee 5
              i32.eqz
              br_if 2 (;@3;)
              br 0 (;@5;)
            end
          end
          local.get 4
          i32.load offset=4
          i32.const 19
          i32.ne
          br_if 0 (;@3;)
          local.get 3
          i32.const 83188
          call $rt_class_derives
          i32.eqz
          br_if 0 (;@3;)
          local.get 0
          local.get 2
          i32.load offset=16
          call $rt_repr_into
          return
        end
        local.get 0
        local.get 2
        i32.load offset=16
        call $rt_str_into
        return
      end
      local.get 0
      local.get 2
      call $rt_repr_into
    end)
  (func $rt_exc_repr_into (type 9) (param i32 i32)
    (local i32)
    local.get 1
    i32.const 12
    i32.add
    i32.load
    local.set 2
    local.get 0
    local.get 1
    i32.load offset=8
    i32.load offset=8
    call $rt_sb_puts
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 2
          i32.load offset=8
          br_table 1 (;@2;) 0 (;@3;) 2 (;@1;)
        end
        local.get 0
        i32.const 40
        call $rt_sb_putc
        local.get 0
        local.get 2
        i32.load offset=16
        call $rt_repr_into
        local.get 0
        i32.const 41
        call $rt_sb_putc
        return
      end
      local.get 0
      i32.const 70353
      i32.const 2
      call $rt_sb_put
      return
    end
    local.get 0
    local.get 1
    i32.load offset=12
    call $rt_repr_into)
  (func $rt_exc_report (type 6)
    (local i32 i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 0
    global.set $__stack_pointer
    block  ;; label = @1
      block  ;; label = @2
        i32.const 0
        i32.load offset=92836
        local.tee 1
        i32.eqz
        br_if 0 (;@2;)
        call $rt_flush
        i32.const 0
        i32.const 0
        i32.store offset=92836
        block  ;; label = @3
          local.get 1
          i32.load offset=8
          local.tee 2
          call $kind_of
          i32.const 1
          i32.ne
          br_if 0 (;@3;)
          local.get 2
          i32.const 82684
          call $rt_class_derives
          i32.eqz
          br_if 0 (;@3;)
          local.get 1
          i32.load offset=32
          local.tee 1
          i32.const 84476
          i32.eq
          br_if 2 (;@1;)
          block  ;; label = @4
            block  ;; label = @5
              local.get 1
              i32.load8_u
              i32.const -2
              i32.add
              br_table 0 (;@5;) 1 (;@4;) 0 (;@5;) 1 (;@4;)
            end
            local.get 1
            i32.load offset=8
            call $rt_wasi_proc_exit
            unreachable
          end
          local.get 0
          i32.const 8
          i32.add
          i32.const 0
          i32.store
          local.get 0
          i64.const 0
          i64.store
          local.get 0
          local.get 1
          call $rt_str_into
          local.get 0
          i32.load
          local.get 0
          i32.load offset=4
          call $err
          i32.const 70610
          i32.const 1
          call $err
          i32.const 1
          call $rt_wasi_proc_exit
          unreachable
        end
        local.get 1
        i32.const 0
        call $report_chain
        i32.const 1
        call $rt_wasi_proc_exit
        unreachable
      end
      local.get 0
      i32.const 16
      i32.add
      global.set $__stack_pointer
      return
    end
    i32.const 0
    call $rt_wasi_proc_exit
    unreachable)
  (func $err (type 9) (param i32 i32)
    i32.const 2
    local.get 0
    local.get 1
    call $rt_fd_write_all)
  (func $report_chain (type 9) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
    global.get $__stack_pointer
    i32.const 32
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    block  ;; label = @1
      local.get 1
      i32.const 99
      i32.gt_s
      br_if 0 (;@1;)
      i32.const 74506
      local.set 3
      block  ;; label = @2
        local.get 0
        i32.load offset=20
        local.tee 4
        br_if 0 (;@2;)
        local.get 0
        i32.load offset=24
        local.tee 4
        i32.eqz
        br_if 1 (;@1;)
        local.get 0
        i32.load offset=28
        br_if 1 (;@1;)
        i32.const 74578
        local.set 3
      end
      local.get 4
      local.get 1
      i32.const 1
      i32.add
      call $report_chain
      i32.const 2
      local.get 3
      local.get 3
      call $rt_cstrlen
      call $rt_fd_write_all
    end
    block  ;; label = @1
      local.get 0
      i32.load offset=16
      local.tee 5
      i32.eqz
      br_if 0 (;@1;)
      local.get 5
      i32.load offset=8
      i32.eqz
      br_if 0 (;@1;)
      i32.const 2
      i32.const 74649
      i32.const 74649
      call $rt_cstrlen
      call $rt_fd_write_all
      local.get 5
      i32.load offset=8
      local.tee 6
      i32.eqz
      br_if 0 (;@1;)
      local.get 2
      i32.const 8
      i32.add
      local.set 7
      local.get 2
      i32.const 24
      i32.add
      local.set 8
      i32.const 0
      local.set 4
      i32.const 0
      local.set 9
      loop  ;; label = @2
        local.get 9
        local.set 3
        local.get 5
        i32.load offset=16
        local.get 6
        i32.const -1
        i32.add
        local.tee 6
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 1
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                local.get 4
                i32.eqz
                br_if 0 (;@6;)
                local.get 4
                i32.load offset=4
                local.get 1
                i32.load offset=4
                i32.ne
                br_if 0 (;@6;)
                local.get 4
                i32.load offset=8
                local.tee 10
                local.get 1
                i32.load offset=8
                local.tee 11
                i32.eq
                br_if 1 (;@5;)
                block  ;; label = @7
                  local.get 10
                  i32.load
                  local.tee 9
                  local.get 11
                  i32.load
                  local.tee 12
                  i32.eq
                  br_if 0 (;@7;)
                  local.get 9
                  i32.eqz
                  br_if 1 (;@6;)
                  local.get 12
                  i32.eqz
                  br_if 1 (;@6;)
                  local.get 9
                  i32.load offset=8
                  local.tee 13
                  local.get 12
                  i32.load offset=8
                  i32.ne
                  br_if 1 (;@6;)
                  local.get 13
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 9
                  i32.load8_u offset=16
                  local.get 12
                  i32.load8_u offset=16
                  i32.ne
                  br_if 1 (;@6;)
                  local.get 13
                  i32.const -1
                  i32.add
                  local.set 14
                  local.get 9
                  i32.const 17
                  i32.add
                  local.set 15
                  local.get 12
                  i32.const 17
                  i32.add
                  local.set 16
                  i32.const 0
                  local.set 9
                  loop  ;; label = @8
                    local.get 14
                    local.get 9
                    i32.eq
                    br_if 1 (;@7;)
                    local.get 16
                    local.get 9
                    i32.add
                    local.set 12
                    local.get 15
                    local.get 9
                    i32.add
                    local.set 17
                    local.get 9
                    i32.const 1
                    i32.add
                    local.set 9
                    local.get 17
                    i32.load8_u
                    local.get 12
                    i32.load8_u
                    i32.eq
                    br_if 0 (;@8;)
                  end
                  local.get 9
                  local.get 13
                  i32.lt_u
                  br_if 1 (;@6;)
                end
                local.get 10
                i32.load offset=4
                local.tee 9
                local.get 11
                i32.load offset=4
                local.tee 10
                i32.eq
                br_if 1 (;@5;)
                local.get 9
                i32.eqz
                br_if 0 (;@6;)
                local.get 10
                i32.eqz
                br_if 0 (;@6;)
                local.get 9
                i32.load offset=8
                local.tee 15
                local.get 10
                i32.load offset=8
                i32.ne
                br_if 0 (;@6;)
                local.get 15
                i32.eqz
                br_if 1 (;@5;)
                local.get 9
                i32.load8_u offset=16
                local.get 10
                i32.load8_u offset=16
                i32.ne
                br_if 0 (;@6;)
                local.get 15
                i32.const -1
                i32.add
                local.set 12
                local.get 9
                i32.const 17
                i32.add
                local.set 17
                local.get 10
                i32.const 17
                i32.add
                local.set 14
                i32.const 0
                local.set 9
                loop  ;; label = @7
                  local.get 12
                  local.get 9
                  i32.eq
                  br_if 2 (;@5;)
                  local.get 14
                  local.get 9
                  i32.add
                  local.set 10
                  local.get 17
                  local.get 9
                  i32.add
                  local.set 11
                  local.get 9
                  i32.const 1
                  i32.add
                  local.set 9
                  local.get 11
                  i32.load8_u
                  local.get 10
                  i32.load8_u
                  i32.eq
                  br_if 0 (;@7;)
                end
                local.get 9
                local.get 15
                i32.ge_u
                br_if 1 (;@5;)
              end
              i32.const 1
              local.set 9
              local.get 1
              local.set 4
              local.get 3
              i32.const 4
              i32.lt_u
              br_if 1 (;@4;)
              i32.const 2
              i32.const 74717
              i32.const 74717
              call $rt_cstrlen
              call $rt_fd_write_all
              local.get 7
              i32.const 0
              i32.store
              local.get 2
              i64.const 0
              i64.store
              local.get 2
              local.get 3
              i32.const -3
              i32.add
              local.tee 3
              i64.extend_i32_u
              call $rt_sb_put_i64
              i32.const 2
              local.get 2
              i32.load
              local.get 2
              i32.load offset=4
              call $rt_fd_write_all
              i32.const 1
              local.set 9
              i32.const 74744
              i32.const 74758
              local.get 3
              i32.const 1
              i32.gt_u
              select
              local.set 3
              i32.const 2
              local.get 3
              local.get 3
              call $rt_cstrlen
              call $rt_fd_write_all
              local.get 1
              local.set 4
              br 1 (;@4;)
            end
            local.get 3
            i32.const 1
            i32.add
            local.tee 9
            i32.const 3
            i32.gt_u
            br_if 1 (;@3;)
          end
          i32.const 2
          i32.const 74685
          i32.const 74685
          call $rt_cstrlen
          call $rt_fd_write_all
          i32.const 2
          local.get 1
          i32.load offset=8
          i32.load
          local.tee 3
          i32.const 16
          i32.add
          local.get 3
          i32.load offset=8
          call $rt_fd_write_all
          i32.const 2
          i32.const 74694
          i32.const 74694
          call $rt_cstrlen
          call $rt_fd_write_all
          local.get 1
          i64.load32_u offset=4
          local.set 18
          local.get 7
          i32.const 0
          i32.store
          local.get 2
          i64.const 0
          i64.store
          local.get 2
          local.get 18
          call $rt_sb_put_i64
          i32.const 2
          local.get 2
          i32.load
          local.get 2
          i32.load offset=4
          call $rt_fd_write_all
          i32.const 2
          i32.const 74703
          i32.const 74703
          call $rt_cstrlen
          call $rt_fd_write_all
          i32.const 2
          local.get 1
          i32.load offset=8
          i32.load offset=4
          local.tee 3
          i32.const 16
          i32.add
          local.get 3
          i32.load offset=8
          call $rt_fd_write_all
          i32.const 2
          i32.const 70610
          i32.const 70610
          call $rt_cstrlen
          call $rt_fd_write_all
          local.get 1
          i32.load offset=12
          local.tee 3
          i32.eqz
          br_if 0 (;@3;)
          local.get 3
          i32.load
          i32.eqz
          br_if 0 (;@3;)
          i32.const 2
          i32.const 74709
          i32.const 74709
          call $rt_cstrlen
          call $rt_fd_write_all
          i32.const 2
          local.get 1
          i32.load offset=12
          local.tee 3
          i32.const 4
          i32.add
          local.get 3
          i32.load
          call $rt_fd_write_all
          i32.const 2
          i32.const 70610
          i32.const 70610
          call $rt_cstrlen
          call $rt_fd_write_all
          local.get 1
          i32.load16_u offset=22
          i32.eqz
          br_if 0 (;@3;)
          local.get 1
          i32.load16_u offset=16
          local.set 10
          local.get 8
          i64.const 2314885530818453536
          i64.store
          local.get 2
          i32.const 16
          i32.add
          local.tee 11
          i64.const 2314885530818453536
          i64.store
          local.get 2
          i64.const 2314885530818453536
          i64.store offset=8
          local.get 2
          i64.const 2314885530818453536
          i64.store
          local.get 10
          i32.const 4
          i32.add
          local.set 3
          block  ;; label = @4
            local.get 10
            i32.const 29
            i32.lt_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              i32.const 2
              local.get 2
              i32.const 32
              call $rt_fd_write_all
              local.get 3
              i32.const -32
              i32.add
              local.tee 3
              i32.const 32
              i32.gt_u
              br_if 0 (;@5;)
            end
          end
          i32.const 2
          local.get 2
          local.get 3
          call $rt_fd_write_all
          block  ;; label = @4
            block  ;; label = @5
              local.get 1
              i32.load16_u offset=18
              local.tee 3
              local.get 1
              i32.load16_u offset=20
              i32.ne
              br_if 0 (;@5;)
              local.get 1
              i32.load16_u offset=16
              local.set 3
              local.get 1
              i32.load16_u offset=22
              local.set 1
              local.get 8
              i64.const 6799976246779207262
              i64.store
              local.get 11
              i64.const 6799976246779207262
              i64.store
              local.get 2
              i64.const 6799976246779207262
              i64.store offset=8
              local.get 2
              i64.const 6799976246779207262
              i64.store
              block  ;; label = @6
                local.get 1
                local.get 3
                i32.sub
                local.tee 1
                i32.const 33
                i32.lt_u
                br_if 0 (;@6;)
                loop  ;; label = @7
                  i32.const 2
                  local.get 2
                  i32.const 32
                  call $rt_fd_write_all
                  local.get 1
                  i32.const -32
                  i32.add
                  local.tee 1
                  i32.const 32
                  i32.gt_u
                  br_if 0 (;@7;)
                end
              end
              i32.const 2
              local.get 2
              local.get 1
              call $rt_fd_write_all
              br 1 (;@4;)
            end
            local.get 1
            i32.load16_u offset=16
            local.set 10
            local.get 8
            i64.const 9114861777597660798
            i64.store
            local.get 11
            i64.const 9114861777597660798
            i64.store
            local.get 2
            i64.const 9114861777597660798
            i64.store offset=8
            local.get 2
            i64.const 9114861777597660798
            i64.store
            block  ;; label = @5
              local.get 3
              local.get 10
              i32.sub
              local.tee 3
              i32.const 33
              i32.lt_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                i32.const 2
                local.get 2
                i32.const 32
                call $rt_fd_write_all
                local.get 3
                i32.const -32
                i32.add
                local.tee 3
                i32.const 32
                i32.gt_u
                br_if 0 (;@6;)
              end
            end
            i32.const 2
            local.get 2
            local.get 3
            call $rt_fd_write_all
            local.get 1
            i32.load16_u offset=18
            local.set 3
            local.get 1
            i32.load16_u offset=20
            local.set 10
            local.get 8
            i64.const 6799976246779207262
            i64.store
            local.get 11
            i64.const 6799976246779207262
            i64.store
            local.get 2
            i64.const 6799976246779207262
            i64.store offset=8
            local.get 2
            i64.const 6799976246779207262
            i64.store
            block  ;; label = @5
              local.get 10
              local.get 3
              i32.sub
              local.tee 3
              i32.const 33
              i32.lt_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                i32.const 2
                local.get 2
                i32.const 32
                call $rt_fd_write_all
                local.get 3
                i32.const -32
                i32.add
                local.tee 3
                i32.const 32
                i32.gt_u
                br_if 0 (;@6;)
              end
            end
            i32.const 2
            local.get 2
            local.get 3
            call $rt_fd_write_all
            local.get 1
            i32.load16_u offset=20
            local.set 3
            local.get 1
            i32.load16_u offset=22
            local.set 1
            local.get 8
            i64.const 9114861777597660798
            i64.store
            local.get 11
            i64.const 9114861777597660798
            i64.store
            local.get 2
            i64.const 9114861777597660798
            i64.store offset=8
            local.get 2
            i64.const 9114861777597660798
            i64.store
            block  ;; label = @5
              local.get 1
              local.get 3
              i32.sub
              local.tee 1
              i32.const 33
              i32.lt_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                i32.const 2
                local.get 2
                i32.const 32
                call $rt_fd_write_all
                local.get 1
                i32.const -32
                i32.add
                local.tee 1
                i32.const 32
                i32.gt_u
                br_if 0 (;@6;)
              end
            end
            i32.const 2
            local.get 2
            local.get 1
            call $rt_fd_write_all
          end
          i32.const 2
          i32.const 70610
          i32.const 70610
          call $rt_cstrlen
          call $rt_fd_write_all
        end
        local.get 6
        br_if 0 (;@2;)
      end
      local.get 9
      i32.const 3
      i32.le_u
      br_if 0 (;@1;)
      i32.const 2
      i32.const 74717
      i32.const 74717
      call $rt_cstrlen
      call $rt_fd_write_all
      local.get 2
      i32.const 8
      i32.add
      i32.const 0
      i32.store
      local.get 2
      i64.const 0
      i64.store
      local.get 2
      local.get 9
      i32.const -3
      i32.add
      local.tee 1
      i64.extend_i32_u
      call $rt_sb_put_i64
      i32.const 2
      local.get 2
      i32.load
      local.get 2
      i32.load offset=4
      call $rt_fd_write_all
      i32.const 74744
      i32.const 74758
      local.get 1
      i32.const 1
      i32.gt_u
      select
      local.set 1
      i32.const 2
      local.get 1
      local.get 1
      call $rt_cstrlen
      call $rt_fd_write_all
    end
    local.get 0
    i32.load offset=8
    i32.load offset=8
    local.set 1
    i32.const 2
    local.get 1
    local.get 1
    call $rt_cstrlen
    call $rt_fd_write_all
    local.get 2
    i32.const 8
    i32.add
    i32.const 0
    i32.store
    local.get 2
    i64.const 0
    i64.store
    local.get 2
    local.get 0
    call $rt_exc_str_into
    block  ;; label = @1
      local.get 2
      i32.load offset=4
      i32.eqz
      br_if 0 (;@1;)
      i32.const 2
      i32.const 74714
      i32.const 2
      call $rt_fd_write_all
      i32.const 2
      local.get 2
      i32.load
      local.get 2
      i32.load offset=4
      call $rt_fd_write_all
    end
    i32.const 2
    i32.const 70610
    i32.const 1
    call $rt_fd_write_all
    local.get 2
    i32.const 32
    i32.add
    global.set $__stack_pointer)
  (func $rt_fatal_memory (type 6)
    call $rt_flush
    i32.const 70829
    call $err_c
    i32.const 1
    call $rt_wasi_proc_exit
    unreachable)
  (func $err_c (type 1) (param i32)
    i32.const 2
    local.get 0
    local.get 0
    call $rt_cstrlen
    call $rt_fd_write_all)
  (func $rt_dtoa_shortest (type 11) (param f64 i32 i32) (result i32)
    (local i32 i64 i64 i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 2144
    i32.sub
    local.tee 3
    global.set $__stack_pointer
    local.get 3
    i32.const 1608
    i32.add
    local.get 0
    i64.reinterpret_f64
    local.tee 4
    i64.const 4503599627370495
    i64.and
    local.tee 5
    i64.const 4503599627370496
    i64.or
    local.get 5
    local.get 4
    i64.const 52
    i64.shr_u
    i32.wrap_i64
    i32.const 2047
    i32.and
    local.tee 6
    select
    local.tee 4
    call $big_set_u64
    local.get 4
    i64.const 4503599627370496
    i64.eq
    local.get 6
    i32.const -1075
    i32.add
    i32.const -1074
    local.get 6
    select
    local.tee 6
    i32.const -1074
    i32.gt_s
    i32.and
    local.set 7
    block  ;; label = @1
      block  ;; label = @2
        local.get 6
        i32.const 0
        i32.lt_s
        br_if 0 (;@2;)
        local.get 3
        i32.const 1608
        i32.add
        local.get 6
        local.get 7
        i32.add
        local.tee 8
        i32.const 1
        i32.add
        call $big_shl
        local.get 3
        i32.const 1072
        i32.add
        i32.const 2
        local.get 7
        i32.shl
        i64.extend_i32_u
        call $big_set_u64
        local.get 3
        i32.const 536
        i32.add
        i64.const 1
        call $big_set_u64
        local.get 3
        i32.const 536
        i32.add
        local.get 8
        call $big_shl
        local.get 3
        i64.const 1
        call $big_set_u64
        local.get 3
        local.get 6
        call $big_shl
        br 1 (;@1;)
      end
      local.get 3
      i32.const 1608
      i32.add
      i32.const 2
      i32.const 1
      local.get 7
      select
      call $big_shl
      local.get 3
      i32.const 1072
      i32.add
      i64.const 1
      call $big_set_u64
      local.get 3
      i32.const 1072
      i32.add
      local.get 7
      local.get 6
      i32.sub
      i32.const 1
      i32.add
      call $big_shl
      local.get 3
      i32.const 536
      i32.add
      i32.const 1
      local.get 7
      i32.shl
      i64.extend_i32_u
      call $big_set_u64
      local.get 3
      i64.const 1
      call $big_set_u64
    end
    block  ;; label = @1
      block  ;; label = @2
        local.get 6
        local.get 4
        i64.clz
        i32.wrap_i64
        i32.sub
        i32.const 63
        i32.add
        f64.convert_i32_s
        f64.const 0x1.34413509f79fep-2 (;=0.30103;)
        f64.mul
        f64.const -0x1.b7cdfd9d7bdbbp-34 (;=-1e-10;)
        f64.add
        local.tee 0
        local.get 0
        i32.trunc_sat_f64_s
        local.tee 6
        f64.convert_i32_s
        f64.gt
        local.get 6
        i32.add
        local.tee 9
        i32.const 0
        i32.lt_s
        br_if 0 (;@2;)
        local.get 3
        i32.const 1072
        i32.add
        local.get 9
        call $big_mul_pow10
        br 1 (;@1;)
      end
      local.get 3
      i32.const 1608
      i32.add
      i32.const 0
      local.get 9
      i32.sub
      local.tee 6
      call $big_mul_pow10
      local.get 3
      i32.const 536
      i32.add
      local.get 6
      call $big_mul_pow10
      local.get 3
      local.get 6
      call $big_mul_pow10
    end
    local.get 4
    i64.const 1
    i64.and
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 3
          i32.const 1608
          i32.add
          local.get 3
          i32.const 536
          i32.add
          local.get 3
          i32.const 1072
          i32.add
          call $big_cmp_sum
          local.tee 6
          i32.const 0
          i32.gt_s
          br_if 0 (;@3;)
          local.get 4
          i64.const 0
          i64.ne
          br_if 1 (;@2;)
          local.get 6
          br_if 1 (;@2;)
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        br 1 (;@1;)
      end
      local.get 3
      i32.const 1608
      i32.add
      i32.const 10
      call $big_mul_small
      local.get 3
      i32.const 536
      i32.add
      i32.const 10
      call $big_mul_small
      local.get 3
      i32.const 10
      call $big_mul_small
    end
    i32.const 0
    local.set 7
    block  ;; label = @1
      block  ;; label = @2
        loop  ;; label = @3
          i32.const 0
          local.set 6
          block  ;; label = @4
            local.get 3
            i32.const 1608
            i32.add
            local.get 3
            i32.const 1072
            i32.add
            call $big_cmp
            i32.const 0
            i32.lt_s
            br_if 0 (;@4;)
            i32.const 0
            local.set 6
            loop  ;; label = @5
              local.get 6
              i32.const 1
              i32.add
              local.set 6
              local.get 3
              i32.const 1608
              i32.add
              local.get 3
              i32.const 1072
              i32.add
              call $big_sub
              local.get 3
              i32.const 1608
              i32.add
              local.get 3
              i32.const 1072
              i32.add
              call $big_cmp
              i32.const -1
              i32.gt_s
              br_if 0 (;@5;)
            end
          end
          local.get 3
          i32.const 1608
          i32.add
          local.get 3
          call $big_cmp
          local.set 8
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  local.get 3
                  i32.const 1608
                  i32.add
                  local.get 3
                  i32.const 536
                  i32.add
                  local.get 3
                  i32.const 1072
                  i32.add
                  call $big_cmp_sum
                  local.tee 10
                  br_if 0 (;@7;)
                  local.get 4
                  i64.const 0
                  i64.ne
                  br_if 0 (;@7;)
                  local.get 8
                  i32.const 0
                  i32.gt_s
                  local.set 8
                  br 1 (;@6;)
                end
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 8
                    i32.const 0
                    i32.lt_s
                    br_if 0 (;@8;)
                    local.get 8
                    i32.eqz
                    local.get 4
                    i64.eqz
                    i32.and
                    i32.eqz
                    br_if 1 (;@7;)
                  end
                  i32.const 0
                  local.set 11
                  local.get 3
                  i32.const 1608
                  i32.add
                  call $big_is_zero
                  br_if 5 (;@2;)
                  i32.const 1
                  local.set 8
                  local.get 10
                  i32.const 1
                  i32.lt_s
                  br_if 5 (;@2;)
                  local.get 3
                  i32.const 1608
                  i32.add
                  local.get 3
                  i32.const 1608
                  i32.add
                  local.get 3
                  i32.const 1072
                  i32.add
                  call $big_cmp_sum
                  local.tee 10
                  i32.const 0
                  i32.gt_s
                  br_if 1 (;@6;)
                  local.get 10
                  i32.eqz
                  local.get 6
                  i32.and
                  local.set 8
                  br 1 (;@6;)
                end
                i32.const 1
                local.set 8
                local.get 10
                i32.const 1
                i32.lt_s
                br_if 1 (;@5;)
              end
              block  ;; label = @6
                local.get 8
                br_if 0 (;@6;)
                local.get 8
                local.set 11
                br 4 (;@2;)
              end
              local.get 8
              local.set 11
              local.get 6
              i32.const 9
              i32.ne
              br_if 3 (;@2;)
              loop  ;; label = @6
                local.get 7
                i32.const 1
                i32.lt_s
                br_if 2 (;@4;)
                local.get 1
                local.get 7
                i32.add
                local.set 6
                local.get 7
                i32.const -1
                i32.add
                local.tee 8
                local.set 7
                local.get 6
                i32.const -1
                i32.add
                i32.load8_u
                local.tee 6
                i32.const 57
                i32.eq
                br_if 0 (;@6;)
              end
              local.get 1
              local.get 8
              i32.add
              local.get 6
              i32.const 1
              i32.add
              i32.store8
              local.get 8
              i32.const 1
              i32.add
              local.set 6
              br 4 (;@1;)
            end
            local.get 1
            local.get 7
            i32.add
            local.get 6
            i32.const 48
            i32.add
            i32.store8
            local.get 3
            i32.const 1608
            i32.add
            i32.const 10
            call $big_mul_small
            local.get 3
            i32.const 536
            i32.add
            i32.const 10
            call $big_mul_small
            local.get 3
            i32.const 10
            call $big_mul_small
            local.get 7
            i32.const 1
            i32.add
            local.set 7
            br 1 (;@3;)
          end
        end
        local.get 1
        i32.const 49
        i32.store8
        i32.const 1
        local.set 6
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        br 1 (;@1;)
      end
      local.get 1
      local.get 7
      i32.add
      local.get 6
      local.get 11
      i32.add
      i32.const 48
      i32.add
      i32.store8
      local.get 7
      i32.const 1
      i32.add
      local.set 6
    end
    local.get 2
    local.get 9
    i32.store
    local.get 3
    i32.const 2144
    i32.add
    global.set $__stack_pointer
    local.get 6)
  (func $rt_format_float (type 12) (param f64 i32) (result i32)
    (local i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 48
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        local.get 0
        f64.eq
        br_if 0 (;@2;)
        i32.const 110
        local.set 3
        i32.const 1
        local.set 4
        loop  ;; label = @3
          local.get 1
          local.get 4
          i32.add
          i32.const -1
          i32.add
          local.get 3
          i32.store8
          local.get 4
          i32.const 65860
          i32.add
          i32.load8_u
          local.set 3
          i32.const 3
          local.set 5
          local.get 4
          i32.const 1
          i32.add
          local.tee 6
          local.set 4
          local.get 6
          i32.const 4
          i32.ne
          br_if 0 (;@3;)
          br 2 (;@1;)
        end
      end
      i32.const 0
      local.set 5
      block  ;; label = @2
        local.get 0
        i64.reinterpret_f64
        i64.const -1
        i64.gt_s
        br_if 0 (;@2;)
        local.get 1
        i32.const 45
        i32.store8
        local.get 0
        f64.neg
        local.set 0
        i32.const 1
        local.set 5
      end
      block  ;; label = @2
        local.get 0
        f64.const inf (;=inf;)
        f64.ne
        br_if 0 (;@2;)
        local.get 1
        local.get 5
        i32.add
        local.set 6
        i32.const 105
        local.set 4
        i32.const 0
        local.set 1
        loop  ;; label = @3
          local.get 6
          local.get 1
          i32.add
          local.get 4
          i32.store8
          local.get 1
          i32.const 66423
          i32.add
          i32.load8_u
          local.set 4
          local.get 1
          i32.const 1
          i32.add
          local.tee 3
          local.set 1
          local.get 3
          i32.const 3
          i32.ne
          br_if 0 (;@3;)
        end
        local.get 5
        local.get 3
        i32.add
        local.set 5
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 0
        f64.const 0x0p+0 (;=0;)
        f64.ne
        br_if 0 (;@2;)
        local.get 1
        local.get 5
        i32.add
        local.set 6
        i32.const 48
        local.set 4
        i32.const 0
        local.set 1
        loop  ;; label = @3
          local.get 6
          local.get 1
          i32.add
          local.get 4
          i32.store8
          local.get 1
          i32.const 67074
          i32.add
          i32.load8_u
          local.set 4
          local.get 1
          i32.const 1
          i32.add
          local.tee 3
          local.set 1
          local.get 3
          i32.const 3
          i32.ne
          br_if 0 (;@3;)
        end
        local.get 5
        local.get 3
        i32.add
        local.set 5
        br 1 (;@1;)
      end
      local.get 0
      local.get 2
      i32.const 16
      i32.add
      local.get 2
      i32.const 12
      i32.add
      call $rt_dtoa_shortest
      local.set 3
      block  ;; label = @2
        local.get 2
        i32.load offset=12
        local.tee 4
        i32.const -17
        i32.add
        i32.const -21
        i32.gt_u
        br_if 0 (;@2;)
        local.get 1
        local.get 5
        i32.add
        local.get 2
        i32.load8_u offset=16
        i32.store8
        local.get 5
        i32.const 1
        i32.add
        local.set 6
        block  ;; label = @3
          local.get 3
          i32.const 2
          i32.lt_s
          br_if 0 (;@3;)
          local.get 1
          local.get 6
          i32.add
          i32.const 46
          i32.store8
          local.get 1
          local.get 5
          i32.const 2
          i32.or
          local.tee 6
          i32.add
          local.get 2
          i32.const 16
          i32.add
          i32.const 1
          i32.or
          local.get 3
          i32.const -1
          i32.add
          memory.copy
          local.get 3
          local.get 6
          i32.add
          i32.const -1
          i32.add
          local.set 6
        end
        local.get 1
        local.get 6
        i32.add
        local.tee 3
        i32.const 101
        i32.store8
        local.get 3
        i32.const 1
        i32.add
        i32.const 45
        i32.const 43
        local.get 4
        i32.const 1
        i32.lt_s
        local.tee 5
        select
        i32.store8
        local.get 6
        i32.const 2
        i32.add
        local.set 3
        block  ;; label = @3
          i32.const 1
          local.get 4
          i32.sub
          local.get 4
          i32.const -1
          i32.add
          local.get 5
          select
          local.tee 4
          i32.const 100
          i32.lt_s
          br_if 0 (;@3;)
          local.get 1
          local.get 3
          i32.add
          local.get 4
          i32.const 100
          i32.div_u
          i32.const 48
          i32.add
          i32.store8
          local.get 6
          i32.const 3
          i32.add
          local.set 3
        end
        local.get 1
        local.get 3
        i32.add
        local.tee 1
        local.get 4
        i32.const 10
        i32.div_s
        local.tee 6
        i32.const 10
        i32.rem_s
        i32.const 48
        i32.add
        i32.store8
        local.get 1
        i32.const 1
        i32.add
        local.get 4
        local.get 6
        i32.const 10
        i32.mul
        i32.sub
        i32.const 48
        i32.add
        i32.store8
        local.get 3
        i32.const 2
        i32.add
        local.set 5
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 4
        i32.const 0
        i32.gt_s
        br_if 0 (;@2;)
        local.get 1
        local.get 5
        i32.add
        i32.const 11824
        i32.store16 align=1
        local.get 5
        i32.const 2
        i32.or
        local.set 5
        block  ;; label = @3
          local.get 4
          i32.const -1
          i32.gt_s
          br_if 0 (;@3;)
          local.get 1
          local.get 5
          i32.add
          i32.const 48
          i32.const 0
          local.get 4
          i32.sub
          memory.fill
          local.get 5
          local.get 4
          i32.sub
          local.set 5
        end
        local.get 3
        i32.const 1
        i32.lt_s
        br_if 1 (;@1;)
        local.get 1
        local.get 5
        i32.add
        local.get 2
        i32.const 16
        i32.add
        local.get 3
        memory.copy
        local.get 3
        local.get 5
        i32.add
        local.set 5
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 4
        local.get 3
        i32.lt_s
        br_if 0 (;@2;)
        local.get 5
        local.set 6
        block  ;; label = @3
          local.get 3
          i32.const 1
          i32.lt_s
          br_if 0 (;@3;)
          local.get 1
          local.get 5
          i32.add
          local.get 2
          i32.const 16
          i32.add
          local.get 3
          memory.copy
          local.get 3
          local.get 5
          i32.add
          local.set 6
        end
        block  ;; label = @3
          local.get 4
          local.get 3
          i32.le_s
          br_if 0 (;@3;)
          local.get 1
          local.get 6
          i32.add
          i32.const 48
          local.get 4
          local.get 3
          i32.sub
          memory.fill
          local.get 5
          local.get 4
          i32.add
          local.get 3
          i32.const 0
          local.get 3
          i32.const 0
          i32.gt_s
          select
          i32.add
          local.get 3
          i32.sub
          local.set 6
        end
        local.get 1
        local.get 6
        i32.add
        i32.const 12334
        i32.store16 align=1
        local.get 6
        i32.const 2
        i32.add
        local.set 5
        br 1 (;@1;)
      end
      local.get 3
      i32.const 1
      i32.lt_s
      br_if 0 (;@1;)
      local.get 2
      i32.const 16
      i32.add
      local.set 6
      loop  ;; label = @2
        block  ;; label = @3
          local.get 4
          br_if 0 (;@3;)
          local.get 1
          local.get 5
          i32.add
          i32.const 46
          i32.store8
          local.get 5
          i32.const 1
          i32.add
          local.set 5
        end
        local.get 1
        local.get 5
        i32.add
        local.get 6
        i32.load8_u
        i32.store8
        local.get 4
        i32.const -1
        i32.add
        local.set 4
        local.get 6
        i32.const 1
        i32.add
        local.set 6
        local.get 5
        i32.const 1
        i32.add
        local.set 5
        local.get 3
        i32.const -1
        i32.add
        local.tee 3
        br_if 0 (;@2;)
      end
    end
    local.get 2
    i32.const 48
    i32.add
    global.set $__stack_pointer
    local.get 5)
  (func $rt_alloc (type 4) (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i64)
    block  ;; label = @1
      local.get 0
      i32.const 2147483633
      i32.ge_u
      br_if 0 (;@1;)
      block  ;; label = @2
        block  ;; label = @3
          local.get 0
          i32.const 8
          local.get 0
          select
          local.tee 1
          i32.const 32496
          i32.gt_u
          br_if 0 (;@3;)
          i32.const 21
          i32.const 9
          i32.const 0
          local.get 1
          i32.const 128
          i32.gt_u
          select
          local.get 1
          i32.const 1024
          i32.gt_u
          select
          local.tee 2
          i32.const 2
          i32.shl
          local.set 0
          local.get 2
          i32.const -1
          i32.add
          local.set 2
          loop  ;; label = @4
            local.get 2
            i32.const 1
            i32.add
            local.set 2
            local.get 0
            i32.const 74976
            i32.add
            local.set 3
            local.get 0
            i32.const 4
            i32.add
            local.tee 4
            local.set 0
            local.get 3
            i32.load
            local.tee 3
            local.get 1
            i32.lt_u
            br_if 0 (;@4;)
          end
          block  ;; label = @4
            local.get 4
            i32.const 92860
            i32.add
            local.tee 5
            i32.load
            local.tee 0
            br_if 0 (;@4;)
            i32.const 1
            i32.const 2
            call $take_run
            local.tee 0
            i32.const 64992
            local.get 3
            i32.div_u
            local.tee 1
            i32.store offset=16
            local.get 0
            local.get 3
            i32.store offset=12
            local.get 0
            local.get 2
            i32.store offset=8
            local.get 1
            i32.const 1
            local.get 1
            i32.const 1
            i32.gt_u
            select
            local.set 4
            local.get 0
            i32.const 544
            i32.add
            local.set 0
            i32.const 0
            local.set 2
            local.get 5
            local.set 1
            loop  ;; label = @5
              local.get 1
              local.get 0
              i32.store
              local.get 0
              local.set 1
              local.get 0
              local.get 3
              i32.add
              local.tee 6
              local.set 0
              local.get 2
              i32.const 1
              i32.add
              local.tee 2
              local.get 4
              i32.ne
              br_if 0 (;@5;)
            end
            local.get 6
            local.get 3
            i32.sub
            i32.const 0
            i32.store
            local.get 5
            i32.load
            local.set 0
          end
          local.get 5
          local.get 0
          i32.load
          i32.store
          local.get 0
          i32.const 0
          local.get 3
          memory.fill
          br 1 (;@2;)
        end
        local.get 1
        i32.const 66079
        i32.add
        local.tee 2
        i32.const 16
        i32.shr_u
        i32.const 3
        call $take_run
        i32.const 544
        i32.add
        local.tee 0
        i32.const 0
        local.get 1
        memory.fill
        local.get 2
        i32.const -65536
        i32.and
        local.set 3
      end
      i32.const 0
      i32.const 0
      i64.load offset=93016
      local.get 3
      i64.extend_i32_u
      local.tee 7
      i64.add
      i64.store offset=93016
      i32.const 0
      i32.const 0
      i64.load offset=93024
      local.get 7
      i64.add
      i64.store offset=93024
      local.get 0
      return
    end
    call $out_of_memory
    unreachable)
  (func $take_run (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32 i32)
    block  ;; label = @1
      i32.const 0
      i32.load offset=93032
      br_if 0 (;@1;)
      call $rt_link_heap_base
      local.set 2
      memory.size
      local.set 3
      i32.const 0
      i64.const 1048576
      i64.store offset=95128
      i32.const 0
      local.get 3
      i32.const 16
      i32.shl
      i32.store offset=95148
      i32.const 0
      local.get 2
      i32.const 15
      i32.add
      i32.const -16
      i32.and
      local.tee 2
      i32.store offset=93040
      i32.const 0
      local.get 2
      i32.const 65535
      i32.add
      i32.const -65536
      i32.and
      local.tee 2
      i32.store offset=95140
      i32.const 0
      local.get 2
      i32.store offset=93032
      i32.const 0
      local.get 2
      i32.store offset=93036
    end
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              i32.const 0
              i32.load offset=95144
              local.tee 2
              i32.eqz
              br_if 0 (;@5;)
              i32.const 95144
              local.set 4
              local.get 2
              i32.load offset=4
              local.tee 3
              local.get 0
              i32.ge_u
              br_if 2 (;@3;)
              loop  ;; label = @6
                local.get 2
                local.tee 4
                i32.load offset=24
                local.tee 2
                i32.eqz
                br_if 1 (;@5;)
                local.get 2
                i32.load offset=4
                local.tee 3
                local.get 0
                i32.ge_u
                br_if 2 (;@4;)
                br 0 (;@6;)
              end
            end
            i32.const 0
            i32.load offset=95140
            local.tee 2
            local.get 0
            i32.const 16
            i32.shl
            i32.add
            local.tee 3
            local.get 2
            i32.lt_u
            br_if 3 (;@1;)
            block  ;; label = @5
              i32.const 0
              i32.load offset=95148
              local.tee 4
              local.get 3
              i32.ge_u
              br_if 0 (;@5;)
              local.get 3
              i32.const -16
              i32.gt_u
              br_if 4 (;@1;)
              block  ;; label = @6
                local.get 4
                i32.const 18
                i32.shr_u
                local.tee 5
                local.get 3
                local.get 4
                i32.sub
                i32.const 65535
                i32.add
                i32.const 16
                i32.shr_u
                local.tee 2
                local.get 2
                local.get 5
                i32.lt_u
                select
                memory.grow
                i32.const -1
                i32.ne
                br_if 0 (;@6;)
                local.get 2
                memory.grow
                i32.const -1
                i32.eq
                br_if 5 (;@1;)
              end
              i32.const 0
              memory.size
              i32.const 16
              i32.shl
              i32.store offset=95148
              i32.const 0
              i32.load offset=95140
              local.set 2
            end
            i32.const 0
            local.get 3
            i32.store offset=95140
            br 2 (;@2;)
          end
          local.get 4
          i32.const 24
          i32.add
          local.set 4
        end
        block  ;; label = @3
          local.get 3
          local.get 0
          i32.le_u
          br_if 0 (;@3;)
          local.get 0
          i32.const 16
          i32.shl
          local.get 2
          i32.add
          local.tee 5
          local.get 2
          i32.load offset=24
          i32.store offset=24
          local.get 5
          local.get 3
          local.get 0
          i32.sub
          i32.store offset=4
          local.get 5
          i32.const 1
          i32.store
          local.get 4
          local.get 5
          i32.store
          br 1 (;@2;)
        end
        local.get 4
        local.get 2
        i32.load offset=24
        i32.store
      end
      local.get 2
      i32.const 8
      i32.add
      i32.const 0
      i32.const 536
      memory.fill
      local.get 2
      local.get 0
      i32.store offset=4
      local.get 2
      local.get 1
      i32.store
      local.get 2
      return
    end
    call $out_of_memory
    unreachable)
  (func $out_of_memory (type 6)
    call $rt_fatal_memory
    unreachable)
  (func $rt_gc_frame_push (type 4) (param i32) (result i32)
    (local i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        i32.const 0
        i32.load offset=93044
        i32.eqz
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=93048
        local.set 1
        br 1 (;@1;)
      end
      i32.const 0
      i32.const 16
      i32.const 4
      call $take_run
      local.tee 2
      i32.const 544
      i32.add
      local.tee 1
      i32.store offset=93044
      i32.const 0
      local.get 1
      i32.store offset=93048
      i32.const 0
      local.get 2
      i32.const 1048576
      i32.add
      i32.store offset=93052
    end
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.const 0
        i32.lt_s
        br_if 0 (;@2;)
        i32.const 0
        i32.load offset=93052
        local.get 1
        i32.sub
        i32.const 2
        i32.shr_s
        local.get 0
        i32.ge_u
        br_if 1 (;@1;)
      end
      i32.const 42
      i32.const 65930
      call $rt_raise_cstr
      i32.const 0
      return
    end
    local.get 1
    i32.const 0
    local.get 0
    i32.const 2
    i32.shl
    local.tee 0
    memory.fill
    i32.const 0
    local.get 1
    local.get 0
    i32.add
    i32.store offset=93048
    local.get 1)
  (func $rt_gc_frame_pop (type 1) (param i32)
    block  ;; label = @1
      i32.const 0
      i32.load offset=93044
      local.get 0
      i32.gt_u
      br_if 0 (;@1;)
      i32.const 0
      i32.load offset=93048
      local.get 0
      i32.lt_u
      br_if 0 (;@1;)
      i32.const 0
      local.get 0
      i32.store offset=93048
    end)
  (func $rt_gc_reset_frames (type 6)
    i32.const 0
    i32.const 0
    i32.load offset=93044
    i32.store offset=93048)
  (func $rt_gc_add_root_range (type 9) (param i32 i32)
    (local i32)
    block  ;; label = @1
      i32.const 0
      i32.load offset=93056
      local.tee 2
      i32.const 256
      i32.ne
      br_if 0 (;@1;)
      call $out_of_memory
      unreachable
    end
    i32.const 0
    local.get 2
    i32.const 1
    i32.add
    i32.store offset=93056
    local.get 2
    i32.const 3
    i32.shl
    local.tee 2
    i32.const 93076
    i32.add
    local.get 1
    i32.store
    local.get 2
    i32.const 93072
    i32.add
    local.get 0
    i32.store)
  (func $rt_gc_collect (type 6)
    (local i32 i32 i32 i32 i32 i32 i32 i64 i32 i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 160
    i32.sub
    local.tee 0
    global.set $__stack_pointer
    block  ;; label = @1
      i32.const 0
      i32.load offset=93032
      i32.eqz
      br_if 0 (;@1;)
      block  ;; label = @2
        i32.const 0
        i32.load offset=93044
        local.tee 1
        i32.eqz
        br_if 0 (;@2;)
        local.get 1
        i32.const 0
        i32.load offset=93048
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 1
          i32.load
          call $mark_obj
          local.get 1
          i32.const 4
          i32.add
          local.tee 1
          i32.const 0
          i32.load offset=93048
          i32.lt_u
          br_if 0 (;@3;)
        end
      end
      block  ;; label = @2
        i32.const 0
        i32.load offset=93056
        local.tee 1
        i32.const 1
        i32.lt_s
        br_if 0 (;@2;)
        i32.const 0
        local.set 2
        loop  ;; label = @3
          block  ;; label = @4
            local.get 2
            i32.const 3
            i32.shl
            local.tee 3
            i32.const 93076
            i32.add
            local.tee 4
            i32.load
            i32.const 1
            i32.lt_s
            br_if 0 (;@4;)
            local.get 3
            i32.const 93072
            i32.add
            local.set 5
            i32.const 0
            local.set 1
            i32.const 0
            local.set 3
            loop  ;; label = @5
              local.get 5
              i32.load
              local.get 1
              i32.add
              i32.load
              call $mark_obj
              local.get 1
              i32.const 4
              i32.add
              local.set 1
              local.get 3
              i32.const 1
              i32.add
              local.tee 3
              local.get 4
              i32.load
              i32.lt_s
              br_if 0 (;@5;)
            end
            i32.const 0
            i32.load offset=93056
            local.set 1
          end
          local.get 2
          i32.const 1
          i32.add
          local.tee 2
          local.get 1
          i32.lt_s
          br_if 0 (;@3;)
        end
      end
      i32.const 0
      i32.load offset=92836
      call $mark_obj
      i32.const 92836
      i32.load offset=4
      call $mark_obj
      i32.const 92836
      i32.load offset=8
      call $mark_obj
      block  ;; label = @2
        i32.const 0
        i32.load offset=95152
        local.tee 1
        i32.eqz
        br_if 0 (;@2;)
        loop  ;; label = @3
          i32.const 0
          local.get 1
          i32.const -1
          i32.add
          local.tee 1
          i32.store offset=95152
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                block  ;; label = @15
                                  i32.const 0
                                  i32.load offset=95156
                                  local.get 1
                                  i32.const 2
                                  i32.shl
                                  i32.add
                                  i32.load
                                  local.tee 1
                                  i32.load
                                  local.tee 3
                                  i32.const 255
                                  i32.and
                                  i32.const -6
                                  i32.add
                                  br_table 1 (;@14;) 0 (;@15;) 2 (;@13;) 3 (;@12;) 3 (;@12;) 11 (;@4;) 4 (;@11;) 4 (;@11;) 11 (;@4;) 9 (;@6;) 5 (;@10;) 4 (;@11;) 6 (;@9;) 7 (;@8;) 11 (;@4;) 11 (;@4;) 11 (;@4;) 8 (;@7;) 11 (;@4;)
                                end
                                local.get 1
                                i32.load offset=8
                                i32.eqz
                                br_if 10 (;@4;)
                                local.get 1
                                i32.const 16
                                i32.add
                                local.set 3
                                i32.const 0
                                local.set 4
                                loop  ;; label = @15
                                  local.get 3
                                  i32.load
                                  call $mark_obj
                                  local.get 3
                                  i32.const 4
                                  i32.add
                                  local.set 3
                                  local.get 4
                                  i32.const 1
                                  i32.add
                                  local.tee 4
                                  local.get 1
                                  i32.load offset=8
                                  i32.lt_u
                                  br_if 0 (;@15;)
                                  br 11 (;@4;)
                                end
                              end
                              block  ;; label = @14
                                i32.const 0
                                i32.load offset=93032
                                local.get 1
                                i32.load offset=16
                                local.tee 3
                                i32.gt_u
                                br_if 0 (;@14;)
                                i32.const 0
                                i32.load offset=95140
                                local.get 3
                                i32.le_u
                                br_if 0 (;@14;)
                                block  ;; label = @15
                                  local.get 3
                                  i32.const -65536
                                  i32.and
                                  local.tee 4
                                  i32.load
                                  i32.const 2
                                  i32.ne
                                  br_if 0 (;@15;)
                                  i32.const 1
                                  local.get 3
                                  i32.const 65535
                                  i32.and
                                  i32.const -544
                                  i32.add
                                  local.get 4
                                  i32.load offset=12
                                  i32.div_u
                                  local.tee 5
                                  i32.shl
                                  local.tee 2
                                  local.get 4
                                  local.get 5
                                  i32.const 3
                                  i32.shr_u
                                  i32.const 536870908
                                  i32.and
                                  i32.add
                                  i32.const 28
                                  i32.add
                                  local.tee 4
                                  i32.load
                                  local.tee 5
                                  i32.and
                                  br_if 1 (;@14;)
                                  local.get 4
                                  local.get 2
                                  local.get 5
                                  i32.or
                                  i32.store
                                  br 1 (;@14;)
                                end
                                local.get 4
                                i32.load offset=20
                                br_if 0 (;@14;)
                                local.get 4
                                i32.const 1
                                i32.store offset=20
                              end
                              local.get 1
                              i32.load offset=8
                              i32.eqz
                              br_if 9 (;@4;)
                              local.get 3
                              i32.load
                              call $mark_obj
                              local.get 1
                              i32.load offset=8
                              i32.const 2
                              i32.lt_u
                              br_if 9 (;@4;)
                              i32.const 1
                              local.set 4
                              i32.const 4
                              local.set 3
                              loop  ;; label = @14
                                local.get 1
                                i32.load offset=16
                                local.get 3
                                i32.add
                                i32.load
                                call $mark_obj
                                local.get 3
                                i32.const 4
                                i32.add
                                local.set 3
                                local.get 4
                                i32.const 1
                                i32.add
                                local.tee 4
                                local.get 1
                                i32.load offset=8
                                i32.lt_u
                                br_if 0 (;@14;)
                                br 10 (;@4;)
                              end
                            end
                            block  ;; label = @13
                              i32.const 0
                              i32.load offset=93032
                              local.get 1
                              i32.load offset=24
                              local.tee 3
                              i32.gt_u
                              br_if 0 (;@13;)
                              i32.const 0
                              i32.load offset=95140
                              local.get 3
                              i32.le_u
                              br_if 0 (;@13;)
                              block  ;; label = @14
                                local.get 3
                                i32.const -65536
                                i32.and
                                local.tee 4
                                i32.load
                                i32.const 2
                                i32.ne
                                br_if 0 (;@14;)
                                i32.const 1
                                local.get 3
                                i32.const 65535
                                i32.and
                                i32.const -544
                                i32.add
                                local.get 4
                                i32.load offset=12
                                i32.div_u
                                local.tee 5
                                i32.shl
                                local.tee 2
                                local.get 4
                                local.get 5
                                i32.const 3
                                i32.shr_u
                                i32.const 536870908
                                i32.and
                                i32.add
                                i32.const 28
                                i32.add
                                local.tee 4
                                i32.load
                                local.tee 5
                                i32.and
                                br_if 1 (;@13;)
                                local.get 4
                                local.get 2
                                local.get 5
                                i32.or
                                i32.store
                                br 1 (;@13;)
                              end
                              local.get 4
                              i32.load offset=20
                              br_if 0 (;@13;)
                              local.get 4
                              i32.const 1
                              i32.store offset=20
                            end
                            local.get 1
                            i32.const 12
                            i32.add
                            i32.load
                            i32.eqz
                            br_if 8 (;@4;)
                            local.get 3
                            local.get 1
                            i32.const 20
                            i32.add
                            i32.load
                            i32.const 2
                            i32.shl
                            i32.add
                            i32.const 16
                            i32.add
                            local.set 3
                            i32.const 0
                            local.set 4
                            loop  ;; label = @13
                              local.get 3
                              i32.const -4
                              i32.add
                              i32.load
                              call $mark_obj
                              local.get 3
                              i32.load
                              call $mark_obj
                              local.get 3
                              i32.const 16
                              i32.add
                              local.set 3
                              local.get 4
                              i32.const 1
                              i32.add
                              local.tee 4
                              local.get 1
                              i32.load offset=12
                              i32.lt_u
                              br_if 0 (;@13;)
                              br 9 (;@4;)
                            end
                          end
                          block  ;; label = @12
                            i32.const 0
                            i32.load offset=93032
                            local.get 1
                            i32.load offset=24
                            local.tee 3
                            i32.gt_u
                            br_if 0 (;@12;)
                            i32.const 0
                            i32.load offset=95140
                            local.get 3
                            i32.le_u
                            br_if 0 (;@12;)
                            block  ;; label = @13
                              local.get 3
                              i32.const -65536
                              i32.and
                              local.tee 4
                              i32.load
                              i32.const 2
                              i32.ne
                              br_if 0 (;@13;)
                              i32.const 1
                              local.get 3
                              i32.const 65535
                              i32.and
                              i32.const -544
                              i32.add
                              local.get 4
                              i32.load offset=12
                              i32.div_u
                              local.tee 5
                              i32.shl
                              local.tee 2
                              local.get 4
                              local.get 5
                              i32.const 3
                              i32.shr_u
                              i32.const 536870908
                              i32.and
                              i32.add
                              i32.const 28
                              i32.add
                              local.tee 4
                              i32.load
                              local.tee 5
                              i32.and
                              br_if 1 (;@12;)
                              local.get 4
                              local.get 2
                              local.get 5
                              i32.or
                              i32.store
                              br 1 (;@12;)
                            end
                            local.get 4
                            i32.load offset=20
                            br_if 0 (;@12;)
                            local.get 4
                            i32.const 1
                            i32.store offset=20
                          end
                          local.get 3
                          i32.eqz
                          br_if 7 (;@4;)
                          local.get 3
                          i32.load offset=8
                          call $mark_obj
                          local.get 1
                          i32.load offset=16
                          i32.eqz
                          br_if 7 (;@4;)
                          i32.const 1
                          local.set 4
                          i32.const 24
                          local.set 3
                          loop  ;; label = @12
                            local.get 1
                            i32.load offset=24
                            local.get 3
                            i32.add
                            i32.load
                            call $mark_obj
                            local.get 3
                            i32.const 16
                            i32.add
                            local.set 3
                            local.get 4
                            i32.const 1
                            i32.add
                            local.tee 4
                            local.get 1
                            i32.load offset=16
                            i32.le_u
                            br_if 0 (;@12;)
                            br 8 (;@4;)
                          end
                        end
                        local.get 1
                        i32.const 8
                        i32.add
                        local.set 1
                        br 5 (;@5;)
                      end
                      local.get 1
                      i32.const 20
                      i32.add
                      i32.load
                      call $mark_obj
                      local.get 1
                      i32.load offset=24
                      call $mark_obj
                      local.get 1
                      i32.const 28
                      i32.add
                      local.set 1
                      br 4 (;@5;)
                    end
                    local.get 3
                    i32.const 256
                    i32.and
                    br_if 4 (;@4;)
                    local.get 1
                    i32.const 12
                    i32.add
                    i32.load
                    call $mark_obj
                    local.get 1
                    i32.load offset=16
                    call $mark_obj
                    local.get 1
                    i32.const 20
                    i32.add
                    i32.load
                    call $mark_obj
                    local.get 1
                    i32.const 24
                    i32.add
                    local.set 1
                    br 3 (;@5;)
                  end
                  local.get 1
                  i32.load offset=8
                  call $mark_obj
                  local.get 1
                  i32.const 12
                  i32.add
                  local.set 1
                  br 2 (;@5;)
                end
                local.get 1
                i32.load offset=8
                call $mark_obj
                local.get 1
                i32.const 12
                i32.add
                local.set 1
                br 1 (;@5;)
              end
              local.get 1
              i32.const 36
              i32.add
              i32.load
              call $mark_obj
              local.get 1
              i32.load offset=8
              call $mark_obj
              local.get 1
              i32.const 12
              i32.add
              i32.load
              call $mark_obj
              local.get 1
              i32.load offset=16
              call $mark_obj
              local.get 1
              i32.const 20
              i32.add
              i32.load
              call $mark_obj
              local.get 1
              i32.load offset=24
              call $mark_obj
              local.get 1
              i32.const 32
              i32.add
              local.set 1
            end
            local.get 1
            i32.load
            call $mark_obj
          end
          i32.const 0
          i32.load offset=95152
          local.tee 1
          br_if 0 (;@3;)
        end
      end
      i32.const 0
      local.set 1
      i32.const 92864
      i32.const 0
      i32.const 152
      memory.fill
      loop  ;; label = @2
        local.get 0
        local.get 1
        i32.add
        local.get 1
        i32.const 92864
        i32.add
        i32.store
        local.get 1
        i32.const 4
        i32.add
        local.tee 1
        i32.const 152
        i32.ne
        br_if 0 (;@2;)
      end
      i32.const 0
      i32.const 0
      i32.store offset=95144
      block  ;; label = @2
        block  ;; label = @3
          i32.const 0
          i32.load offset=93032
          local.tee 4
          i32.const 0
          i32.load offset=95140
          local.tee 6
          i32.ge_u
          br_if 0 (;@3;)
          i64.const 0
          local.set 7
          i32.const 95144
          local.set 8
          i32.const 0
          local.set 9
          loop  ;; label = @4
            local.get 9
            local.set 2
            local.get 4
            i32.load offset=4
            local.set 10
            i32.const 0
            local.set 9
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      local.get 4
                      i32.load
                      i32.const -1
                      i32.add
                      br_table 2 (;@7;) 1 (;@8;) 0 (;@9;) 4 (;@5;)
                    end
                    local.get 4
                    i32.load offset=20
                    i32.eqz
                    br_if 1 (;@7;)
                    i32.const 0
                    local.set 9
                    local.get 4
                    i32.const 0
                    i32.store offset=20
                    local.get 10
                    i64.extend_i32_u
                    i64.const 16
                    i64.shl
                    local.get 7
                    i64.add
                    local.set 7
                    br 3 (;@5;)
                  end
                  local.get 4
                  i32.const 28
                  i32.add
                  local.set 5
                  i32.const 0
                  local.set 1
                  i32.const 0
                  local.set 3
                  loop  ;; label = @8
                    local.get 5
                    local.get 1
                    i32.add
                    i32.load
                    local.get 3
                    i32.or
                    local.set 3
                    local.get 1
                    i32.const 4
                    i32.add
                    local.tee 1
                    i32.const 512
                    i32.ne
                    br_if 0 (;@8;)
                  end
                  local.get 3
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 0
                  local.get 4
                  i32.load offset=8
                  i32.const 2
                  i32.shl
                  i32.add
                  local.tee 11
                  i32.load
                  local.set 12
                  local.get 4
                  i32.load offset=12
                  local.set 13
                  i32.const 0
                  local.set 9
                  block  ;; label = @8
                    local.get 4
                    i32.load offset=16
                    local.tee 14
                    br_if 0 (;@8;)
                    i32.const 0
                    local.set 2
                    br 2 (;@6;)
                  end
                  local.get 4
                  i32.const 544
                  i32.add
                  local.set 3
                  i32.const 0
                  local.set 1
                  i32.const 0
                  local.set 2
                  loop  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        local.get 4
                        local.get 1
                        i32.const 3
                        i32.shr_u
                        i32.const 536870908
                        i32.and
                        i32.add
                        i32.const 28
                        i32.add
                        i32.load
                        local.get 1
                        i32.shr_u
                        i32.const 1
                        i32.and
                        i32.eqz
                        br_if 0 (;@10;)
                        local.get 2
                        i32.const 1
                        i32.add
                        local.set 2
                        br 1 (;@9;)
                      end
                      local.get 12
                      local.get 3
                      i32.store
                      local.get 3
                      local.set 12
                    end
                    local.get 3
                    local.get 13
                    i32.add
                    local.set 3
                    local.get 14
                    local.get 1
                    i32.const 1
                    i32.add
                    local.tee 1
                    i32.eq
                    br_if 2 (;@6;)
                    br 0 (;@8;)
                  end
                end
                block  ;; label = @7
                  local.get 2
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 2
                  local.get 2
                  i32.load offset=4
                  local.get 10
                  i32.add
                  i32.store offset=4
                  local.get 2
                  local.set 9
                  br 2 (;@5;)
                end
                local.get 4
                i32.const 0
                i32.store offset=24
                local.get 4
                i32.const 1
                i32.store
                local.get 8
                local.get 4
                i32.store
                local.get 4
                i32.const 24
                i32.add
                local.set 8
                local.get 4
                local.set 9
                br 1 (;@5;)
              end
              local.get 12
              i32.const 0
              i32.store
              local.get 11
              local.get 12
              i32.store
              local.get 5
              i32.const 0
              i32.const 512
              memory.fill
              local.get 2
              i64.extend_i32_u
              local.get 13
              i64.extend_i32_u
              i64.mul
              local.get 7
              i64.add
              local.set 7
            end
            local.get 10
            i32.const 16
            i32.shl
            local.get 4
            i32.add
            local.tee 4
            local.get 6
            i32.lt_u
            br_if 0 (;@4;)
          end
          i32.const 0
          local.get 7
          i64.store offset=93016
          i32.const 0
          i64.const 0
          i64.store offset=93024
          i32.const 0
          i32.const 0
          i64.load offset=95120
          i64.const 1
          i64.add
          i64.store offset=95120
          local.get 7
          i64.const 1048576
          local.get 7
          i64.const 1048576
          i64.gt_u
          select
          local.set 7
          br 1 (;@2;)
        end
        i32.const 0
        i64.const 0
        i64.store offset=93016
        i32.const 0
        i64.const 0
        i64.store offset=93024
        i32.const 0
        i32.const 0
        i64.load offset=95120
        i64.const 1
        i64.add
        i64.store offset=95120
        i64.const 1048576
        local.set 7
      end
      i32.const 0
      local.get 7
      i64.store offset=95128
    end
    local.get 0
    i32.const 160
    i32.add
    global.set $__stack_pointer)
  (func $mark_obj (type 1) (param i32)
    (local i32 i32 i32 i32)
    block  ;; label = @1
      i32.const 0
      i32.load offset=93032
      local.get 0
      i32.gt_u
      br_if 0 (;@1;)
      i32.const 0
      i32.load offset=95140
      local.get 0
      i32.le_u
      br_if 0 (;@1;)
      block  ;; label = @2
        block  ;; label = @3
          local.get 0
          i32.const -65536
          i32.and
          local.tee 1
          i32.load
          i32.const 2
          i32.ne
          br_if 0 (;@3;)
          i32.const 1
          local.get 0
          i32.const 65535
          i32.and
          i32.const -544
          i32.add
          local.get 1
          i32.load offset=12
          i32.div_u
          local.tee 2
          i32.shl
          local.tee 3
          local.get 1
          local.get 2
          i32.const 3
          i32.shr_u
          i32.const 536870908
          i32.and
          i32.add
          i32.const 28
          i32.add
          local.tee 1
          i32.load
          local.tee 2
          i32.and
          br_if 2 (;@1;)
          local.get 1
          local.get 3
          local.get 2
          i32.or
          i32.store
          br 1 (;@2;)
        end
        local.get 1
        i32.load offset=20
        br_if 1 (;@1;)
        local.get 1
        i32.const 1
        i32.store offset=20
      end
      i32.const 0
      local.set 1
      block  ;; label = @2
        block  ;; label = @3
          i32.const 0
          i32.load offset=95152
          local.tee 3
          i32.const 0
          i32.load offset=95160
          i32.eq
          br_if 0 (;@3;)
          i32.const 0
          i32.load offset=95156
          local.set 2
          local.get 3
          local.set 1
          br 1 (;@2;)
        end
        local.get 3
        i32.const 3
        i32.shl
        i32.const 66079
        i32.add
        i32.const 16
        i32.shr_u
        i32.const 1
        local.get 3
        select
        local.tee 3
        i32.const 4
        call $take_run
        i32.const 544
        i32.add
        local.set 2
        block  ;; label = @3
          i32.const 0
          i32.load offset=95152
          local.tee 4
          i32.eqz
          br_if 0 (;@3;)
          local.get 2
          i32.const 0
          i32.load offset=95156
          local.tee 1
          local.get 4
          i32.const 2
          i32.shl
          memory.copy
          local.get 1
          i32.const -65536
          i32.and
          local.tee 1
          i32.const 1
          i32.store
          i32.const 0
          i32.load offset=95144
          local.set 4
          i32.const 0
          local.get 1
          i32.store offset=95144
          local.get 1
          local.get 4
          i32.store offset=24
          i32.const 0
          i32.load offset=95152
          local.set 1
        end
        i32.const 0
        local.get 2
        i32.store offset=95156
        i32.const 0
        local.get 3
        i32.const 16
        i32.shl
        i32.const -544
        i32.add
        i32.const 2
        i32.shr_u
        i32.store offset=95160
      end
      i32.const 0
      local.get 1
      i32.const 1
      i32.add
      i32.store offset=95152
      local.get 2
      local.get 1
      i32.const 2
      i32.shl
      i32.add
      local.get 0
      i32.store
    end)
  (func $rt_gc_hold (type 1) (param i32)
    i32.const 0
    i32.const 0
    i32.load offset=95136
    local.get 0
    i32.add
    i32.store offset=95136)
  (func $rt_gc_poll (type 6)
    block  ;; label = @1
      i32.const 0
      i64.load offset=93024
      i32.const 0
      i64.load offset=95128
      i64.lt_u
      br_if 0 (;@1;)
      i32.const 0
      i32.load offset=95136
      br_if 0 (;@1;)
      call $rt_gc_collect
    end)
  (func $rt_host_reset (type 6)
    call $rt_gc_reset_frames
    i32.const 92836
    i32.const 0
    i32.store offset=8
    i32.const 0
    i64.const 0
    i64.store offset=92836 align=4)
  (func $rt_fd_write_all (type 7) (param i32 i32 i32)
    (local i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 3
    global.set $__stack_pointer
    block  ;; label = @1
      loop  ;; label = @2
        local.get 2
        i32.eqz
        br_if 1 (;@1;)
        local.get 3
        local.get 1
        i32.store offset=8
        local.get 3
        local.get 2
        i32.store offset=12
        local.get 3
        i32.const 0
        i32.store offset=4
        local.get 0
        local.get 3
        i32.const 8
        i32.add
        i32.const 1
        local.get 3
        i32.const 4
        i32.add
        call $rt_wasi_fd_write
        br_if 1 (;@1;)
        local.get 2
        local.get 3
        i32.load offset=4
        local.tee 4
        i32.sub
        local.set 2
        local.get 1
        local.get 4
        i32.add
        local.set 1
        local.get 4
        br_if 0 (;@2;)
      end
    end
    local.get 3
    i32.const 16
    i32.add
    global.set $__stack_pointer)
  (func $rt_flush (type 6)
    (local i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 0
    global.set $__stack_pointer
    block  ;; label = @1
      i32.const 0
      i32.load offset=95172
      local.tee 1
      i32.eqz
      br_if 0 (;@1;)
      i32.const 0
      i32.const 0
      i32.store offset=95172
      i32.const 95184
      local.set 2
      loop  ;; label = @2
        local.get 1
        i32.eqz
        br_if 1 (;@1;)
        local.get 0
        local.get 2
        i32.store offset=8
        local.get 0
        local.get 1
        i32.store offset=12
        local.get 0
        i32.const 0
        i32.store offset=4
        i32.const 1
        local.get 0
        i32.const 8
        i32.add
        i32.const 1
        local.get 0
        i32.const 4
        i32.add
        call $rt_wasi_fd_write
        br_if 1 (;@1;)
        local.get 1
        local.get 0
        i32.load offset=4
        local.tee 3
        i32.sub
        local.set 1
        local.get 2
        local.get 3
        i32.add
        local.set 2
        local.get 3
        br_if 0 (;@2;)
      end
    end
    local.get 0
    i32.const 16
    i32.add
    global.set $__stack_pointer)
  (func $rt_list_new (type 4) (param i32) (result i32)
    (local i32 i32)
    i32.const 20
    call $rt_alloc
    local.tee 1
    i32.const 6
    i32.store
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.const 1
        i32.lt_s
        br_if 0 (;@2;)
        local.get 0
        i32.const 536870912
        i32.ge_u
        br_if 1 (;@1;)
        local.get 0
        i32.const 2
        i32.shl
        call $rt_alloc
        local.set 2
        local.get 1
        local.get 0
        i32.store offset=12
        local.get 1
        local.get 2
        i32.store offset=16
      end
      local.get 1
      return
    end
    call $rt_fatal_memory
    unreachable)
  (func $rt_list_push (type 9) (param i32 i32)
    (local i32 i32 i32 i64)
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.load offset=8
        local.tee 2
        local.get 0
        i32.const 12
        i32.add
        i32.load
        i32.ne
        br_if 0 (;@2;)
        local.get 2
        i32.const 1
        i32.add
        local.tee 3
        local.get 2
        i32.lt_u
        local.set 4
        i32.const -1
        local.set 2
        local.get 4
        br_if 0 (;@2;)
        local.get 3
        i32.const 536870912
        i32.ge_u
        br_if 1 (;@1;)
        local.get 3
        i32.const 3
        i32.shr_u
        i64.extend_i32_u
        local.get 3
        i64.extend_i32_u
        i64.add
        i64.const 3
        i64.const 6
        local.get 3
        i32.const 9
        i32.lt_u
        select
        i64.add
        local.tee 5
        i64.const 536870911
        local.get 5
        i64.const 536870911
        i64.lt_u
        select
        i32.wrap_i64
        local.tee 4
        i32.const 2
        i32.shl
        call $rt_alloc
        local.set 3
        block  ;; label = @3
          block  ;; label = @4
            local.get 0
            i32.load offset=8
            local.tee 2
            br_if 0 (;@4;)
            i32.const 0
            local.set 2
            br 1 (;@3;)
          end
          local.get 3
          local.get 0
          i32.load offset=16
          local.get 2
          i32.const 2
          i32.shl
          call $rt_memcpy
          local.get 0
          i32.load offset=8
          local.set 2
        end
        local.get 0
        local.get 4
        i32.store offset=12
        local.get 0
        local.get 3
        i32.store offset=16
      end
      local.get 0
      local.get 2
      i32.const 1
      i32.add
      i32.store offset=8
      local.get 0
      i32.load offset=16
      local.get 2
      i32.const 2
      i32.shl
      i32.add
      local.get 1
      i32.store
      return
    end
    call $rt_fatal_memory
    unreachable)
  (func $rt_list_append (type 9) (param i32 i32)
    (local i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.load8_u
        i32.const 6
        i32.eq
        br_if 0 (;@2;)
        local.get 2
        local.get 0
        i32.store offset=4
        local.get 2
        i32.const 65923
        i32.store
        i32.const 47
        i32.const 71145
        local.get 2
        call $rt_raise_fmt
        br 1 (;@1;)
      end
      local.get 0
      local.get 1
      call $rt_list_push
    end
    local.get 2
    i32.const 16
    i32.add
    global.set $__stack_pointer)
  (func $rt_tuple_new (type 4) (param i32) (result i32)
    (local i32)
    block  ;; label = @1
      local.get 0
      i32.const 536870912
      i32.lt_u
      br_if 0 (;@1;)
      call $rt_fatal_memory
      unreachable
    end
    local.get 0
    i32.const 2
    i32.shl
    i32.const 16
    i32.add
    call $rt_alloc
    local.tee 1
    local.get 0
    i32.store offset=8
    local.get 1
    i32.const 7
    i32.store
    local.get 1)
  (func $rt_tuple_set (type 7) (param i32 i32 i32)
    local.get 0
    local.get 1
    i32.const 2
    i32.shl
    i32.add
    i32.const 16
    i32.add
    local.get 2
    i32.store)
  (func $rt_tuple_from_array (type 0) (param i32 i32) (result i32)
    (local i32 i32)
    block  ;; label = @1
      local.get 1
      i32.const 536870912
      i32.ge_u
      br_if 0 (;@1;)
      local.get 1
      i32.const 2
      i32.shl
      i32.const 16
      i32.add
      call $rt_alloc
      local.tee 2
      local.get 1
      i32.store offset=8
      local.get 2
      i32.const 7
      i32.store
      block  ;; label = @2
        local.get 1
        i32.eqz
        br_if 0 (;@2;)
        local.get 2
        i32.const 16
        i32.add
        local.set 3
        loop  ;; label = @3
          local.get 3
          local.get 0
          i32.load
          i32.store
          local.get 0
          i32.const 4
          i32.add
          local.set 0
          local.get 3
          i32.const 4
          i32.add
          local.set 3
          local.get 1
          i32.const -1
          i32.add
          local.tee 1
          br_if 0 (;@3;)
        end
      end
      local.get 2
      return
    end
    call $rt_fatal_memory
    unreachable)
  (func $rt_raise_fmt (type 7) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i64 i64 i64)
    global.get $__stack_pointer
    i32.const 64
    i32.sub
    local.tee 3
    global.set $__stack_pointer
    local.get 3
    i32.const 16
    i32.add
    i32.const 8
    i32.add
    i32.const 0
    i32.store
    local.get 3
    i64.const 0
    i64.store offset=16
    local.get 3
    local.get 2
    i32.store offset=12
    local.get 3
    i32.const 55
    i32.add
    local.set 4
    local.get 3
    i32.const 56
    i32.add
    local.set 5
    block  ;; label = @1
      loop  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              local.get 1
              i32.load8_u
              local.tee 6
              i32.const 37
              i32.eq
              br_if 0 (;@5;)
              local.get 6
              br_if 1 (;@4;)
              local.get 0
              local.get 3
              i32.load offset=16
              local.get 3
              i32.load offset=20
              call $rt_raise_msg
              local.get 3
              i32.const 64
              i32.add
              global.set $__stack_pointer
              return
            end
            local.get 1
            i32.load8_u offset=1
            local.tee 2
            br_if 1 (;@3;)
          end
          block  ;; label = @4
            block  ;; label = @5
              local.get 3
              i32.load offset=24
              local.tee 2
              local.get 3
              i32.load offset=20
              local.tee 7
              i32.eq
              br_if 0 (;@5;)
              local.get 3
              i32.load offset=16
              local.set 8
              local.get 7
              local.set 2
              br 1 (;@4;)
            end
            local.get 2
            i32.const 2147483392
            i32.eq
            br_if 3 (;@1;)
            block  ;; label = @5
              local.get 2
              i32.const 64
              local.get 2
              select
              local.tee 7
              local.get 2
              i32.ne
              br_if 0 (;@5;)
              i32.const 2147483392
              local.get 2
              i32.const 1
              i32.shl
              local.get 2
              i32.const 1073741568
              i32.gt_u
              select
              local.tee 7
              local.get 2
              i32.ne
              br_if 0 (;@5;)
              loop  ;; label = @6
                br 0 (;@6;)
              end
            end
            local.get 7
            call $rt_alloc
            local.set 8
            block  ;; label = @5
              local.get 2
              i32.eqz
              br_if 0 (;@5;)
              local.get 8
              local.get 3
              i32.load offset=16
              local.get 2
              call $rt_memcpy
            end
            local.get 3
            local.get 7
            i32.store offset=24
            local.get 3
            local.get 8
            i32.store offset=16
          end
          local.get 3
          local.get 2
          i32.const 1
          i32.add
          i32.store offset=20
          local.get 8
          local.get 2
          i32.add
          local.get 6
          i32.store8
          local.get 1
          i32.const 1
          i32.add
          local.set 1
          br 1 (;@2;)
        end
        local.get 1
        i32.const 1
        i32.add
        local.set 1
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  local.get 2
                  i32.extend8_s
                  i32.const -84
                  i32.add
                  br_table 1 (;@6;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 3 (;@4;) 2 (;@5;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 4 (;@3;) 0 (;@7;) 4 (;@3;)
                end
                local.get 3
                local.get 3
                i32.load offset=12
                local.tee 2
                i32.const 4
                i32.add
                i32.store offset=12
                local.get 2
                i32.load
                local.set 2
                local.get 3
                i32.const 16
                i32.add
                local.get 2
                local.get 2
                call $rt_cstrlen
                call $rt_sb_put
                local.get 1
                i32.const 1
                i32.add
                local.set 1
                br 4 (;@2;)
              end
              local.get 3
              local.get 3
              i32.load offset=12
              local.tee 2
              i32.const 4
              i32.add
              i32.store offset=12
              local.get 2
              i32.load
              call $rt_type_cname
              local.set 2
              local.get 3
              i32.const 16
              i32.add
              local.get 2
              local.get 2
              call $rt_cstrlen
              call $rt_sb_put
              local.get 1
              i32.const 1
              i32.add
              local.set 1
              br 3 (;@2;)
            end
            local.get 3
            local.get 3
            i32.load offset=12
            i32.const 7
            i32.add
            i32.const -8
            i32.and
            local.tee 2
            i32.const 8
            i32.add
            i32.store offset=12
            local.get 2
            i64.load
            local.tee 9
            local.get 9
            i64.const 63
            i64.shr_s
            local.tee 10
            i64.add
            local.get 10
            i64.xor
            local.set 10
            local.get 4
            local.set 2
            loop  ;; label = @5
              local.get 2
              local.get 10
              local.get 10
              i64.const 10
              i64.div_u
              local.tee 11
              i64.const 10
              i64.mul
              i64.sub
              i32.wrap_i64
              i32.const 48
              i32.or
              i32.store8
              local.get 2
              i32.const -1
              i32.add
              local.set 2
              local.get 10
              i64.const 9
              i64.gt_u
              local.set 6
              local.get 11
              local.set 10
              local.get 6
              br_if 0 (;@5;)
            end
            block  ;; label = @5
              block  ;; label = @6
                local.get 9
                i64.const -1
                i64.le_s
                br_if 0 (;@6;)
                local.get 2
                i32.const 1
                i32.add
                local.set 2
                br 1 (;@5;)
              end
              local.get 2
              i32.const 45
              i32.store8
            end
            local.get 3
            i32.const 16
            i32.add
            local.get 2
            local.get 5
            local.get 2
            i32.sub
            call $rt_sb_put
            local.get 1
            i32.const 1
            i32.add
            local.set 1
            br 2 (;@2;)
          end
          local.get 3
          local.get 3
          i32.load offset=12
          local.tee 2
          i32.const 4
          i32.add
          i32.store offset=12
          local.get 2
          i32.load
          local.set 8
          block  ;; label = @4
            block  ;; label = @5
              local.get 3
              i32.load offset=24
              local.tee 2
              local.get 3
              i32.load offset=20
              local.tee 7
              i32.eq
              br_if 0 (;@5;)
              local.get 3
              i32.load offset=16
              local.set 6
              local.get 7
              local.set 2
              br 1 (;@4;)
            end
            local.get 2
            i32.const 2147483392
            i32.eq
            br_if 3 (;@1;)
            block  ;; label = @5
              local.get 2
              i32.const 64
              local.get 2
              select
              local.tee 7
              local.get 2
              i32.ne
              br_if 0 (;@5;)
              i32.const 2147483392
              local.get 2
              i32.const 1
              i32.shl
              local.get 2
              i32.const 1073741568
              i32.gt_u
              select
              local.tee 7
              local.get 2
              i32.ne
              br_if 0 (;@5;)
              loop  ;; label = @6
                br 0 (;@6;)
              end
            end
            local.get 7
            call $rt_alloc
            local.set 6
            block  ;; label = @5
              local.get 2
              i32.eqz
              br_if 0 (;@5;)
              local.get 6
              local.get 3
              i32.load offset=16
              local.get 2
              call $rt_memcpy
            end
            local.get 3
            local.get 7
            i32.store offset=24
            local.get 3
            local.get 6
            i32.store offset=16
          end
          local.get 3
          local.get 2
          i32.const 1
          i32.add
          i32.store offset=20
          local.get 6
          local.get 2
          i32.add
          local.get 8
          i32.store8
          local.get 1
          i32.const 1
          i32.add
          local.set 1
          br 1 (;@2;)
        end
        block  ;; label = @3
          block  ;; label = @4
            local.get 3
            i32.load offset=24
            local.tee 6
            local.get 3
            i32.load offset=20
            local.tee 7
            i32.eq
            br_if 0 (;@4;)
            local.get 3
            i32.load offset=16
            local.set 8
            local.get 7
            local.set 6
            br 1 (;@3;)
          end
          local.get 6
          i32.const 2147483392
          i32.eq
          br_if 2 (;@1;)
          block  ;; label = @4
            local.get 6
            i32.const 64
            local.get 6
            select
            local.tee 7
            local.get 6
            i32.ne
            br_if 0 (;@4;)
            i32.const 2147483392
            local.get 6
            i32.const 1
            i32.shl
            local.get 6
            i32.const 1073741568
            i32.gt_u
            select
            local.tee 7
            local.get 6
            i32.ne
            br_if 0 (;@4;)
            loop  ;; label = @5
              br 0 (;@5;)
            end
          end
          local.get 7
          call $rt_alloc
          local.set 8
          block  ;; label = @4
            local.get 6
            i32.eqz
            br_if 0 (;@4;)
            local.get 8
            local.get 3
            i32.load offset=16
            local.get 6
            call $rt_memcpy
          end
          local.get 3
          local.get 7
          i32.store offset=24
          local.get 3
          local.get 8
          i32.store offset=16
        end
        local.get 3
        local.get 6
        i32.const 1
        i32.add
        i32.store offset=20
        local.get 8
        local.get 6
        i32.add
        local.get 2
        i32.store8
        local.get 1
        i32.const 1
        i32.add
        local.set 1
        br 0 (;@2;)
      end
    end
    call $rt_fatal_memory
    unreachable)
  (func $rt_sb_put (type 7) (param i32 i32 i32)
    (local i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        i32.eqz
        br_if 0 (;@2;)
        block  ;; label = @3
          block  ;; label = @4
            local.get 0
            i32.load offset=8
            local.tee 3
            local.get 0
            i32.load offset=4
            local.tee 4
            i32.sub
            local.get 2
            i32.lt_u
            br_if 0 (;@4;)
            local.get 0
            i32.load
            local.set 5
            br 1 (;@3;)
          end
          i32.const 2147483392
          local.get 4
          i32.sub
          local.get 2
          i32.lt_u
          br_if 2 (;@1;)
          block  ;; label = @4
            local.get 3
            i32.const 64
            local.get 3
            select
            local.tee 3
            local.get 4
            i32.sub
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              i32.const 2147483392
              local.get 3
              i32.const 1
              i32.shl
              local.get 3
              i32.const 1073741568
              i32.gt_u
              select
              local.tee 3
              local.get 4
              i32.sub
              local.get 2
              i32.lt_u
              br_if 0 (;@5;)
            end
          end
          local.get 3
          call $rt_alloc
          local.set 5
          block  ;; label = @4
            block  ;; label = @5
              local.get 0
              i32.load offset=4
              local.tee 4
              br_if 0 (;@5;)
              i32.const 0
              local.set 4
              br 1 (;@4;)
            end
            local.get 5
            local.get 0
            i32.load
            local.get 4
            call $rt_memcpy
            local.get 0
            i32.load offset=4
            local.set 4
          end
          local.get 0
          local.get 3
          i32.store offset=8
          local.get 0
          local.get 5
          i32.store
        end
        local.get 5
        local.get 4
        i32.add
        local.get 1
        local.get 2
        call $rt_memcpy
        local.get 0
        local.get 0
        i32.load offset=4
        local.get 2
        i32.add
        i32.store offset=4
      end
      return
    end
    call $rt_fatal_memory
    unreachable)
  (func $rt_type_cname (type 4) (param i32) (result i32)
    (local i32)
    i32.const 67244
    local.set 1
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                block  ;; label = @15
                                  block  ;; label = @16
                                    block  ;; label = @17
                                      block  ;; label = @18
                                        block  ;; label = @19
                                          block  ;; label = @20
                                            block  ;; label = @21
                                              local.get 0
                                              i32.load8_u
                                              i32.const -1
                                              i32.add
                                              br_table 20 (;@1;) 0 (;@21;) 1 (;@20;) 2 (;@19;) 3 (;@18;) 4 (;@17;) 5 (;@16;) 6 (;@15;) 7 (;@14;) 8 (;@13;) 9 (;@12;) 19 (;@2;) 10 (;@11;) 18 (;@3;) 12 (;@9;) 11 (;@10;) 18 (;@3;) 13 (;@8;) 14 (;@7;) 16 (;@5;) 17 (;@4;) 18 (;@3;) 15 (;@6;) 18 (;@3;)
                                            end
                                            i32.const 67751
                                            return
                                          end
                                          i32.const 68212
                                          return
                                        end
                                        i32.const 68669
                                        return
                                      end
                                      i32.const 68965
                                      return
                                    end
                                    i32.const 69108
                                    return
                                  end
                                  i32.const 69378
                                  return
                                end
                                i32.const 69481
                                return
                              end
                              i32.const 69832
                              return
                            end
                            i32.const 70108
                            return
                          end
                          i32.const 70345
                          return
                        end
                        i32.const 71645
                        i32.const 71732
                        i32.const 71809
                        local.get 0
                        i32.load offset=4
                        local.tee 0
                        i32.const 2
                        i32.eq
                        select
                        local.get 0
                        i32.const 1
                        i32.eq
                        select
                        return
                      end
                      i32.const 71903
                      return
                    end
                    local.get 0
                    i32.load offset=8
                    call $rt_class_cname
                    return
                  end
                  i32.const 71931
                  return
                end
                local.get 0
                call $rt_instance_cname
                return
              end
              i32.const 71977
              return
            end
            i32.const 72024
            return
          end
          i32.const 72105
          return
        end
        i32.const 72169
        return
      end
      i32.const 71542
      local.set 1
      local.get 0
      i32.load offset=4
      i32.const -1
      i32.add
      local.tee 0
      i32.const 9
      i32.ge_u
      br_if 0 (;@1;)
      local.get 0
      i32.const 2
      i32.shl
      i32.const 75396
      i32.add
      i32.load
      local.set 1
    end
    local.get 1)
  (func $rt_sb_putc (type 9) (param i32 i32)
    (local i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 0
          i32.load offset=8
          local.tee 2
          local.get 0
          i32.load offset=4
          local.tee 3
          i32.eq
          br_if 0 (;@3;)
          local.get 0
          i32.load
          local.set 2
          br 1 (;@2;)
        end
        local.get 2
        i32.const 2147483392
        i32.eq
        br_if 1 (;@1;)
        i32.const 2147483392
        local.get 2
        i32.const 1
        i32.shl
        local.get 2
        i32.const 1073741568
        i32.gt_u
        select
        local.get 2
        i32.const 64
        local.get 2
        select
        local.tee 3
        local.get 3
        local.get 2
        i32.eq
        select
        local.tee 4
        call $rt_alloc
        local.set 2
        block  ;; label = @3
          block  ;; label = @4
            local.get 0
            i32.load offset=4
            local.tee 3
            br_if 0 (;@4;)
            i32.const 0
            local.set 3
            br 1 (;@3;)
          end
          local.get 2
          local.get 0
          i32.load
          local.get 3
          call $rt_memcpy
          local.get 0
          i32.load offset=4
          local.set 3
        end
        local.get 0
        local.get 4
        i32.store offset=8
        local.get 0
        local.get 2
        i32.store
      end
      local.get 0
      local.get 3
      i32.const 1
      i32.add
      i32.store offset=4
      local.get 2
      local.get 3
      i32.add
      local.get 1
      i32.store8
      return
    end
    call $rt_fatal_memory
    unreachable)
  (func $rt_sb_puts (type 9) (param i32 i32)
    local.get 0
    local.get 1
    local.get 1
    call $rt_cstrlen
    call $rt_sb_put)
  (func $rt_sb_put_i64 (type 8) (param i32 i64)
    (local i32 i64 i32 i32 i64 i32)
    global.get $__stack_pointer
    i32.const 32
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    local.get 1
    local.get 1
    i64.const 63
    i64.shr_s
    local.tee 3
    i64.add
    local.get 3
    i64.xor
    local.set 3
    local.get 2
    i32.const 23
    i32.add
    local.set 4
    local.get 2
    i32.const 24
    i32.add
    local.set 5
    loop  ;; label = @1
      local.get 4
      local.get 3
      local.get 3
      i64.const 10
      i64.div_u
      local.tee 6
      i64.const 10
      i64.mul
      i64.sub
      i32.wrap_i64
      i32.const 48
      i32.or
      i32.store8
      local.get 4
      i32.const -1
      i32.add
      local.set 4
      local.get 3
      i64.const 9
      i64.gt_u
      local.set 7
      local.get 6
      local.set 3
      local.get 7
      br_if 0 (;@1;)
    end
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i64.const -1
        i64.le_s
        br_if 0 (;@2;)
        local.get 4
        i32.const 1
        i32.add
        local.set 4
        br 1 (;@1;)
      end
      local.get 4
      i32.const 45
      i32.store8
    end
    local.get 0
    local.get 4
    local.get 5
    local.get 4
    i32.sub
    call $rt_sb_put
    local.get 2
    i32.const 32
    i32.add
    global.set $__stack_pointer)
  (func $rt_sb_finish (type 4) (param i32) (result i32)
    (local i32)
    block  ;; label = @1
      local.get 0
      i32.load offset=4
      local.tee 1
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      i32.load
      local.get 1
      call $rt_str_from_bytes
      return
    end
    i32.const 0
    call $rt_str_alloc)
  (func $rt_repr_into (type 9) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    global.get $__stack_pointer
    i32.const 48
    i32.sub
    local.tee 2
    global.set $__stack_pointer
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                block  ;; label = @15
                                  block  ;; label = @16
                                    local.get 1
                                    i32.load
                                    local.tee 3
                                    i32.const 255
                                    i32.and
                                    local.tee 4
                                    i32.const -1
                                    i32.add
                                    br_table 0 (;@16;) 1 (;@15;) 4 (;@12;) 2 (;@14;) 3 (;@13;) 5 (;@11;) 6 (;@10;) 7 (;@9;) 8 (;@8;) 8 (;@8;) 13 (;@3;) 14 (;@2;) 9 (;@7;) 14 (;@2;) 10 (;@6;) 14 (;@2;) 14 (;@2;) 12 (;@4;) 11 (;@5;) 14 (;@2;)
                                  end
                                  local.get 0
                                  local.get 1
                                  i32.const 16
                                  i32.add
                                  local.get 1
                                  i32.load offset=8
                                  call $rt_repr_bytes
                                  local.tee 1
                                  i32.const 16
                                  i32.add
                                  local.get 1
                                  i32.load offset=8
                                  call $rt_sb_put
                                  br 14 (;@1;)
                                end
                                local.get 0
                                local.get 1
                                i64.load offset=8
                                call $rt_sb_put_i64
                                br 13 (;@1;)
                              end
                              block  ;; label = @14
                                local.get 1
                                i64.load offset=8
                                i64.eqz
                                br_if 0 (;@14;)
                                local.get 0
                                i32.const 65864
                                i32.const 4
                                call $rt_sb_put
                                br 13 (;@1;)
                              end
                              local.get 0
                              i32.const 66426
                              i32.const 5
                              call $rt_sb_put
                              br 12 (;@1;)
                            end
                            local.get 0
                            i32.const 66936
                            i32.const 4
                            call $rt_sb_put
                            br 11 (;@1;)
                          end
                          local.get 0
                          local.get 2
                          local.get 1
                          f64.load offset=8
                          local.get 2
                          call $rt_format_float
                          call $rt_sb_put
                          br 10 (;@1;)
                        end
                        block  ;; label = @11
                          i32.const 0
                          i32.load offset=103408
                          local.tee 5
                          i32.eqz
                          br_if 0 (;@11;)
                          i32.const 103424
                          local.set 3
                          local.get 5
                          local.set 6
                          block  ;; label = @12
                            loop  ;; label = @13
                              local.get 3
                              i32.load
                              local.get 1
                              i32.eq
                              br_if 1 (;@12;)
                              local.get 3
                              i32.const 4
                              i32.add
                              local.set 3
                              local.get 6
                              i32.const -1
                              i32.add
                              local.tee 6
                              br_if 0 (;@13;)
                            end
                            local.get 5
                            i32.const 1000
                            i32.ne
                            br_if 1 (;@11;)
                            i32.const 42
                            i32.const 69486
                            call $rt_raise_cstr
                          end
                          local.get 0
                          i32.const 69396
                          i32.const 5
                          call $rt_sb_put
                          br 10 (;@1;)
                        end
                        i32.const 0
                        local.get 5
                        i32.const 1
                        i32.add
                        i32.store offset=103408
                        local.get 5
                        i32.const 2
                        i32.shl
                        i32.const 103424
                        i32.add
                        local.get 1
                        i32.store
                        local.get 0
                        i32.const 91
                        call $rt_sb_putc
                        block  ;; label = @11
                          local.get 1
                          i32.load offset=8
                          i32.eqz
                          br_if 0 (;@11;)
                          i32.const 0
                          local.set 3
                          i32.const 0
                          local.set 6
                          loop  ;; label = @12
                            block  ;; label = @13
                              local.get 6
                              i32.eqz
                              br_if 0 (;@13;)
                              local.get 0
                              i32.const 69099
                              i32.const 2
                              call $rt_sb_put
                            end
                            local.get 0
                            local.get 1
                            i32.load offset=16
                            local.get 3
                            i32.add
                            i32.load
                            call $rt_repr_into
                            local.get 3
                            i32.const 4
                            i32.add
                            local.set 3
                            local.get 6
                            i32.const 1
                            i32.add
                            local.tee 6
                            local.get 1
                            i32.load offset=8
                            i32.lt_u
                            br_if 0 (;@12;)
                          end
                        end
                        local.get 0
                        i32.const 93
                        call $rt_sb_putc
                        i32.const 0
                        i32.const 0
                        i32.load offset=103408
                        i32.const -1
                        i32.add
                        i32.store offset=103408
                        br 9 (;@1;)
                      end
                      block  ;; label = @10
                        i32.const 0
                        i32.load offset=103408
                        local.tee 5
                        i32.eqz
                        br_if 0 (;@10;)
                        i32.const 103424
                        local.set 3
                        local.get 5
                        local.set 6
                        block  ;; label = @11
                          loop  ;; label = @12
                            local.get 3
                            i32.load
                            local.get 1
                            i32.eq
                            br_if 1 (;@11;)
                            local.get 3
                            i32.const 4
                            i32.add
                            local.set 3
                            local.get 6
                            i32.const -1
                            i32.add
                            local.tee 6
                            br_if 0 (;@12;)
                          end
                          local.get 5
                          i32.const 1000
                          i32.ne
                          br_if 1 (;@10;)
                          i32.const 42
                          i32.const 69486
                          call $rt_raise_cstr
                        end
                        local.get 0
                        i32.const 70039
                        i32.const 5
                        call $rt_sb_put
                        br 9 (;@1;)
                      end
                      i32.const 0
                      local.get 5
                      i32.const 1
                      i32.add
                      i32.store offset=103408
                      local.get 5
                      i32.const 2
                      i32.shl
                      i32.const 103424
                      i32.add
                      local.get 1
                      i32.store
                      local.get 0
                      i32.const 40
                      call $rt_sb_putc
                      block  ;; label = @10
                        local.get 1
                        i32.load offset=8
                        local.tee 5
                        i32.eqz
                        br_if 0 (;@10;)
                        local.get 1
                        i32.const 16
                        i32.add
                        local.set 3
                        i32.const 0
                        local.set 6
                        loop  ;; label = @11
                          block  ;; label = @12
                            local.get 6
                            i32.eqz
                            br_if 0 (;@12;)
                            local.get 0
                            i32.const 69099
                            i32.const 2
                            call $rt_sb_put
                          end
                          local.get 0
                          local.get 3
                          i32.load
                          call $rt_repr_into
                          local.get 3
                          i32.const 4
                          i32.add
                          local.set 3
                          local.get 5
                          local.get 6
                          i32.const 1
                          i32.add
                          local.tee 6
                          i32.ne
                          br_if 0 (;@11;)
                        end
                        local.get 1
                        i32.load offset=8
                        i32.const 1
                        i32.ne
                        br_if 0 (;@10;)
                        local.get 0
                        i32.const 44
                        call $rt_sb_putc
                      end
                      local.get 0
                      i32.const 41
                      call $rt_sb_putc
                      i32.const 0
                      i32.const 0
                      i32.load offset=103408
                      i32.const -1
                      i32.add
                      i32.store offset=103408
                      br 8 (;@1;)
                    end
                    block  ;; label = @9
                      i32.const 0
                      i32.load offset=103408
                      local.tee 5
                      i32.eqz
                      br_if 0 (;@9;)
                      i32.const 103424
                      local.set 3
                      local.get 5
                      local.set 6
                      block  ;; label = @10
                        loop  ;; label = @11
                          local.get 3
                          i32.load
                          local.get 1
                          i32.eq
                          br_if 1 (;@10;)
                          local.get 3
                          i32.const 4
                          i32.add
                          local.set 3
                          local.get 6
                          i32.const -1
                          i32.add
                          local.tee 6
                          br_if 0 (;@11;)
                        end
                        local.get 5
                        i32.const 1000
                        i32.ne
                        br_if 1 (;@9;)
                        i32.const 42
                        i32.const 69486
                        call $rt_raise_cstr
                      end
                      local.get 0
                      i32.const 70076
                      i32.const 5
                      call $rt_sb_put
                      br 8 (;@1;)
                    end
                    i32.const 0
                    local.get 5
                    i32.const 1
                    i32.add
                    i32.store offset=103408
                    local.get 5
                    i32.const 2
                    i32.shl
                    i32.const 103424
                    i32.add
                    local.get 1
                    i32.store
                    local.get 0
                    i32.const 123
                    call $rt_sb_putc
                    block  ;; label = @9
                      local.get 1
                      i32.load offset=8
                      i32.eqz
                      br_if 0 (;@9;)
                      local.get 0
                      local.get 1
                      i32.const 1
                      i32.const 1
                      call $put_dict_body
                    end
                    local.get 0
                    i32.const 125
                    call $rt_sb_putc
                    i32.const 0
                    i32.const 0
                    i32.load offset=103408
                    i32.const -1
                    i32.add
                    i32.store offset=103408
                    br 7 (;@1;)
                  end
                  i32.const 70401
                  i32.const 70649
                  local.get 4
                  i32.const 10
                  i32.eq
                  select
                  local.set 7
                  block  ;; label = @8
                    local.get 1
                    i32.const 12
                    i32.add
                    i32.load
                    br_if 0 (;@8;)
                    local.get 0
                    local.get 7
                    call $rt_sb_puts
                    local.get 0
                    i32.const 70901
                    i32.const 2
                    call $rt_sb_put
                    br 7 (;@1;)
                  end
                  block  ;; label = @8
                    i32.const 0
                    i32.load offset=103408
                    local.tee 5
                    i32.eqz
                    br_if 0 (;@8;)
                    i32.const 103424
                    local.set 3
                    local.get 5
                    local.set 6
                    block  ;; label = @9
                      loop  ;; label = @10
                        local.get 3
                        i32.load
                        local.get 1
                        i32.eq
                        br_if 1 (;@9;)
                        local.get 3
                        i32.const 4
                        i32.add
                        local.set 3
                        local.get 6
                        i32.const -1
                        i32.add
                        local.tee 6
                        br_if 0 (;@10;)
                      end
                      local.get 5
                      i32.const 1000
                      i32.ne
                      br_if 1 (;@8;)
                      i32.const 42
                      i32.const 69486
                      call $rt_raise_cstr
                    end
                    local.get 0
                    local.get 7
                    call $rt_sb_puts
                    local.get 0
                    i32.const 70039
                    i32.const 5
                    call $rt_sb_put
                    br 7 (;@1;)
                  end
                  i32.const 0
                  local.get 5
                  i32.const 1
                  i32.add
                  i32.store offset=103408
                  local.get 5
                  i32.const 2
                  i32.shl
                  i32.const 103424
                  i32.add
                  local.get 1
                  i32.store
                  block  ;; label = @8
                    local.get 4
                    i32.const 10
                    i32.ne
                    br_if 0 (;@8;)
                    local.get 0
                    i32.const 71061
                    i32.const 10
                    call $rt_sb_put
                  end
                  local.get 0
                  i32.const 123
                  call $rt_sb_putc
                  i32.const 0
                  local.set 5
                  i32.const 8
                  local.set 3
                  call $rt_set_dummy
                  local.set 8
                  i32.const 1
                  local.set 7
                  loop  ;; label = @8
                    block  ;; label = @9
                      local.get 1
                      i32.load offset=24
                      local.get 3
                      i32.add
                      i32.load
                      local.tee 6
                      i32.eqz
                      br_if 0 (;@9;)
                      local.get 6
                      local.get 8
                      i32.eq
                      br_if 0 (;@9;)
                      block  ;; label = @10
                        local.get 7
                        br_if 0 (;@10;)
                        local.get 0
                        i32.const 69099
                        i32.const 2
                        call $rt_sb_put
                      end
                      local.get 0
                      local.get 6
                      call $rt_repr_into
                      i32.const 0
                      local.set 7
                    end
                    local.get 3
                    i32.const 16
                    i32.add
                    local.set 3
                    local.get 5
                    i32.const 1
                    i32.add
                    local.tee 5
                    local.get 1
                    i32.load offset=16
                    i32.le_u
                    br_if 0 (;@8;)
                  end
                  local.get 0
                  i32.const 125
                  call $rt_sb_putc
                  block  ;; label = @8
                    local.get 4
                    i32.const 10
                    i32.ne
                    br_if 0 (;@8;)
                    local.get 0
                    i32.const 41
                    call $rt_sb_putc
                  end
                  i32.const 0
                  i32.const 0
                  i32.load offset=103408
                  i32.const -1
                  i32.add
                  i32.store offset=103408
                  br 6 (;@1;)
                end
                local.get 1
                i32.load offset=8
                local.set 5
                local.get 1
                call $rt_type_cname
                local.set 4
                block  ;; label = @7
                  i32.const 0
                  i32.load offset=103408
                  local.tee 7
                  i32.eqz
                  br_if 0 (;@7;)
                  i32.const 103424
                  local.set 3
                  local.get 7
                  local.set 6
                  block  ;; label = @8
                    loop  ;; label = @9
                      local.get 3
                      i32.load
                      local.get 1
                      i32.eq
                      br_if 1 (;@8;)
                      local.get 3
                      i32.const 4
                      i32.add
                      local.set 3
                      local.get 6
                      i32.const -1
                      i32.add
                      local.tee 6
                      br_if 0 (;@9;)
                    end
                    local.get 7
                    i32.const 1000
                    i32.ne
                    br_if 1 (;@7;)
                    i32.const 42
                    i32.const 69486
                    call $rt_raise_cstr
                  end
                  local.get 0
                  i32.const 71276
                  i32.const 3
                  call $rt_sb_put
                  br 6 (;@1;)
                end
                i32.const 0
                local.get 7
                i32.const 1
                i32.add
                i32.store offset=103408
                local.get 7
                i32.const 2
                i32.shl
                i32.const 103424
                i32.add
                local.get 1
                i32.store
                local.get 0
                local.get 4
                call $rt_sb_puts
                local.get 0
                i32.const 71344
                i32.const 2
                call $rt_sb_put
                block  ;; label = @7
                  local.get 5
                  i32.load offset=8
                  i32.eqz
                  br_if 0 (;@7;)
                  block  ;; label = @8
                    local.get 1
                    i32.load offset=4
                    local.tee 1
                    i32.const 3
                    i32.ne
                    br_if 0 (;@8;)
                    local.get 5
                    i32.load offset=12
                    local.tee 7
                    i32.eqz
                    br_if 1 (;@7;)
                    local.get 5
                    i32.load offset=20
                    i32.const 2
                    i32.shl
                    local.get 5
                    i32.load offset=24
                    i32.add
                    i32.const 4
                    i32.add
                    local.set 4
                    i32.const 0
                    local.set 6
                    i32.const 8
                    local.set 1
                    i32.const 1
                    local.set 8
                    loop  ;; label = @9
                      block  ;; label = @10
                        local.get 4
                        local.get 1
                        i32.add
                        local.tee 3
                        i32.load
                        i32.eqz
                        br_if 0 (;@10;)
                        block  ;; label = @11
                          local.get 8
                          br_if 0 (;@11;)
                          local.get 0
                          i32.const 69099
                          i32.const 2
                          call $rt_sb_put
                        end
                        local.get 0
                        i32.const 40
                        call $rt_sb_putc
                        local.get 0
                        local.get 3
                        i32.load
                        call $rt_repr_into
                        local.get 0
                        i32.const 69099
                        i32.const 2
                        call $rt_sb_put
                        local.get 0
                        local.get 3
                        i32.const 4
                        i32.add
                        i32.load
                        call $rt_repr_into
                        local.get 0
                        i32.const 41
                        call $rt_sb_putc
                        local.get 5
                        i32.load offset=20
                        i32.const 2
                        i32.shl
                        local.get 5
                        i32.load offset=24
                        i32.add
                        i32.const 4
                        i32.add
                        local.set 4
                        local.get 5
                        i32.load offset=12
                        local.set 7
                        i32.const 0
                        local.set 8
                      end
                      local.get 1
                      i32.const 16
                      i32.add
                      local.set 1
                      local.get 6
                      i32.const 1
                      i32.add
                      local.tee 6
                      local.get 7
                      i32.lt_u
                      br_if 0 (;@9;)
                      br 2 (;@7;)
                    end
                  end
                  local.get 0
                  local.get 5
                  local.get 1
                  i32.const 1
                  i32.eq
                  local.get 1
                  i32.const 2
                  i32.eq
                  call $put_dict_body
                end
                local.get 0
                i32.const 71392
                i32.const 2
                call $rt_sb_put
                i32.const 0
                i32.const 0
                i32.load offset=103408
                i32.const -1
                i32.add
                i32.store offset=103408
                br 5 (;@1;)
              end
              local.get 0
              local.get 1
              i32.const 0
              call $rt_special_repr_into
              br_if 4 (;@1;)
              local.get 0
              local.get 1
              call $rt_exc_repr_into
              br 4 (;@1;)
            end
            local.get 0
            local.get 1
            i32.const 0
            call $rt_special_repr_into
            drop
            br 3 (;@1;)
          end
          local.get 0
          i32.const 67625
          i32.const 68052
          local.get 3
          i32.const 256
          i32.and
          select
          call $rt_sb_puts
          local.get 0
          local.get 1
          call $rt_class_cname
          call $rt_sb_puts
          local.get 0
          i32.const 68363
          call $rt_sb_puts
          br 2 (;@1;)
        end
        local.get 0
        i32.const 68757
        i32.const 6
        call $rt_sb_put
        local.get 0
        local.get 1
        i64.load offset=8
        call $rt_sb_put_i64
        local.get 0
        i32.const 69099
        i32.const 2
        call $rt_sb_put
        local.get 0
        local.get 1
        i64.load offset=16
        call $rt_sb_put_i64
        block  ;; label = @3
          local.get 1
          i64.load offset=24
          i64.const 1
          i64.eq
          br_if 0 (;@3;)
          local.get 0
          i32.const 69099
          i32.const 2
          call $rt_sb_put
          local.get 0
          local.get 1
          i64.load offset=24
          call $rt_sb_put_i64
        end
        local.get 0
        i32.const 41
        call $rt_sb_putc
        br 1 (;@1;)
      end
      local.get 0
      i32.const 60
      call $rt_sb_putc
      local.get 0
      local.get 1
      call $rt_type_cname
      call $rt_sb_puts
      local.get 0
      i32.const 69273
      i32.const 11
      call $rt_sb_put
      i32.const 0
      local.set 3
      loop  ;; label = @2
        local.get 2
        local.get 3
        i32.add
        local.get 1
        i32.const 15
        i32.and
        i32.const 75520
        i32.add
        i32.load8_u
        i32.store8
        local.get 3
        i32.const 1
        i32.add
        local.set 3
        local.get 1
        i32.const 15
        i32.gt_u
        local.set 6
        local.get 1
        i32.const 4
        i32.shr_u
        local.set 1
        local.get 6
        br_if 0 (;@2;)
      end
      local.get 0
      i32.const 71446
      i32.const 2
      call $rt_sb_put
      block  ;; label = @2
        local.get 3
        i32.const -1
        i32.add
        i32.const 10
        i32.gt_u
        br_if 0 (;@2;)
        i32.const 0
        i32.const 11
        local.get 3
        i32.sub
        local.tee 1
        local.get 1
        i32.const 11
        i32.gt_u
        select
        i32.const 1
        i32.add
        local.set 1
        loop  ;; label = @3
          local.get 0
          i32.const 48
          call $rt_sb_putc
          local.get 1
          i32.const -1
          i32.add
          local.tee 1
          br_if 0 (;@3;)
        end
      end
      local.get 2
      i32.const -1
      i32.add
      local.set 1
      loop  ;; label = @2
        local.get 0
        local.get 1
        local.get 3
        i32.add
        i32.load8_s
        call $rt_sb_putc
        local.get 3
        i32.const -1
        i32.add
        local.tee 3
        br_if 0 (;@2;)
      end
      local.get 0
      i32.const 62
      call $rt_sb_putc
    end
    local.get 2
    i32.const 48
    i32.add
    global.set $__stack_pointer)
  (func $put_dict_body (type 10) (param i32 i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.load offset=24
        local.tee 4
        br_if 0 (;@2;)
        i32.const 0
        local.set 5
        br 1 (;@1;)
      end
      local.get 1
      i32.load offset=20
      i32.const 2
      i32.shl
      local.get 4
      i32.add
      i32.const 4
      i32.add
      local.set 5
    end
    block  ;; label = @1
      local.get 1
      i32.load offset=12
      local.tee 6
      i32.eqz
      br_if 0 (;@1;)
      i32.const 0
      local.set 7
      local.get 2
      i32.const 0
      i32.ne
      local.get 3
      i32.const 0
      i32.ne
      i32.and
      local.set 8
      i32.const 8
      local.set 3
      i32.const 1
      local.set 9
      loop  ;; label = @2
        block  ;; label = @3
          local.get 5
          local.get 3
          i32.add
          local.tee 4
          i32.load
          i32.eqz
          br_if 0 (;@3;)
          block  ;; label = @4
            local.get 9
            br_if 0 (;@4;)
            local.get 0
            i32.const 69099
            i32.const 2
            call $rt_sb_put
          end
          block  ;; label = @4
            block  ;; label = @5
              local.get 8
              i32.eqz
              br_if 0 (;@5;)
              local.get 0
              local.get 4
              i32.load
              call $rt_repr_into
              local.get 0
              i32.const 70368
              i32.const 2
              call $rt_sb_put
              local.get 4
              i32.const 4
              i32.add
              local.set 4
              br 1 (;@4;)
            end
            local.get 4
            local.get 4
            i32.const 4
            i32.add
            local.get 2
            select
            local.set 4
          end
          local.get 0
          local.get 4
          i32.load
          call $rt_repr_into
          local.get 1
          i32.load offset=20
          i32.const 2
          i32.shl
          local.get 1
          i32.load offset=24
          i32.add
          i32.const 4
          i32.add
          local.set 5
          local.get 1
          i32.load offset=12
          local.set 6
          i32.const 0
          local.set 9
        end
        local.get 3
        i32.const 16
        i32.add
        local.set 3
        local.get 7
        i32.const 1
        i32.add
        local.tee 7
        local.get 6
        i32.lt_u
        br_if 0 (;@2;)
      end
    end)
  (func $rt_str_into (type 9) (param i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              local.get 1
              i32.load8_u
              i32.const -1
              i32.add
              br_table 0 (;@5;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 1 (;@4;) 3 (;@2;) 3 (;@2;) 3 (;@2;) 2 (;@3;) 3 (;@2;)
            end
            local.get 0
            local.get 1
            i32.const 16
            i32.add
            local.get 1
            i32.load offset=8
            call $rt_sb_put
            return
          end
          local.get 0
          local.get 1
          i32.const 1
          call $rt_special_repr_into
          br_if 2 (;@1;)
          local.get 0
          local.get 1
          call $rt_exc_str_into
          return
        end
        local.get 0
        local.get 1
        i32.const 1
        call $rt_special_repr_into
        drop
        return
      end
      local.get 0
      local.get 1
      call $rt_repr_into
    end)
  (func $rt_set_dummy (type 2) (result i32)
    i32.const 88720)
  (func $rt_str_alloc (type 4) (param i32) (result i32)
    (local i32)
    block  ;; label = @1
      local.get 0
      i32.const 2147483393
      i32.lt_u
      br_if 0 (;@1;)
      call $rt_fatal_memory
      unreachable
    end
    local.get 0
    i32.const 17
    i32.add
    call $rt_alloc
    local.tee 1
    local.get 0
    i32.store offset=8
    local.get 1
    i32.const 1
    i32.store
    local.get 1
    local.get 0
    i32.add
    i32.const 16
    i32.add
    i32.const 0
    i32.store8
    local.get 1)
  (func $rt_str_from_bytes (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32)
    block  ;; label = @1
      local.get 1
      i32.const 2147483393
      i32.ge_u
      br_if 0 (;@1;)
      local.get 1
      i32.const 17
      i32.add
      call $rt_alloc
      local.tee 2
      local.get 1
      i32.store offset=8
      local.get 2
      i32.const 1
      i32.store
      i32.const 0
      local.set 3
      local.get 2
      i32.const 16
      i32.add
      local.tee 4
      local.get 1
      i32.add
      i32.const 0
      i32.store8
      local.get 4
      local.get 0
      local.get 1
      call $rt_memcpy
      block  ;; label = @2
        local.get 1
        i32.eqz
        br_if 0 (;@2;)
        i32.const 0
        local.set 3
        loop  ;; label = @3
          local.get 3
          local.get 0
          i32.load8_u
          i32.const 192
          i32.and
          i32.const 128
          i32.ne
          i32.add
          local.set 3
          local.get 0
          i32.const 1
          i32.add
          local.set 0
          local.get 1
          i32.const -1
          i32.add
          local.tee 1
          br_if 0 (;@3;)
        end
      end
      local.get 2
      local.get 3
      i32.store offset=12
      local.get 2
      return
    end
    call $rt_fatal_memory
    unreachable)
  (func $rt_repr_bytes (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 1
          br_if 0 (;@3;)
          i32.const 39
          local.set 2
          br 1 (;@2;)
        end
        i32.const 0
        local.set 3
        i32.const 0
        local.set 4
        i32.const 0
        local.set 5
        loop  ;; label = @3
          i32.const 1
          local.set 6
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                local.get 0
                local.get 5
                i32.add
                i32.load8_u
                i32.const -34
                i32.add
                br_table 0 (;@6;) 1 (;@5;) 1 (;@5;) 1 (;@5;) 1 (;@5;) 2 (;@4;) 1 (;@5;)
              end
              i32.const 1
              local.set 4
            end
            local.get 3
            local.set 6
          end
          local.get 6
          local.set 3
          local.get 1
          local.get 5
          i32.const 1
          i32.add
          local.tee 5
          i32.ne
          br_if 0 (;@3;)
        end
        local.get 1
        i32.const 536870656
        i32.gt_u
        br_if 1 (;@1;)
        i32.const 39
        i32.const 34
        local.get 4
        select
        i32.const 39
        local.get 6
        select
        local.set 2
      end
      i32.const 2
      local.set 6
      local.get 1
      i32.const 2
      i32.shl
      i32.const 3
      i32.or
      call $rt_alloc
      local.tee 7
      local.get 2
      i32.store8
      block  ;; label = @2
        block  ;; label = @3
          local.get 1
          br_if 0 (;@3;)
          local.get 7
          local.get 2
          i32.store8 offset=1
          i32.const 1
          local.set 8
          br 1 (;@2;)
        end
        i32.const 0
        local.set 9
        i32.const 1
        local.set 8
        loop  ;; label = @3
          local.get 0
          local.get 9
          i32.add
          local.tee 4
          i32.load8_s
          local.tee 5
          i32.const 255
          i32.and
          local.set 6
          block  ;; label = @4
            block  ;; label = @5
              local.get 5
              i32.const -1
              i32.le_s
              br_if 0 (;@5;)
              i32.const 1
              local.set 3
              br 1 (;@4;)
            end
            block  ;; label = @5
              local.get 6
              i32.const 192
              i32.and
              i32.const 128
              i32.ne
              br_if 0 (;@5;)
              i32.const 1
              local.set 3
              br 1 (;@4;)
            end
            block  ;; label = @5
              i32.const 2
              i32.const 3
              i32.const 4
              local.get 5
              i32.const -16
              i32.lt_u
              select
              local.get 5
              i32.const -32
              i32.lt_u
              select
              local.tee 3
              local.get 9
              i32.add
              local.get 1
              i32.le_u
              br_if 0 (;@5;)
              i32.const 1
              local.set 3
              br 1 (;@4;)
            end
            i32.const 63
            local.get 3
            i32.const -1
            i32.add
            i32.shr_u
            local.get 6
            i32.and
            local.set 6
            i32.const 1
            local.set 5
            loop  ;; label = @5
              local.get 6
              i32.const 6
              i32.shl
              local.get 4
              local.get 5
              i32.add
              i32.load8_u
              i32.const 63
              i32.and
              i32.or
              local.set 6
              local.get 3
              local.get 5
              i32.const 1
              i32.add
              local.tee 5
              i32.ne
              br_if 0 (;@5;)
            end
          end
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                local.get 6
                local.get 2
                i32.eq
                br_if 0 (;@6;)
                local.get 6
                i32.const 92
                i32.ne
                br_if 1 (;@5;)
              end
              local.get 7
              local.get 8
              i32.add
              local.tee 5
              i32.const 92
              i32.store8
              local.get 5
              i32.const 1
              i32.add
              local.get 6
              i32.store8
              local.get 8
              i32.const 2
              i32.add
              local.set 8
              br 1 (;@4;)
            end
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 6
                    i32.const -9
                    i32.add
                    br_table 2 (;@6;) 0 (;@8;) 3 (;@5;) 3 (;@5;) 1 (;@7;) 3 (;@5;)
                  end
                  local.get 7
                  local.get 8
                  i32.add
                  i32.const 28252
                  i32.store16 align=1
                  local.get 8
                  i32.const 2
                  i32.add
                  local.set 8
                  br 3 (;@4;)
                end
                local.get 7
                local.get 8
                i32.add
                i32.const 29276
                i32.store16 align=1
                local.get 8
                i32.const 2
                i32.add
                local.set 8
                br 2 (;@4;)
              end
              local.get 7
              local.get 8
              i32.add
              i32.const 29788
              i32.store16 align=1
              local.get 8
              i32.const 2
              i32.add
              local.set 8
              br 1 (;@4;)
            end
            block  ;; label = @5
              block  ;; label = @6
                local.get 6
                i32.const 32
                i32.lt_u
                br_if 0 (;@6;)
                local.get 6
                i32.const 127
                i32.eq
                br_if 0 (;@6;)
                local.get 3
                i32.const 1
                i32.ne
                br_if 1 (;@5;)
                local.get 6
                i32.const 128
                i32.lt_u
                br_if 1 (;@5;)
              end
              local.get 7
              local.get 8
              i32.add
              local.tee 5
              i32.const 30812
              i32.store16 align=1
              local.get 5
              i32.const 3
              i32.add
              local.get 6
              i32.const 15
              i32.and
              i32.const 75552
              i32.add
              i32.load8_u
              i32.store8
              local.get 5
              i32.const 2
              i32.add
              local.get 6
              i32.const 4
              i32.shr_u
              i32.const 15
              i32.and
              i32.const 75552
              i32.add
              i32.load8_u
              i32.store8
              local.get 8
              i32.const 4
              i32.add
              local.set 8
              br 1 (;@4;)
            end
            block  ;; label = @5
              block  ;; label = @6
                local.get 6
                i32.const 128
                i32.lt_u
                br_if 0 (;@6;)
                local.get 6
                i32.const 161
                i32.lt_u
                br_if 1 (;@5;)
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        local.get 6
                        i32.const 1756
                        i32.gt_s
                        br_if 0 (;@10;)
                        local.get 6
                        i32.const -1536
                        i32.add
                        local.tee 5
                        i32.const 28
                        i32.le_u
                        br_if 1 (;@9;)
                        br 2 (;@8;)
                      end
                      block  ;; label = @10
                        local.get 6
                        i32.const 2273
                        i32.gt_s
                        br_if 0 (;@10;)
                        local.get 6
                        i32.const -2192
                        i32.add
                        i32.const 2
                        i32.lt_u
                        br_if 5 (;@5;)
                        local.get 6
                        i32.const 1757
                        i32.eq
                        br_if 5 (;@5;)
                        local.get 6
                        i32.const 1807
                        i32.ne
                        br_if 3 (;@7;)
                        br 5 (;@5;)
                      end
                      local.get 6
                      i32.const 2274
                      i32.eq
                      br_if 4 (;@5;)
                      local.get 6
                      i32.const 5760
                      i32.eq
                      br_if 4 (;@5;)
                      local.get 6
                      i32.const 6158
                      i32.eq
                      br_if 4 (;@5;)
                      br 2 (;@7;)
                    end
                    i32.const 1
                    local.get 5
                    i32.shl
                    i32.const 268435519
                    i32.and
                    br_if 3 (;@5;)
                  end
                  local.get 6
                  i32.const 173
                  i32.eq
                  br_if 2 (;@5;)
                end
                local.get 6
                i32.const -55296
                i32.add
                i32.const 8448
                i32.lt_u
                br_if 1 (;@5;)
                local.get 6
                i32.const 12288
                i32.eq
                br_if 1 (;@5;)
                local.get 6
                i32.const -8287
                i32.add
                i32.const 17
                i32.lt_u
                br_if 1 (;@5;)
                local.get 6
                i32.const -16
                i32.and
                i32.const 8192
                i32.eq
                br_if 1 (;@5;)
                local.get 6
                i32.const -8
                i32.and
                i32.const 8232
                i32.eq
                br_if 1 (;@5;)
                local.get 6
                i32.const 65279
                i32.eq
                br_if 1 (;@5;)
                local.get 6
                i32.const -65520
                i32.add
                i32.const 12
                i32.lt_u
                br_if 1 (;@5;)
                block  ;; label = @7
                  local.get 6
                  i32.const -69821
                  i32.add
                  br_table 2 (;@5;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 0 (;@7;) 2 (;@5;) 0 (;@7;)
                end
                local.get 6
                i32.const -78896
                i32.add
                i32.const 9
                i32.lt_u
                br_if 1 (;@5;)
                local.get 6
                i32.const -4
                i32.and
                i32.const 113824
                i32.eq
                br_if 1 (;@5;)
                local.get 6
                i32.const -119155
                i32.add
                i32.const 8
                i32.lt_u
                br_if 1 (;@5;)
                local.get 6
                i32.const 65534
                i32.and
                i32.const 65534
                i32.eq
                br_if 1 (;@5;)
                local.get 6
                i32.const 983039
                i32.gt_u
                br_if 1 (;@5;)
                local.get 6
                i32.const 917505
                i32.eq
                br_if 1 (;@5;)
                local.get 6
                i32.const -917536
                i32.add
                i32.const 96
                i32.lt_u
                br_if 1 (;@5;)
              end
              local.get 7
              local.get 8
              i32.add
              local.get 4
              local.get 3
              call $rt_memcpy
              local.get 3
              local.get 8
              i32.add
              local.set 8
              br 1 (;@4;)
            end
            local.get 7
            local.get 8
            i32.add
            local.tee 5
            i32.const 92
            i32.store8
            local.get 5
            i32.const 1
            i32.add
            i32.const 120
            i32.const 117
            i32.const 85
            i32.const 2
            i32.const 4
            i32.const 8
            local.get 6
            i32.const 65536
            i32.lt_u
            select
            local.get 6
            i32.const 256
            i32.lt_u
            local.tee 4
            select
            local.tee 5
            i32.const 4
            i32.eq
            select
            local.get 4
            select
            i32.store8
            local.get 5
            i32.const 1
            i32.or
            local.set 4
            local.get 5
            i32.const 2
            i32.shl
            i32.const -4
            i32.add
            local.set 5
            local.get 8
            i32.const 2
            i32.add
            local.set 8
            loop  ;; label = @5
              local.get 7
              local.get 8
              i32.add
              local.get 6
              local.get 5
              i32.shr_u
              i32.const 15
              i32.and
              i32.const 75552
              i32.add
              i32.load8_u
              i32.store8
              local.get 5
              i32.const -4
              i32.add
              local.set 5
              local.get 8
              i32.const 1
              i32.add
              local.set 8
              local.get 4
              i32.const -1
              i32.add
              local.tee 4
              i32.const 1
              i32.gt_u
              br_if 0 (;@5;)
            end
          end
          local.get 3
          local.get 9
          i32.add
          local.tee 9
          local.get 1
          i32.lt_u
          br_if 0 (;@3;)
        end
        local.get 7
        local.get 8
        i32.add
        local.get 2
        i32.store8
        local.get 8
        i32.const 1
        i32.add
        local.tee 6
        i32.const 2147483393
        i32.ge_u
        br_if 1 (;@1;)
      end
      local.get 8
      i32.const 18
      i32.add
      call $rt_alloc
      local.tee 3
      local.get 6
      i32.store offset=8
      local.get 3
      i32.const 1
      i32.store
      i32.const 0
      local.set 5
      local.get 3
      i32.const 16
      i32.add
      local.tee 4
      local.get 6
      i32.add
      i32.const 0
      i32.store8
      local.get 4
      local.get 7
      local.get 6
      call $rt_memcpy
      block  ;; label = @2
        local.get 6
        i32.eqz
        br_if 0 (;@2;)
        local.get 8
        i32.const 1
        i32.add
        local.set 6
        i32.const 0
        local.set 5
        loop  ;; label = @3
          local.get 5
          local.get 7
          i32.load8_u
          i32.const 192
          i32.and
          i32.const 128
          i32.ne
          i32.add
          local.set 5
          local.get 7
          i32.const 1
          i32.add
          local.set 7
          local.get 6
          i32.const -1
          i32.add
          local.tee 6
          br_if 0 (;@3;)
        end
      end
      local.get 3
      local.get 5
      i32.store offset=12
      local.get 3
      return
    end
    call $rt_fatal_memory
    unreachable)
  (func $memcmp (type 5) (param i32 i32 i32) (result i32)
    (local i32 i32 i32)
    i32.const 0
    local.set 3
    block  ;; label = @1
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      block  ;; label = @2
        loop  ;; label = @3
          local.get 0
          i32.load8_u
          local.tee 4
          local.get 1
          i32.load8_u
          local.tee 5
          i32.ne
          br_if 1 (;@2;)
          local.get 1
          i32.const 1
          i32.add
          local.set 1
          local.get 0
          i32.const 1
          i32.add
          local.set 0
          local.get 2
          i32.const -1
          i32.add
          local.tee 2
          br_if 0 (;@3;)
          br 2 (;@1;)
        end
      end
      local.get 4
      local.get 5
      i32.sub
      local.set 3
    end
    local.get 3)
;; ---- program ----
(func $rt_ml_apply (param $f i32) (param $args i32) (result i32)
 (i32.const 0))
(func $__main
  (local $t0 i32) (local $t1 i32) (local $frame i32)
 (block $u0
  (if (i32.eqz (local.tee $frame (call $rt_gc_frame_push (i32.const 2))))
   (then
    (return)))
  (i32.store (local.get $frame) (local.get $t0))
  (i32.store offset=4 (local.get $frame) (local.get $t1))
  (i32.store (i32.const 107432) (global.get $g_A))
  (call $rt_gc_poll)
  (local.set $t1 (call $rt_tuple_new (i32.const 0)))
  (local.set $t0 (call $rt_class_new (i32.const 107436) (local.get $t1)) (if (i32.load (i32.const 92836))
    (then
     (call $rt_tb_add (i32.const 107464))
     (br $u0))))
  (global.set $g_A (local.get $t0))
  (call $rt_gc_frame_pop (local.get $frame))
  (return))
 (call $rt_gc_frame_pop (local.get $frame)))
(func $_start
 (call $__main)
 (call $rt_exc_report)
 (call $rt_flush))
(func $__ml_init
 (call $rt_gc_add_root_range (i32.const 107432) (i32.const 1)))
(func $__ml_flush
 (call $rt_flush))
(func $__ml_reset
 (call $rt_host_reset)
 (i32.store (i32.const 107428) (i32.const 1))
 (global.set $__stack_pointer (i32.const 65536)))
(start $__ml_init)
(memory (export "memory") 3)
  (global $__stack_pointer (mut i32) (i32.const 65536))
(global $g_A (mut i32) (i32.const 0))
(export "_start" (func $_start))
(export "__ml_reset" (func $__ml_reset))
(export "__ml_flush" (func $__ml_flush))
  (data $.rodata.big_mul_pow10.p10 (i32.const 65536) "\01\00\00\00\0a\00\00\00d\00\00\00\e8\03\00\00\10'\00\00\a0\86\01\00@B\0f\00\80\96\98\00\00\e1\f5\05")
  (data $.rodata..L.str (i32.const 65572) "int\00pop from an empty set\00Ss\00function() argument 'code' must be code, not str\00'%T' object cannot be interpreted as an integer\00integer division or modulo by zero\00float division by zero\00slice step cannot be zero\00range() arg 3 must not be zero\00maximum recursion depth exceeded in comparison\00nan\00True\00'%T' object is not callable\00string index out of range\00append\00maximum recursion depth exceeded\00__setitem__\00__add__\00sum() can't sum strings [use ''.join(seq) instead]\00%s() argument after * must be an iterable, not %T\00a tuple of numbers was expected from the function, not '%T'\00too many values to unpack (expected \00could not convert string to float: \00")
  (data $.rodata..L.str.1 (i32.const 66217) "maximum recursion depth exceeded while calling a Python object\00descriptor for 'set' objects doesn't apply to a '%T' object\00float\00bases must be types\00empty separator\00integer modulo by zero\00float modulo\00min\00inf\00False\00'%T' object is not iterable\00extend\00__getitem__\00__radd__\00must be real number, not %T\00%s() argument after ** must be a mapping, not %T\00SS\00integer result too large (big integers are not supported yet)\00object of type '%T' has no len()\00tuple item %d must be a number to reach the host, not '%T'\00")
  (data $.rodata..L.str.2 (i32.const 66722) "infinity\00max\00insert\00get\00keywords must be strings\00duplicate base class %s\00str\00'%T' object is not an iterator\00negative exponent in integer power\00float floor division by zero\00exceptions must derive from BaseException\00None\00argument of type '%T' is not iterable\00list index out of range\00sequence item %d: expected str instance, %T found\00must be str, not %T\000.0\00+\00a render function must return a list of (x, y) pairs, not '%T'\00not enough values to unpack (expected \00")
  (data $.rodata..L.str.3 (i32.const 67181) "point %d of a render function is not an (x, y) pair of numbers\00str\000.0 cannot be raised to a negative power\00pop\00division by zero\00exception causes must derive from BaseException\00dictionary changed size during iteration\00nan\00bool\00EOF when reading a line\00tuple index out of range\00%s() arg is an empty sequence\00substring not found\00__class__\00__contains__\00'in <string>' requires string as left operand, not %T\00can only concatenate %T (not \22%T\22) to %T\00<class '\00() got some positional-only arguments passed as keyword arguments: '\00, got \00")
  (data $.rodata..L.str.4 (i32.const 67710) "pop from empty list\00negative shift count\00int\00complex results are not supported yet\00Set changed size during iteration\00No active exception to reraise\00'%T' object is not subscriptable\00argv index out of range\00ord() expected a character, but string of length %d found\00unsupported format string passed to %T.__format__\00__delitem__\00__name__\00__sub__\00<class '__main__.\00'%s' not supported between instances of '%T' and '%T'\00() got an unexpected keyword argument '\00not enough values to unpack (expected at least \00")
  (data $.rodata..L.str.5 (i32.const 68212) "float\00pop\00'%T' object is not reversible\00pop index out of range\00maximum recursion depth exceeded\00__rsub__\00%s indices must be integers or slices, not %T\00'>\00<\00Cannot specify both ',' and '_'.\00chr() arg not in range(0x110000)\00(34, 'Numerical result out of range')\00type object '%s' has no attribute '%s'\00() got multiple values for argument '\00invalid literal for int() with base 10: \00")
  (data $.rodata..L.str.6 (i32.const 68590) "cannot convert float NaN to integer\00Format specifier missing precision\00popitem\00bool\00remove\00catching classes that do not inherit from BaseException is not allowed\00<=\00-\00range(\00'super' object has no attribute '%s'\00string indices must be integers, not '%T'\00() takes from \00")
  (data $.rodata..L.str.7 (i32.const 68858) "popitem(): dictionary is empty\00list.remove(x): x not in list\00args\00cannot convert float infinity to integer\00NoneType\00__mul__\00list indices must be integers or slices, not %T\00==\00'%T' object has no attribute '%s'\00Invalid format specifier '\00 to \00, \00")
  (data $.rodata..L.str.8 (i32.const 69102) "index\00list\00rounded value too large to represent\00setdefault\00args\00list assignment index out of range\00__rmul__\00__cause__\00!=\00' for object of type '\00 positional arguments but \00 object at \00")
  (data $.rodata..L.str.9 (i32.const 69285) "'%T' object does not support item assignment\00Too many decimal digits in format string\00update\00tuple\00__context__\00[...]\00>\00*\00cannot set '%s' attribute of immutable type '%s'\00() takes \00")
  (data $.rodata..L.str.10 (i32.const 69465) " is not in list\00dict\00maximum recursion depth exceeded while getting the repr of an object\00'%T' object doesn't support item deletion\00value\00super(type, obj): obj must be an instance or subtype of type\00dictionary update sequence element #%d has length %d; 2 is required\00>=\00can't multiply sequence by non-int of type '%T'\00Cannot specify '\00 positional argument but \00")
  (data $.rodata..L.str.11 (i32.const 69826) "count\00set\00'%T' object does not support item deletion\00isinstance() arg 2 must be a type, a tuple of types, or a union\00 was given\00code\00cannot convert dictionary update sequence element #%d to a sequence\00__truediv__\00(...)\00unhashable type: '%T'\00' with '\00")
  (data $.rodata..L.str.12 (i32.const 70076) "{...}\00copy\00sort\00item assignment\00frozenset\00issubclass() arg 1 must be a class\00 were given\00__rtruediv__\00'.\00'%T' object has no attribute '%s'\00")
  (data $.rodata..L.str.13 (i32.const 70215) "\5cx\00list modified during sort\00clear\00issubclass() arg 2 must be a class, a tuple of classes, or a union\00can only assign an iterable\00range\00/\00()\00() missing \00: \00")
  (data $.rodata..L.str.14 (i32.const 70371) " required positional argument\00frozenset\00descriptor '%s' for 'dict' objects doesn't apply to a '%T' object\00list_iterator\00Precision not allowed in integer format specifier\00reverse\00must assign iterable to extended slice\00__floordiv__\00__call__\00\0a\00")
  (data $.rodata..L.str.15 (i32.const 70612) "copy\00 required keyword-only argument\00set\00keys\00tuple_iterator\00Negative zero coercion (z) not allowed in integer format specifier\00attempt to assign sequence of size %d to extended slice of size %d\00__rfloordiv__\00__str__\00MemoryError\0a\00")
  (data $.rodata..L.str.16 (i32.const 70842) "object\00values\00str_iterator\00clear\00item deletion\00__repr__\00//\00()\00Sign not allowed with integer format specifier 'c'\00: \00")
  (data $.rodata..L.str.17 (i32.const 70958) "items\00str\00range_iterator\00tuple.index(x): x not in tuple\00range object index out of range\00__lt__\00__mod__\00frozenset(\00Alternate form (#) not allowed with integer format specifier 'c'\00s: \00")
  (data $.rodata..L.str.18 (i32.const 71141) "int\00descriptor '%s' for 'list' objects doesn't apply to a '%T' object\00'%T' object does not support %s\00dict_keyiterator\00__le__\00__rmod__\00...\00%c arg not in range(0x110000)\00 \00")
  (data $.rodata..L.str.19 (i32.const 71312) "float\00dict_valueiterator\00__eq__\00([\00%\00\0a\00")
  (data $.rodata..L.str.20 (i32.const 71351) "dict_itemiterator\00bool\000b\00__pow__\00__ne__\00])\00%s() got multiple values for keyword argument '%s'\00")
  (data $.rodata..L.str.21 (i32.const 71446) "0x\00set_iterator\000o\00NoneType\00__rpow__\00__gt__\00, and \00")
  (data $.rodata..L.str.22 (i32.const 71497) "0x\00list\00list_reverseiterator\00__ge__\00**\00 and \00")
  (data $.rodata..L.str.23 (i32.const 71542) "iterator\00tuple\00__hash__\000X\00** or pow()\00, \00")
  (data $.rodata..L.str.24 (i32.const 71640) "dict\00dict_keys\00__hash__ method should return an integer\00__lshift__\000123456789ABCDEF\00")
  (data $.rodata..L.str.25 (i32.const 71728) "set\00dict_values\00__rlshift__\00unhashable type: '%T'\00\00\00\00\00\00\00\00\00\00\00\00\00\00\000123456789abcdef\00")
  (data $.rodata..L.str.26 (i32.const 71809) "dict_items\00precision too big\00range\00__len__\00<<\00")
  (data $.rodata..L.str.27 (i32.const 71855) "'%T' object cannot be interpreted as an integer\00function\00__rshift__\00NAN\00")
  (data $.rodata..L.str.28 (i32.const 71927) "nan\00type\00__rrshift__\00__len__() should return >= 0\00")
  (data $.rodata..L.str.29 (i32.const 71977) "super\00BaseException\00__bool__\00INF\00>>\00")
  (data $.rodata..L.str.30 (i32.const 72013) "SystemExit\00generator\00inf\00__and__\00__bool__ should return bool, returned %T\00")
  (data $.rodata..L.str.31 (i32.const 72087) "KeyboardInterrupt\00slice\00__contains__\00__rand__\00Unknown format code '\00")
  (data $.rodata..L.str.32 (i32.const 72155) "GeneratorExit\00object\00Space not allowed in string format specifier\00__getitem__\00&\00")
  (data $.rodata..L.str.33 (i32.const 72235) "Sign not allowed in string format specifier\00Exception\00__or__\00__setitem__\00")
  (data $.rodata..L.str.34 (i32.const 72308) "Negative zero coercion (z) not allowed in string format specifier\00StopIteration\00__ror__\00Cannot create a consistent method resolution order (MRO) for bases \00")
  (data $.rodata..L.str.35 (i32.const 72464) "|\00Alternate form (#) not allowed in string format specifier\00StopAsyncIteration\00, \00")
  (data $.rodata..L.str.36 (i32.const 72546) "ArithmeticError\00'=' alignment not allowed in string format specifier\00__init__\00__xor__\00")
  (data $.rodata..L.str.37 (i32.const 72632) "FloatingPointError\00'%T' object is not callable\00__rxor__\00")
  (data $.rodata..L.str.38 (i32.const 72688) "OverflowError\00^\00() missing \00")
  (data $.rodata..L.str.39 (i32.const 72716) "ZeroDivisionError\00__neg__\00 required positional argument: \00")
  (data $.rodata..L.str.40 (i32.const 72774) "AssertionError\00bad operand type for unary -: '%T'\00 required positional arguments: \00")
  (data $.rodata..L.str.41 (i32.const 72857) "AttributeError\00bad operand type for unary +: '%T'\00 and \00")
  (data $.rodata..L.str.42 (i32.const 72913) "BufferError\00bad operand type for unary ~: '%T'\00, and \00")
  (data $.rodata..L.str.43 (i32.const 72967) "EOFError\00%s() takes from %d to %d positional arguments but %d %s given\00bad operand type for abs(): '%T'\00")
  (data $.rodata..L.str.44 (i32.const 73071) "was\00ImportError\00int() argument must be a string, a bytes-like object or a real number, not '%T'\00")
  (data $.rodata..L.str.45 (i32.const 73167) "ModuleNotFoundError\00were\00float() argument must be a string or a real number, not '%T'\00")
  (data $.rodata..L.str.46 (i32.const 73253) "LookupError\00%s() takes %d positional argument%s but %d %s given\00unsupported operand type(s) for %s: '%T' and '%T'\00")
  (data $.rodata..L.str.47 (i32.const 73367) "IndexError\00")
  (data $.rodata..L.str.48 (i32.const 73378) "s\00KeyError\00")
  (data $.rodata..L.str.49 (i32.const 73389) "%s() takes no arguments\00MemoryError\00")
  (data $.rodata..L.str.50 (i32.const 73425) "NameError\00__init__() should return None, not '%T'\00")
  (data $.rodata..L.str.51 (i32.const 73475) "UnboundLocalError\00%s() takes at most 1 argument (%d given)\00")
  (data $.rodata..L.str.52 (i32.const 73534) "calling %s() with this argument is not supported yet\00OSError\00")
  (data $.rodata..L.str.53 (i32.const 73595) "BlockingIOError\00object.__init__() takes exactly one argument (the instance to initialize)\00")
  (data $.rodata..L.str.54 (i32.const 73685) "ChildProcessError\00%s returned non-string (type %T)\00")
  (data $.rodata..L.str.55 (i32.const 73736) "ConnectionError\00<__main__.\00")
  (data $.rodata..L.str.56 (i32.const 73763) " object at 0x\00BrokenPipeError\00")
  (data $.rodata..L.str.57 (i32.const 73793) "ConnectionAbortedError\000123456789abcdef\00")
  (data $.rodata.exc_parent (i32.const 73872) "\ff\00\00\00\00\04\04\04\07\07\07\04\04\04\04\04\0f\04\11\11\04\04\15\04\17\17\17\1a\1a\1a\1a\17\17\17\17\17\17\17\17\04\04((\04+,\04\04\040111\0455555555555")
  (data $.rodata..L.str.58 (i32.const 73937) "ConnectionRefusedError\00")
  (data $.rodata..L.str.59 (i32.const 73960) "ConnectionResetError\00")
  (data $.rodata..L.str.60 (i32.const 73981) "FileExistsError\00")
  (data $.rodata..L.str.61 (i32.const 73997) "FileNotFoundError\00")
  (data $.rodata..L.str.62 (i32.const 74015) "InterruptedError\00")
  (data $.rodata..L.str.63 (i32.const 74032) "IsADirectoryError\00")
  (data $.rodata..L.str.64 (i32.const 74050) "NotADirectoryError\00")
  (data $.rodata..L.str.65 (i32.const 74069) "PermissionError\00")
  (data $.rodata..L.str.66 (i32.const 74085) "ProcessLookupError\00")
  (data $.rodata..L.str.67 (i32.const 74104) "TimeoutError\00")
  (data $.rodata..L.str.68 (i32.const 74117) "ReferenceError\00")
  (data $.rodata..L.str.69 (i32.const 74132) "RuntimeError\00")
  (data $.rodata..L.str.70 (i32.const 74145) "NotImplementedError\00")
  (data $.rodata..L.str.71 (i32.const 74165) "RecursionError\00")
  (data $.rodata..L.str.72 (i32.const 74180) "SyntaxError\00")
  (data $.rodata..L.str.73 (i32.const 74192) "IndentationError\00")
  (data $.rodata..L.str.74 (i32.const 74209) "TabError\00")
  (data $.rodata..L.str.75 (i32.const 74218) "SystemError\00")
  (data $.rodata..L.str.76 (i32.const 74230) "TypeError\00")
  (data $.rodata..L.str.77 (i32.const 74240) "ValueError\00")
  (data $.rodata..L.str.78 (i32.const 74251) "UnicodeError\00")
  (data $.rodata..L.str.79 (i32.const 74264) "UnicodeDecodeError\00")
  (data $.rodata..L.str.80 (i32.const 74283) "UnicodeEncodeError\00")
  (data $.rodata..L.str.81 (i32.const 74302) "UnicodeTranslateError\00")
  (data $.rodata..L.str.82 (i32.const 74324) "Warning\00")
  (data $.rodata..L.str.83 (i32.const 74332) "BytesWarning\00")
  (data $.rodata..L.str.84 (i32.const 74345) "DeprecationWarning\00")
  (data $.rodata..L.str.85 (i32.const 74364) "EncodingWarning\00")
  (data $.rodata..L.str.86 (i32.const 74380) "FutureWarning\00")
  (data $.rodata..L.str.87 (i32.const 74394) "ImportWarning\00")
  (data $.rodata..L.str.88 (i32.const 74408) "PendingDeprecationWarning\00")
  (data $.rodata..L.str.89 (i32.const 74434) "ResourceWarning\00")
  (data $.rodata..L.str.90 (i32.const 74450) "RuntimeWarning\00")
  (data $.rodata..L.str.91 (i32.const 74465) "SyntaxWarning\00")
  (data $.rodata..L.str.92 (i32.const 74479) "UnicodeWarning\00")
  (data $.rodata..L.str.93 (i32.const 74494) "UserWarning\00")
  (data $.rodata..L.str.94 (i32.const 74506) "\0aThe above exception was the direct cause of the following exception:\0a\0a\00")
  (data $.rodata..L.str.95 (i32.const 74578) "\0aDuring handling of the above exception, another exception occurred:\0a\0a\00")
  (data $.rodata..L.str.96 (i32.const 74649) "Traceback (most recent call last):\0a\00")
  (data $.rodata..L.str.97 (i32.const 74685) "  File \22\00")
  (data $.rodata..L.str.98 (i32.const 74694) "\22, line \00")
  (data $.rodata..L.str.99 (i32.const 74703) ", in \00")
  (data $.rodata..L.str.100 (i32.const 74709) "    \00")
  (data $.rodata..L.str.101 (i32.const 74714) ": \00")
  (data $.rodata..L.str.102 (i32.const 74717) "  [Previous line repeated \00")
  (data $.rodata..L.str.103 (i32.const 74744) " more times]\0a\00")
  (data $.rodata..L.str.104 (i32.const 74758) " more time]\0a\00")
  (data $.rodata.class_size (i32.const 74976) "\10\00\00\00\18\00\00\00 \00\00\000\00\00\00@\00\00\00P\00\00\00`\00\00\00p\00\00\00\80\00\00\00\a0\00\00\00\c0\00\00\00\e0\00\00\00\00\01\00\00@\01\00\00\80\01\00\00\c0\01\00\00\00\02\00\00\80\02\00\00\00\03\00\00\80\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\0a\00\00\00\0c\00\00\00\0e\00\00\00\10\00\00\00\14\00\00\00\18\00\00\00\1c\00\00\00 \00\00\00(\00\00\000\00\00x?\00\00\a0T\00\00\f0~\00\00")
  (data $.rodata..Lswitch.table.rt_type_cname (i32.const 75396) "M\13\01\00\02\14\01\00\c8\14\01\008\15\01\00K\16\01\00\96\16\01\00\b7\16\01\00\19\17\01\00Q\17\01\00")
  (data $.rodata.put_hex.hex (i32.const 75520) "0123456789abcdef\00")
  (data $.rodata.rt_repr_bytes.hex (i32.const 75552) "0123456789abcdef\00")
  (data $.data.object_class (i32.const 81944) "\12\01\00\00\00\00\00\00\ba\14\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
  (data $.data.type_classes (i32.const 81984) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\01\01\00\004\15\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\02\01\00\00\e5\15\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\03\01\00\00\90\16\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\04\01\00\00\c9\16\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\05\01\00\00)\17\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\06\01\00\00L\17\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\07\01\00\00\7f\17\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\08\01\00\00\d8\17\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\09\01\00\000\18\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\0b\01\00\00\9e\18\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\10\01\00\00\df\18\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\12\01\00\00\fb\18\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
  (data $.data.rt_exc_classes (i32.const 82656) "\12\01\00\00\00\00\00\00/\19\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\01\00\00\00M\19\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\02\00\00\00\97\19\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\03\00\00\00\db\19\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\04\00\00\00W\1a\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\05\00\00\00\b6\1a\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\06\00\00\00L\1b\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\07\00\00\00b\1b\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\08\00\00\00\b8\1b\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\09\00\00\00\f0\1b\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\0a\00\00\00\0c\1c\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\0b\00\00\00F\1c\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\0c\00\00\00\99\1c\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\0d\00\00\00\d1\1c\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\0e\00\00\00\07\1d\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\0f\00\00\00s\1d\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\10\00\00\00\cf\1d\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\11\00\00\00%\1e\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\12\00\00\00\97\1e\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\13\00\00\00\a4\1e\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\14\00\00\00\c5\1e\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\15\00\00\00\d1\1e\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\16\00\00\00\03\1f\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\17\00\00\00s\1f\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\18\00\00\00{\1f\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\19\00\00\00\d5\1f\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\1a\00\00\00\08 \01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\1b\00\00\001 \01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\1c\00\00\00A \01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\1d\00\00\00\d1 \01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\1e\00\00\00\e8 \01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\1f\00\00\00\fd \01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00 \00\00\00\0d!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00!\00\00\00\1f!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00\22\00\00\000!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00#\00\00\00B!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00$\00\00\00U!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00%\00\00\00e!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00&\00\00\00x!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00'\00\00\00\85!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00(\00\00\00\94!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00)\00\00\00\a1!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00*\00\00\00\b5!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00+\00\00\00\c4!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00,\00\00\00\d0!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00-\00\00\00\e1!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00.\00\00\00\ea!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00/\00\00\00\f6!\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\000\00\00\00\00\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\001\00\00\00\0b\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\002\00\00\00\18\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\003\00\00\00+\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\004\00\00\00>\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\005\00\00\00T\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\006\00\00\00\5c\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\007\00\00\00i\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\008\00\00\00|\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\009\00\00\00\8c\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00:\00\00\00\9a\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00;\00\00\00\a8\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00<\00\00\00\c2\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00=\00\00\00\d2\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00>\00\00\00\e1\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00?\00\00\00\ef\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\12\01\00\00@\00\00\00\fe\22\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
  (data $.data.rt_none_obj (i32.const 84476) "\05\01\00\00\00\00\00\00")
  (data $.data.dummy_obj (i32.const 88720) "\05\01\00\00\00\00\00\00")
(data (i32.const 107424) "@\a4\01\00\01\00\00\00\00\00\00\00\01\01\00\00\00\00\00\00\01\00\00\00\01\00\00\00A\00\00\00\e0\a3\01\00\10\a4\01\00\16\01\00\00\02\00\00\00\c0\a3\01\00)\a4\01\00\00\00\00\00\00\00\00\00\01\01\00\00\00\00\00\00\18\00\00\00\18\00\00\00cli/build_unsupported.ml\00\00\00\00\00\00\00\00\01\01\00\00\00\00\00\00\08\00\00\00\08\00\00\00<module>\00\08\00\00\00class A:\00\00\00")
)
