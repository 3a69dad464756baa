"""p1245-8: magazine (Tạp chí Thủy sản Việt Nam): an offshore HDPE barramundi farm in Nhơn Hải (Quy Nhơn, Bình Định)."""
from lib import F, period, inherit, change, target, write

TEXT = """TẠP CHÍ THỦY SẢN VIỆT NAM
Trang chủ » Nuôi trồng » Mô hình hay
Số 18/2024 (kỳ 2 tháng 9)

Nuôi cá chẽm lồng HDPE xa bờ ở Nhơn Hải

24/09/2024 08:15 | Bài và ảnh: QUỐC VIỆT

Giữa vùng biển xã Nhơn Hải (TP Quy Nhơn, Bình Định), trại nuôi cá chẽm của Công ty CP Thủy sản Biển Xanh Quy Nhơn nằm cách bờ khoảng 3 hải lý. Trại gồm 12 lồng tròn HDPE, mỗi lồng đường kính 25 m, lưới sâu 10 m, tổng thể tích nuôi gần 59.000 m3.

Theo ông Trịnh Quốc Bảo, Giám đốc kỹ thuật, cá giống cỡ 8-10 cm được thả với mật độ 15 con/m3 và cho ăn thức ăn viên BD-44 có hàm lượng đạm 42-45%. Sau 10 tháng nuôi, cá đạt bình quân 2,8 kg/con, tỷ lệ sống 88%.

Vụ nuôi năm 2023, trại thu hoạch 165 tấn cá thương phẩm, doanh thu 16,2 tỷ đồng; giá thành sản xuất khoảng 68.000 đồng/kg, thấp hơn 12% so với nuôi lồng gỗ ven bờ. Công ty đã đầu tư 24 tỷ đồng cho hệ thống lồng, trong đó 40% là vốn vay ưu đãi. Trại tạo việc làm cho 26 lao động với thu nhập 10-12 triệu đồng/người/tháng.

Năm 2025, công ty dự kiến lắp thêm 8 lồng, nâng sản lượng lên khoảng 250 tấn/năm và xuất khẩu lô hàng đầu tiên sang Nhật Bản.

Theo Sở Nông nghiệp và Phát triển nông thôn Bình Định, toàn tỉnh hiện có khoảng 1.850 lồng nuôi thủy sản trên biển; sản lượng cá biển nuôi lồng năm 2023 đạt 2.950 tấn, tăng 18% so với năm 2022. Mục tiêu đến năm 2030, sản lượng nuôi biển của tỉnh đạt 10.000 tấn, trong đó cá chẽm chiếm ít nhất 30%.

© Tạp chí Thủy sản Việt Nam. Giấy phép số 116/GP-BTTTT.
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")
BD = "Bình Định"

FIGS = [
    F("khoảng 3 hải lý", "3", 3, "measure", "hải lý", "khoảng cách từ trại nuôi đến bờ", approx="about"),
    F("gồm 12 lồng", "12", 12, "count", "lồng", "lồng tròn HDPE của trại"),
    F("kính 25 m", "25", 25, "measure", "m", "đường kính mỗi lồng"),
    F("sâu 10 m", "10", 10, "measure", "m", "độ sâu lưới"),
    F("gần 59.000 m3", "59.000", 59000, "measure", "m3", "tổng thể tích nuôi", approx="nearly"),
    F("cỡ 8-10 cm", "8", 8, "measure", "cm", "cỡ cá giống", value_max=10),
    F("15 con/m3", "15", 15, "measure", "con/m3", "mật độ thả"),
    F("đạm 42-45%", "42", 42, "percent", "%", "hàm lượng đạm của thức ăn viên", value_max=45),
    F("Sau 10 tháng", "10", 10, "measure", "tháng", "thời gian nuôi", optional=True),
    F("2,8 kg/con", "2,8", 2.8, "measure", "kg/con", "trọng lượng bình quân của cá"),
    F("sống 88%", "88", 88, "percent", "%", "tỷ lệ sống"),
    F("thu hoạch 165 tấn", "165", 165, "measure", "tấn", "cá thương phẩm trại thu hoạch", Y23),
    F("thu 16,2 tỷ", "16,2", 16.2e9, "money", "đồng", "doanh thu", Y23),
    F("khoảng 68.000", "68.000", 68000, "money", "đồng/kg", "giá thành sản xuất", Y23, approx="about",
      change=change("decrease", 12, "%", "nuôi lồng gỗ ven bờ")),
    F("đầu tư 24 tỷ", "24", 24e9, "money", "đồng", "vốn công ty đầu tư cho hệ thống lồng"),
    F("trong đó 40%", "40", 40, "percent", "%", "vốn vay ưu đãi trong vốn đầu tư"),
    F("cho 26 lao động", "26", 26, "count", "lao động", "lao động trại tạo việc làm"),
    F("nhập 10-12 triệu", "10", 10e6, "money", "đồng/người/tháng", "thu nhập của lao động", value_max=12e6),
    F("thêm 8 lồng", "8", 8, "count", "lồng", "lồng công ty lắp thêm", Y25, status="forecast"),
    F("khoảng 250 tấn/năm", "250", 250, "measure", "tấn/năm", "sản lượng", Y25, approx="about",
      status="forecast"),
    F("khoảng 1.850 lồng", "1.850", 1850, "count", "lồng", "lồng nuôi thủy sản trên biển", approx="about",
      location=BD),
    F("đạt 2.950 tấn", "2.950", 2950, "measure", "tấn", "sản lượng cá biển nuôi lồng", Y23,
      change=change("increase", 18, "%", "năm 2022"), location=BD),
    F("đạt 10.000 tấn", "10.000", 10000, "measure", "tấn", "sản lượng nuôi biển của tỉnh", T30,
      status="target", location=BD),
    F("ít nhất 30%", "30", 30, "percent", "%", "cá chẽm trong sản lượng nuôi biển", T30, approx="at_least",
      status="target", location=BD),
]

NOTES = [
    "Magazine (Tạp chí Thủy sản Việt Nam): breadcrumb, issue line 'Số 18/2024 (kỳ 2 tháng 9)', '24/09/2024 08:15 | Bài và ảnh: ...',",
    "licence line in the footer. Distractors: Số 18/2024, 'kỳ 2 tháng 9', 08:15, thức ăn viên BD-44, Giấy phép số 116/GP-BTTTT.",
    "The farm is in xã Nhơn Hải, TP Quy Nhơn → location Quy Nhơn; the last paragraph (Sở NN&PTNT Bình Định, toàn tỉnh) → Bình Định.",
    "'Trại gồm 12 lồng': 'gồm' follows no figure, so no total. Cage specs (đường kính 25 m, lưới sâu 10 m) and the fingerling size",
    "'cỡ 8-10 cm' are measures. 'Sau 10 tháng nuôi' only places the weight in time → optional (as '10-12 tháng' in p1245-5).",
    "'Vụ nuôi năm 2023' gives 2023 to the whole sentence, also after ';' (giá thành ... thấp hơn 12% → change decrease 12%).",
    "'trong đó 40% là vốn vay ưu đãi' states the loan share of the 24 tỷ → a percent figure of its own (no total for a share).",
    "'Năm 2025, công ty dự kiến ...' → forecast for both clauses. 'Mục tiêu đến năm 2030 ... trong đó cá chẽm chiếm ít nhất 30%' →",
    "target; the 30% is a share figure of its own (at_least).",
]

if __name__ == "__main__":
    write("p1245-8", TEXT, NOTES, FIGS, published="2024-09-24", location="Quy Nhơn")
