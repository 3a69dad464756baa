"""p977-1: province portal (Tiền Giang), quail flock at 30/6/2024, eggs and meat in the first half, prices, targets."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Đàn chim cút toàn tỉnh đạt hơn 7,2 triệu con

Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.318

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Tiền Giang, tính đến ngày 30/6/2024, tổng đàn chim cút trên địa bàn tỉnh đạt hơn 7,2 triệu con, tăng 8,6% so với cùng kỳ năm 2023. Trong đó, đàn cút đẻ khoảng 5,9 triệu con, chiếm 81,9% tổng đàn. Với quy mô này, Tiền Giang đứng thứ 2 cả nước về tổng đàn chim cút, chỉ sau Long An.

Chăn nuôi chim cút tập trung chủ yếu ở các huyện Chợ Gạo (2,1 triệu con), Gò Công Tây (1,6 triệu con), Châu Thành (1,3 triệu con) và Tân Phước (0,9 triệu con). Toàn tỉnh hiện có 412 cơ sở nuôi quy mô từ 10.000 con trở lên, trong đó 37 cơ sở đạt tiêu chí trang trại chăn nuôi.

Sáu tháng đầu năm, sản lượng trứng cút ước đạt 612 triệu quả, tăng 5,3% so với cùng kỳ; sản lượng thịt cút hơi xuất chuồng ước đạt 1.150 tấn. Giá trứng cút tại trại dao động từ 380 đến 450 đồng/quả; giá cút thịt khoảng 42.000 đồng/kg, thấp hơn khoảng 10% so với đầu năm. Với giá thức ăn hỗn hợp 11.500 đồng/kg, người nuôi vẫn có lãi từ 6 đến 8 triệu đồng/vạn con/tháng.

Thực hiện Kế hoạch số 215/KH-UBND ngày 15/3/2024 của UBND tỉnh, năm 2024 tỉnh phấn đấu đưa tổng đàn chim cút lên 7,5 triệu con, sản lượng trứng đạt 1,3 tỷ quả. Tỉnh khuyến khích người nuôi liên kết với Hợp tác xã Chăn nuôi chim cút Tân Thuận Bình (ấp 4, xã Tân Thuận Bình, huyện Chợ Gạo) để ổn định đầu ra; hợp tác xã hiện thu mua bình quân 350.000 quả trứng mỗi ngày.

Nguồn: Sở NN&PTNT tỉnh Tiền Giang
"""

AS_OF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("toàn tỉnh đạt hơn 7,2 triệu con", "7,2", 7_200_000, "count", "con", "đàn chim cút toàn tỉnh",
      approx="over"),
    F("7,2 triệu con, tăng 8,6%", "7,2", 7_200_000, "count", "con", "tổng đàn chim cút trên địa bàn tỉnh",
      approx="over", change=C("increase", 8.6, baseline="cùng kỳ năm 2023"), period=AS_OF),
    F("khoảng 5,9 triệu con", "5,9", 5_900_000, "count", "con", "đàn cút đẻ", approx="about",
      total=7_200_000, percent=81.9, period=I(AS_OF)),
    F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "tổng đàn chim cút", period=I(AS_OF)),
    F("Chợ Gạo (2,1 triệu con)", "2,1", 2_100_000, "count", "con", "đàn chim cút", location="Chợ Gạo"),
    F("Gò Công Tây (1,6 triệu con)", "1,6", 1_600_000, "count", "con", "đàn chim cút", location="Gò Công Tây"),
    F("Châu Thành (1,3 triệu con)", "1,3", 1_300_000, "count", "con", "đàn chim cút", location="Châu Thành"),
    F("Tân Phước (0,9 triệu con)", "0,9", 900_000, "count", "con", "đàn chim cút", location="Tân Phước"),
    F("có 412 cơ sở nuôi", "412", 412, "count", "cơ sở", "cơ sở nuôi chim cút quy mô từ 10.000 con trở lên"),
    F("từ 10.000 con trở lên", "10.000", 10_000, "count", "con", "quy mô cơ sở nuôi", approx="at_least",
      optional=True),
    F("37 cơ sở đạt", "37", 37, "count", "cơ sở", "cơ sở đạt tiêu chí trang trại chăn nuôi", total=412),
    F("ước đạt 612 triệu quả", "612", 612_000_000, "count", "quả", "sản lượng trứng cút",
      change=C("increase", 5.3, baseline="cùng kỳ"), status="estimate", period=H1),
    F("ước đạt 1.150 tấn", "1.150", 1150, "measure", "tấn", "sản lượng thịt cút hơi xuất chuồng",
      status="estimate", period=H1),
    F("từ 380 đến 450 đồng/quả", "380", 380, "money", "đồng/quả", "giá trứng cút tại trại", value_max=450),
    F("khoảng 42.000 đồng/kg", "42.000", 42_000, "money", "đồng/kg", "giá cút thịt", approx="about",
      change=C("decrease", 10, baseline="đầu năm", approx="about")),
    F("11.500 đồng/kg", "11.500", 11_500, "money", "đồng/kg", "giá thức ăn hỗn hợp"),
    F("từ 6 đến 8 triệu đồng", "6", 6_000_000, "money", "đồng/vạn con/tháng", "lãi của người nuôi chim cút",
      value_max=8_000_000),
    F("lên 7,5 triệu con", "7,5", 7_500_000, "count", "con", "tổng đàn chim cút", status="target", period=Y24),
    F("đạt 1,3 tỷ quả", "1,3", 1_300_000_000, "count", "quả", "sản lượng trứng", status="target", period=Y24),
    F("bình quân 350.000 quả trứng", "350.000", 350_000, "measure", "quả trứng/ngày",
      "trứng hợp tác xã thu mua bình quân mỗi ngày"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Tiền Giang: quail flock at 30/6/2024, first-half eggs and meat, prices, 2024 targets (invented).",
    "Not figures: Lượt xem 2.318, the dateline, Kế hoạch số 215/KH-UBND ngày 15/3/2024, ấp 4.",
    "District list does not add up to 7,2 triệu (ranking, no total); each item is located in its district.",
    "'từ 10.000 con trở lên' is a size threshold (optional). Per-day purchase is a rate (measure, quả trứng/ngày).",
]

build(1, TEXT, FIGS, COMMENTS, published="2024-07-12", location="Tiền Giang")
