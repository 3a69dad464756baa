"""p1423-1: province portal (Vĩnh Long): health-insurance cards for street lottery sellers, lottery company results."""
from lib import F, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > An sinh xã hội

Vĩnh Long: Trao hơn 1.500 thẻ bảo hiểm y tế cho người bán vé số dạo

Cập nhật: 14/11/2024 08:35 | Lượt xem: 1.386

Công ty TNHH MTV Xổ số kiến thiết Vĩnh Long vừa phối hợp với Ủy ban MTTQ Việt Nam tỉnh trao 1.520 thẻ bảo hiểm y tế cho người bán vé số lưu động có hoàn cảnh khó khăn, tổng trị giá gần 1,2 tỷ đồng. Trong đó, TP Vĩnh Long 410 thẻ, huyện Long Hồ 265 thẻ, thị xã Bình Minh 198 thẻ.

Theo công ty, toàn tỉnh hiện có khoảng 7.800 người bán vé số dạo, trong đó hơn 60% là người cao tuổi và người khuyết tật. Mỗi người bán bình quân 120 tờ vé mỗi ngày; với mức hoa hồng 1.000 đồng/tờ, thu nhập chỉ từ 100.000 đến 150.000 đồng/ngày.

10 tháng đầu năm 2024, công ty phát hành 384 triệu vé, tiêu thụ 370,2 triệu vé, đạt 96,4%; doanh thu ước đạt 3.690 tỷ đồng, tăng 5,2% so với cùng kỳ, bằng 86% kế hoạch năm. Công ty đã nộp ngân sách nhà nước 1.410 tỷ đồng.

Dịp này, công ty còn tặng 300 suất quà, mỗi suất 500.000 đồng, cho người bán vé số là hội viên Hội Người khuyết tật tỉnh. Từ năm 2020 đến nay, công ty đã dành hơn 9 tỷ đồng từ quỹ phúc lợi để mua thẻ bảo hiểm y tế, tặng áo mưa, nón lá cho người bán vé số.

Năm 2025, công ty phấn đấu hỗ trợ ít nhất 2.000 thẻ bảo hiểm y tế, nâng tỷ lệ người bán vé số dạo có thẻ bảo hiểm y tế lên 85%.

Tin liên quan:
- Vĩnh Long: Hội nghị khách hàng đại lý xổ số năm 2024
- Kết quả xổ số kiến thiết Vĩnh Long ngày 08/11/2024
- Hướng dẫn đăng ký bảo hiểm xã hội tự nguyện trực tuyến
"""

TEN = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
SINCE = per("Từ năm 2020 đến nay", "2020-01-01", "2024-11-14")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CARDS = "thẻ bảo hiểm y tế trao cho người bán vé số lưu động"

FIGS = [
    F("Trao hơn 1.500 thẻ", "1.500", 1500, "count", "thẻ", approx="over",
      subject="thẻ bảo hiểm y tế trao cho người bán vé số dạo"),
    F("trao 1.520 thẻ", "1.520", 1520, "count", "thẻ",
      subject="thẻ bảo hiểm y tế trao cho người bán vé số lưu động có hoàn cảnh khó khăn"),
    F("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
      subject="tổng trị giá thẻ bảo hiểm y tế"),
    F("TP Vĩnh Long 410 thẻ", "410", 410, "count", "thẻ", total=1520, subject=CARDS,
      location="TP Vĩnh Long"),
    F("Long Hồ 265 thẻ", "265", 265, "count", "thẻ", total=1520, subject=CARDS, location="Long Hồ"),
    F("Bình Minh 198 thẻ", "198", 198, "count", "thẻ", total=1520, subject=CARDS, location="Bình Minh"),
    F("khoảng 7.800 người", "7.800", 7800, "count", "người", approx="about",
      subject="người bán vé số dạo"),
    F("hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="tỷ lệ người cao tuổi và người khuyết tật trong số người bán vé số dạo"),
    F("bình quân 120 tờ", "120", 120, "measure", "tờ/ngày",
      subject="vé mỗi người bán bình quân mỗi ngày"),
    F("hồng 1.000 đồng/tờ", "1.000", 1000, "money", "đồng/tờ", subject="mức hoa hồng"),
    F("từ 100.000 đến 150.000", "100.000", 100000, "money", "đồng/ngày", value_max=150000,
      subject="thu nhập của người bán vé số"),
    F("phát hành 384 triệu", "384", 384e6, "count", "vé", subject="vé công ty phát hành", period=TEN),
    F("tiêu thụ 370,2 triệu", "370,2", 370.2e6, "count", "vé", percent=96.4,
      subject="vé tiêu thụ", period=TEN),
    F("ước đạt 3.690 tỷ", "3.690", 3690e9, "money", "đồng", status="estimate", percent=86,
      change=chg("increase", 5.2, "%", "cùng kỳ"), subject="doanh thu", period=TEN),
    F("nước 1.410 tỷ", "1.410", 1410e9, "money", "đồng",
      subject="nộp ngân sách nhà nước của công ty", period=inh(TEN)),
    F("tặng 300 suất", "300", 300, "count", "suất quà",
      subject="suất quà tặng người bán vé số là hội viên Hội Người khuyết tật tỉnh"),
    F("suất 500.000 đồng", "500.000", 500000, "money", "đồng/suất", subject="trị giá mỗi suất quà"),
    F("hơn 9 tỷ", "9", 9e9, "money", "đồng", approx="over",
      subject="kinh phí từ quỹ phúc lợi công ty dành hỗ trợ người bán vé số", period=SINCE),
    F("ít nhất 2.000 thẻ", "2.000", 2000, "count", "thẻ", approx="at_least", status="target",
      subject="thẻ bảo hiểm y tế hỗ trợ người bán vé số", period=Y25),
    F("lên 85%", "85", 85, "percent", "%", status="target",
      subject="tỷ lệ người bán vé số dạo có thẻ bảo hiểm y tế", period=Y25),
]

NOTES = [
    "Province portal (Vĩnh Long): breadcrumb, headline figure, 'Cập nhật: 14/11/2024 08:35 | Lượt xem: 1.386', related links.",
    "Distractors: 08:35, Lượt xem 1.386, 'TNHH MTV', dates and years in related-link titles ('năm 2024', 'ngày 08/11/2024').",
    "'Trong đó, TP Vĩnh Long 410 thẻ, huyện Long Hồ 265 thẻ, thị xã Bình Minh 198 thẻ' follows the whole 1.520 thẻ (new sentence):",
    "total 1520; each place is the location (TP Vĩnh Long normalises to Vĩnh Long, the city).",
    "'trong đó hơn 60% là ...' after a count: a percent figure of its own (no amount of its own to attach to).",
    "'tiêu thụ 370,2 triệu vé, đạt 96,4%' → percent 96.4; no part-of cue after 384 triệu, so no total.",
    "'ước đạt 3.690 tỷ đồng, tăng 5,2% so với cùng kỳ, bằng 86% kế hoạch năm' → estimate, change +5.2%, percent 86.",
    "'Mỗi người bán bình quân 120 tờ vé mỗi ngày' is a per-day rate: measure, tờ/ngày. 'mỗi suất 500.000 đồng' → đồng/suất.",
    "'Từ năm 2020 đến nay' ends at the dateline (2024-11-14). 'Năm 2025 ... phấn đấu' → target for both clauses.",
]

if __name__ == "__main__":
    write("p1423-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Vĩnh Long")
