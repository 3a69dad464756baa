from lib import F, P, I, C, T, write

TEXT = """
Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế
Sản lượng xăng dầu bán ra 9 tháng ước đạt 612 nghìn m3
Cập nhật: 15/10/2024 09:20 | Lượt xem: 1.347

Theo báo cáo của Sở Công Thương, 9 tháng đầu năm 2024, tổng sản lượng xăng dầu bán ra trên địa bàn tỉnh ước đạt 612,4 nghìn m3, tăng 6,8% so với cùng kỳ năm 2023, đạt 76,6% kế hoạch năm. Trong đó, xăng các loại ước đạt 248 nghìn m3, dầu diesel gần 351 nghìn m3, còn lại là dầu hỏa và dầu mazut.

Tính đến ngày 30/9/2024, toàn tỉnh có 587 cửa hàng bán lẻ xăng dầu, tăng 14 cửa hàng so với cuối năm 2023; trong đó 203 cửa hàng thuộc hệ thống Petrolimex Thanh Hóa, chiếm 34,6%. Các cửa hàng tập trung dọc Quốc lộ 1A, Quốc lộ 45 và Quốc lộ 47; nhiều nhất là TP Thanh Hóa (64 cửa hàng), thị xã Nghi Sơn (52 cửa hàng) và huyện Thọ Xuân (31 cửa hàng).

Thực hiện Nghị định số 123/2020/NĐ-CP của Chính phủ, đến nay 571/587 cửa hàng đã xuất hóa đơn điện tử theo từng lần bán hàng, đạt 97,3%; 16 cửa hàng còn lại đang hoàn thiện kết nối dữ liệu với cơ quan thuế. Từ đầu năm đến nay, các cửa hàng đã lập hơn 18,6 triệu hóa đơn, bình quân khoảng 65 nghìn hóa đơn mỗi ngày.

Trong quý III/2024, đoàn kiểm tra liên ngành đã kiểm tra 126 cửa hàng, phát hiện, xử lý 9 cơ sở vi phạm về đo lường, chất lượng và niêm yết giá, phạt tiền 285 triệu đồng.

Sở Công Thương phấn đấu cả năm 2024 tổng sản lượng xăng dầu bán ra đạt 800 nghìn m3; đến hết năm 2024, 100% cửa hàng xăng dầu trên địa bàn xuất hóa đơn điện tử từng lần bán.
"""

NOTES = [
    "Probe 1065-1: Thanh Hóa province portal, 9 months 2024 fuel sales, stations, e-invoices per sale, inspections.",
    "Distractors: Lượt xem: 1.347, 09:20, Quốc lộ 1A/45/47, Nghị định số 123/2020/NĐ-CP.",
    "Headline '9 tháng' takes 2024 from the dateline. 'đến nay' ends at the dateline.",
    "16 cửa hàng còn lại: no part-of cue, so no total. 'hóa đơn mỗi ngày' is a rate: measure, unit hóa đơn/ngày.",
]

H9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
AS = P("Tính đến ngày 30/9/2024", end="2024-09-30")
NOW = P("đến nay", end="2024-10-15")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("bán ra 9 tháng ước đạt 612 nghìn m3", "612", 612000, "measure", "m3", "sản lượng xăng dầu bán ra",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("ước đạt 612,4 nghìn m3", "612,4", 612400, "measure", "m3", "tổng sản lượng xăng dầu bán ra trên địa bàn tỉnh", H9,
      percent=76.6, change=C("increase", 6.8, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("xăng các loại ước đạt 248 nghìn m3", "248", 248000, "measure", "m3", "sản lượng xăng các loại", I(H9),
      total=612400, status="estimate"),
    F("dầu diesel gần 351 nghìn m3", "351", 351000, "measure", "m3", "sản lượng dầu diesel", I(H9),
      approx="nearly", total=612400, status="estimate"),
    F("toàn tỉnh có 587 cửa hàng", "587", 587, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", AS,
      change=C("increase", 14, "cửa hàng", "cuối năm 2023")),
    F("trong đó 203 cửa hàng", "203", 203, "count", "cửa hàng", "cửa hàng thuộc hệ thống Petrolimex Thanh Hóa", AS,
      total=587, percent=34.6),
    F("TP Thanh Hóa (64 cửa hàng)", "64", 64, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", I(AS), location="TP Thanh Hóa"),
    F("Nghi Sơn (52 cửa hàng)", "52", 52, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", I(AS), location="Nghi Sơn"),
    F("Thọ Xuân (31 cửa hàng)", "31", 31, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", I(AS), location="Thọ Xuân"),
    F("đến nay 571/587 cửa hàng", "571", 571, "count", "cửa hàng",
      "cửa hàng đã xuất hóa đơn điện tử theo từng lần bán hàng", NOW, total=587, percent=97.3),
    F("; 16 cửa hàng còn lại", "16", 16, "count", "cửa hàng",
      "cửa hàng còn lại đang hoàn thiện kết nối dữ liệu với cơ quan thuế", NOW),
    F("hơn 18,6 triệu hóa đơn", "18,6", 18600000, "count", "hóa đơn", "hóa đơn các cửa hàng đã lập", YTD, approx="over"),
    F("khoảng 65 nghìn hóa đơn", "65", 65000, "measure", "hóa đơn/ngày", "hóa đơn lập bình quân mỗi ngày", YTD,
      approx="about"),
    F("đã kiểm tra 126 cửa hàng", "126", 126, "count", "cửa hàng", "cửa hàng được đoàn kiểm tra liên ngành kiểm tra", Q3),
    F("xử lý 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm về đo lường, chất lượng và niêm yết giá bị xử lý", Q3),
    F("phạt tiền 285 triệu đồng", "285", 285000000, "money", "đồng", "tiền phạt vi phạm", Q3),
    F("đạt 800 nghìn m3", "800", 800000, "measure", "m3", "tổng sản lượng xăng dầu bán ra",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("2024, 100% cửa hàng", "100", 100, "percent", "%", "cửa hàng xăng dầu xuất hóa đơn điện tử từng lần bán",
      P("đến hết năm 2024", end="2024-12-31"), status="target"),
]

write("p1065-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Thanh Hóa")
