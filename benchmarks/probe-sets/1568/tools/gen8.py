"""p1568-8: news agency (VietnamPlus / TTXVN): a new instant-noodle factory in Tây Ninh; provincial FDI."""
from lib import F, P, inh, chg, tgt, write

TEXT = """VIETNAMPLUS
Kinh tế › Doanh nghiệp

Tây Ninh khánh thành nhà máy mì ăn liền vốn 65 triệu USD

20/11/2024 16:45 GMT+7

Nhà máy có công suất thiết kế 1,2 triệu gói mỗi ngày, phần lớn sản phẩm dành cho xuất khẩu.

Tây Ninh (TTXVN) - Ngày 20/11, tại Khu công nghiệp Phước Đông, Công ty TNHH Thực phẩm Hikari Việt Nam khánh thành nhà máy sản xuất mì ăn liền với tổng vốn đầu tư 65 triệu USD, trên diện tích 8,5 ha.

Nhà máy gồm 6 dây chuyền, công suất thiết kế 1,2 triệu gói/ngày. Giai đoạn 1, công ty tuyển dụng 620 lao động, trong đó hơn 85% là người địa phương; mức lương khởi điểm 6,5 triệu đồng/người/tháng.

Ông Tanaka Hiroshi, Tổng Giám đốc công ty, cho biết dự kiến khoảng 70% sản lượng được xuất khẩu sang Nhật Bản, Hàn Quốc, Hoa Kỳ và các nước EU; doanh thu năm 2025 dự kiến đạt 50 triệu USD. Công ty ưu tiên sử dụng nguyên liệu trong nước như tinh bột sắn, rau củ sấy, với giá trị thu mua ước khoảng 15 triệu USD mỗi năm. Công ty dự kiến đầu tư giai đoạn 2 vào năm 2026 với vốn khoảng 40 triệu USD, nâng tổng công suất lên 2 triệu gói/ngày.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Tây Ninh cho biết từ đầu năm đến nay, tỉnh thu hút 42 dự án đầu tư nước ngoài mới với tổng vốn đăng ký hơn 1,1 tỷ USD, tăng 36% so với cùng kỳ. Lũy kế đến nay, toàn tỉnh có 385 dự án FDI còn hiệu lực với tổng vốn 11,8 tỷ USD; riêng ngành chế biến nông sản, thực phẩm có 47 dự án.

Tin liên quan: Tây Ninh đón nhà đầu tư thứ 400 vào Khu kinh tế cửa khẩu Mộc Bài
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y26 = P("năm 2026", "2026-01-01", "2026-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-20")
ASOF = P("Lũy kế đến nay", None, "2024-11-20")

FIGS = [
    F("vốn 65 triệu", "65", 65e6, "money", "USD", subject="vốn nhà máy mì ăn liền"),
    F("1,2 triệu gói mỗi ngày", "1,2", 1.2e6, "measure", "gói/ngày", subject="công suất thiết kế của nhà máy"),
    F("tư 65 triệu", "65", 65e6, "money", "USD", subject="tổng vốn đầu tư nhà máy sản xuất mì ăn liền"),
    F("tích 8,5 ha", "8,5", 8.5, "measure", "ha", subject="diện tích nhà máy"),
    F("gồm 6 dây chuyền", "6", 6, "count", "dây chuyền", subject="dây chuyền của nhà máy"),
    F("1,2 triệu gói/ngày", "1,2", 1.2e6, "measure", "gói/ngày", subject="công suất thiết kế của nhà máy"),
    F("tuyển dụng 620 lao động", "620", 620, "count", "lao động", subject="lao động công ty tuyển dụng"),
    F("hơn 85%", "85", 85, "percent", "%", approx="over", subject="lao động là người địa phương"),
    F("khởi điểm 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", subject="mức lương khởi điểm"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", status="forecast",
      subject="sản lượng được xuất khẩu"),
    F("đạt 50 triệu", "50", 50e6, "money", "USD", status="forecast", subject="doanh thu", period=Y25),
    F("khoảng 15 triệu", "15", 15e6, "money", "USD/năm", approx="about", status="estimate",
      subject="giá trị thu mua nguyên liệu trong nước"),
    F("khoảng 40 triệu", "40", 40e6, "money", "USD", approx="about", status="forecast",
      subject="vốn đầu tư giai đoạn 2", period=Y26),
    F("lên 2 triệu", "2", 2e6, "measure", "gói/ngày", status="forecast", subject="tổng công suất", period=Y26),
    F("hút 42 dự án", "42", 42, "count", "dự án", subject="dự án đầu tư nước ngoài mới tỉnh thu hút",
      period=YTD),
    F("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="over", change=chg("increase", 36, "%", "cùng kỳ"),
      subject="tổng vốn đăng ký", period=YTD),
    F("có 385 dự án", "385", 385, "count", "dự án", subject="dự án FDI còn hiệu lực", period=ASOF),
    F("vốn 11,8 tỷ", "11,8", 11.8e9, "money", "USD", subject="tổng vốn dự án FDI còn hiệu lực", period=ASOF),
    F("có 47 dự án", "47", 47, "count", "dự án", subject="dự án FDI ngành chế biến nông sản, thực phẩm",
      period=ASOF),
]

NOTES = [
    "News agency (VietnamPlus, TTXVN): section line, headline, '20/11/2024 16:45 GMT+7', sapo, tag 'Tây Ninh (TTXVN) -', related link.",
    "Distractors: 16:45, 'Ngày 20/11', 'Giai đoạn 1', 'giai đoạn 2', 'Khu công nghiệp Phước Đông', 'nhà đầu tư thứ 400', 'EU'.",
    "Location Tây Ninh throughout (no district is named for the factory); trade partners are not places.",
    "Headline '65 triệu USD', sapo '1,2 triệu gói mỗi ngày' and their body repeats are each a figure. 'mỗi ngày' → gói/ngày.",
    "'620 lao động, trong đó hơn 85% là người địa phương' → percent figure of its own (over).",
    "'dự kiến' → forecast (70 %, 50 triệu, 40 triệu, 2 triệu gói/ngày); 'ước khoảng 15 triệu USD mỗi năm' → estimate, about, USD/năm.",
    "'từ đầu năm đến nay' → 2024-01-01..2024-11-20 (published); 'Lũy kế đến nay' → as-of published (start null).",
    "'riêng ngành chế biến ... có 47 dự án': 'riêng' is not a part-of cue in the spec → no total; period from the same sentence.",
    "'Giai đoạn 1, công ty tuyển dụng 620 lao động' → a project phase, not a period.",
]

if __name__ == "__main__":
    write("p1568-8", TEXT, NOTES, FIGS, published="2024-11-20", location="Tây Ninh")
