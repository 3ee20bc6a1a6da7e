# async def coroutines driven manually and with asyncio.run.
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def main():
    r = await add(1, 2)
    rs = await asyncio.gather(add(1, 1), add(2, 2))
    return r, rs
print(asyncio.run(main()))
async def simple():
    return "done"
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
