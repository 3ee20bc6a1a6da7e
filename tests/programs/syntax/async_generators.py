# async generators and async for / async with.
import asyncio
async def agen(n):
    for i in range(n):
        yield i
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *a):
        print("aexit")
async def main():
    out = [x async for x in agen(3)]
    async with ACM() as r:
        print(r)
    async for v in agen(2):
        print("v", v)
    return out
print(asyncio.run(main()))
