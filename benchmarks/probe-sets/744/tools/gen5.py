"""p744-5: Party newspaper (Báo Bình Định), feed prices falling, corn/soymeal prices, pig farm margins, herd, 2025 target."""
from lib import F, P, I, CH, emit

TEXT = """Giá thức ăn chăn nuôi giảm, người nuôi heo bớt khó

(BĐ) - Từ đầu tháng 3/2024 đến nay, nhiều doanh nghiệp sản xuất thức ăn chăn nuôi đã giảm giá bán lần thứ 3 liên tiếp, mỗi lần từ 200 đến 300 đồng/kg. Đây là tín hiệu tích cực với hơn 41.000 hộ chăn nuôi heo trên địa bàn tỉnh Bình Định.

Theo khảo sát của Sở Công Thương, hiện giá cám hỗn hợp cho heo thịt phổ biến ở mức 11.800-12.400 đồng/kg; cám cho heo con tập ăn khoảng 19.500 đồng/kg; cám cho gà thịt lông màu 11.600 đồng/kg. So với tháng 10/2023, giá các loại cám đã giảm bình quân 5,6%.

Nguyên nhân chủ yếu do giá ngô và khô dầu đậu tương nhập khẩu giảm mạnh. Tại các đại lý nguyên liệu ở TP Quy Nhơn, giá ngô hạt hiện khoảng 6.300 đồng/kg, khô dầu đậu tương khoảng 12.900 đồng/kg, lần lượt giảm 18% và 22% so với cùng kỳ năm trước.

Ông Trần Văn Lộc, chủ trang trại nuôi 1.200 con heo thịt ở xã Hoài Hảo (thị xã Hoài Nhơn), cho biết mỗi con heo xuất chuồng nặng khoảng 100 kg; với giá hiện nay, người nuôi lãi từ 800.000 đến 1 triệu đồng/con. “Giá cám giảm thì bà con mới dám tái đàn”, ông Lộc nói.

Theo Sở NN&PTNT, tổng đàn heo của tỉnh hiện đạt 812.000 con, tăng 3,1% so với cùng kỳ. Toàn tỉnh có 5 nhà máy sản xuất thức ăn chăn nuôi với tổng công suất gần 1,1 triệu tấn/năm; năm 2023 sản xuất khoảng 720.000 tấn, chiếm trên 80% lượng thức ăn tiêu thụ trong tỉnh. Tỉnh phấn đấu đến năm 2025 có 70% đàn heo được nuôi theo hình thức trang trại, sử dụng thức ăn công nghiệp.

NGỌC NHUẬN
21/03/2024
"""

SINCE = P("Từ đầu tháng 3/2024 đến nay", "2024-03-01", "2024-03-21")

FIGS = [
    F("từ 200 đến 300 đồng/kg", "200", 200, "money", "đồng/kg", value_max=300,
      subject="mức giảm giá bán thức ăn chăn nuôi mỗi lần", period=SINCE),
    F("hơn 41.000 hộ", "41.000", 41000, "count", "hộ", approx="over", subject="hộ chăn nuôi heo"),
    F("mức 11.800-12.400 đồng/kg", "11.800", 11800, "money", "đồng/kg", value_max=12400,
      subject="giá cám hỗn hợp cho heo thịt"),
    F("khoảng 19.500 đồng/kg", "19.500", 19500, "money", "đồng/kg", approx="about",
      subject="giá cám cho heo con tập ăn"),
    F("lông màu 11.600 đồng/kg", "11.600", 11600, "money", "đồng/kg",
      subject="giá cám cho gà thịt lông màu"),
    F("bình quân 5,6%", "5,6", 5.6, "percent", "%",
      subject="mức giảm bình quân giá các loại cám so với tháng 10/2023"),
    F("khoảng 6.300 đồng/kg", "6.300", 6300, "money", "đồng/kg", approx="about",
      change=CH("decrease", 18, "%", "cùng kỳ năm trước"),
      subject="giá ngô hạt", location="Quy Nhơn"),
    F("khoảng 12.900 đồng/kg", "12.900", 12900, "money", "đồng/kg", approx="about",
      change=CH("decrease", 22, "%", "cùng kỳ năm trước"),
      subject="giá khô dầu đậu tương", location="Quy Nhơn"),
    F("nuôi 1.200 con", "1.200", 1200, "count", "con",
      subject="heo thịt nuôi tại trang trại của ông Trần Văn Lộc", location="Hoài Nhơn"),
    F("khoảng 100 kg", "100", 100, "measure", "kg", approx="about",
      subject="trọng lượng heo xuất chuồng", location="Hoài Nhơn"),
    F("từ 800.000 đến 1 triệu đồng/con", "800.000", 800000, "money", "đồng/con", value_max=1000000,
      subject="lãi của người nuôi heo", location="Hoài Nhơn"),
    F("đạt 812.000 con", "812.000", 812000, "count", "con",
      change=CH("increase", 3.1, "%", "cùng kỳ"), subject="tổng đàn heo của tỉnh"),
    F("có 5 nhà máy", "5", 5, "count", "nhà máy", subject="nhà máy sản xuất thức ăn chăn nuôi"),
    F("gần 1,1 triệu tấn/năm", "1,1", 1100000, "measure", "tấn/năm", approx="nearly",
      subject="tổng công suất nhà máy sản xuất thức ăn chăn nuôi"),
    F("khoảng 720.000 tấn", "720.000", 720000, "measure", "tấn", approx="about", percent=80,
      subject="thức ăn chăn nuôi sản xuất", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 70% đàn heo", "70", 70, "percent", "%", status="target",
      subject="đàn heo được nuôi theo hình thức trang trại, sử dụng thức ăn công nghiệp",
      period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Báo Bình Định (Party newspaper, tag `(BĐ)`): giá thức ăn chăn nuôi giảm, giá ngô/khô dầu đậu tương, lãi nuôi heo, tổng đàn.",
    "Byline + bare date `21/03/2024` at the end (published). `lần thứ 3 liên tiếp` is an ordinal (not a figure).",
    "`mỗi lần từ 200 đến 300 đồng/kg` is the claim itself (a price cut per round), a money range, no change. `giảm bình quân 5,6%`",
    "stands alone: percent figure, no change. `lần lượt giảm 18% và 22%` -> changes of 6.300 and 12.900 đồng/kg, respectively.",
    "Locations: prices `ở TP Quy Nhơn` -> Quy Nhơn; the farm `(thị xã Hoài Nhơn)` -> Hoài Nhơn; the rest Bình Định.",
    "`hiện` sentences: no period; `Từ đầu tháng 3/2024 đến nay` ends at the dateline.",
]

if __name__ == "__main__":
    emit("p744-5", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Bình Định")
