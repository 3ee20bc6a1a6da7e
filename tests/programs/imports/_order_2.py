print("order_2 runs")
