from lib import *

text = """Báo Hà Tĩnh
Kinh tế

Khu kinh tế Vũng Áng: Siết chặt quản lý lao động nước ngoài

(Baohatinh.vn) - Từ đầu năm đến nay, Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh đã tiếp nhận, giải quyết 1.742 hồ sơ cấp, gia hạn giấy phép lao động cho người nước ngoài làm việc tại Khu kinh tế Vũng Áng, tăng 31,6% so với cùng kỳ năm 2023.

Khu kinh tế Vũng Áng đã thu hút 68 dự án FDI với tổng vốn đăng ký khoảng 16,3 tỷ USD. Hiện nay có khoảng 3.600 lao động nước ngoài đang làm việc tại khu kinh tế, chủ yếu tại Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh (hơn 2.100 người) và các nhà thầu thi công Nhà máy Nhiệt điện Vũng Áng II (từ 250 đến 300 người).

Xét theo quốc tịch, lao động Đài Loan (Trung Quốc) và Trung Quốc đông nhất, lần lượt là 1.530 người và 1.270 người; tiếp đến là Hàn Quốc, Nhật Bản với tổng số gần 400 người; số còn lại đến từ 19 quốc gia khác.

Trong quý III/2024, Ban Quản lý phối hợp với Công an tỉnh, Sở LĐ-TB&XH tổ chức ba đợt kiểm tra tại 26 nhà thầu, phát hiện 41 lao động nước ngoài làm việc không có giấy phép hoặc giấy phép đã hết hạn; trong đó 17 trường hợp đã bị xử phạt với tổng số tiền 382,5 triệu đồng và buộc xuất cảnh.

Tỷ lệ lao động nước ngoài trên tổng số lao động tại khu kinh tế hiện ở mức 9,8%, giảm so với mức 12,4% của năm 2022. Năm 2025, tỉnh phấn đấu đưa tỷ lệ này xuống dưới 8%, ưu tiên tuyển dụng lao động trong nước ở các vị trí kỹ thuật.

Theo Nghị định số 70/2023/NĐ-CP, doanh nghiệp phải đăng tuyển lao động Việt Nam vào vị trí dự kiến tuyển người nước ngoài ít nhất 15 ngày trước khi báo cáo giải trình.

Thu Phương
"""

TD = P("Từ đầu năm đến nay", "2024-01-01", None)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

figs = [
    F("giải quyết 1.742 hồ sơ", "1.742", 1742, "count", "hồ sơ",
      "hồ sơ cấp, gia hạn giấy phép lao động cho người nước ngoài", TD,
      change=CH("increase", 31.6, baseline="cùng kỳ năm 2023")),
    F("thu hút 68 dự án", "68", 68, "count", "dự án FDI", "dự án FDI"),
    F("khoảng 16,3 tỷ", "16,3", 16.3e9, "money", "USD", "tổng vốn đăng ký", approx="about"),
    F("khoảng 3.600 lao động", "3.600", 3600, "count", "lao động nước ngoài",
      "lao động nước ngoài đang làm việc tại khu kinh tế", approx="about"),
    F("(hơn 2.100 người)", "2.100", 2100, "count", "người",
      "lao động nước ngoài tại Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh", approx="over"),
    F("(từ 250 đến 300 người)", "250", 250, "count", "người",
      "lao động nước ngoài tại các nhà thầu thi công Nhà máy Nhiệt điện Vũng Áng II", value_max=300),
    F("là 1.530 người", "1.530", 1530, "count", "người", "lao động Đài Loan (Trung Quốc)"),
    F("và 1.270 người", "1.270", 1270, "count", "người", "lao động Trung Quốc"),
    F("gần 400 người", "400", 400, "count", "người", "lao động Hàn Quốc, Nhật Bản", approx="nearly"),
    F("từ 19 quốc gia", "19", 19, "count", "quốc gia", "quốc gia khác có lao động tại khu kinh tế"),
    F("tổ chức ba đợt", "ba", 3, "count", "đợt kiểm tra", "đợt kiểm tra", Q3),
    F("tại 26 nhà thầu", "26", 26, "count", "nhà thầu", "nhà thầu được kiểm tra", Q3),
    F("phát hiện 41 lao động", "41", 41, "count", "lao động nước ngoài",
      "lao động nước ngoài làm việc không có giấy phép hoặc giấy phép đã hết hạn", Q3),
    F("trong đó 17 trường hợp", "17", 17, "count", "trường hợp",
      "trường hợp bị xử phạt và buộc xuất cảnh", Q3, total=41),
    F("tiền 382,5 triệu", "382,5", 382500000, "money", "đồng", "tổng số tiền xử phạt", Q3),
    F("mức 9,8%", "9,8", 9.8, "percent", "%",
      "tỷ lệ lao động nước ngoài trên tổng số lao động tại khu kinh tế"),
    F("mức 12,4%", "12,4", 12.4, "percent", "%",
      "tỷ lệ lao động nước ngoài trên tổng số lao động tại khu kinh tế",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("xuống dưới 8%", "8", 8, "percent", "%",
      "tỷ lệ lao động nước ngoài trên tổng số lao động tại khu kinh tế",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="under", status="target"),
    F("ít nhất 15 ngày", "15", 15, "measure", "ngày",
      "thời hạn đăng tuyển lao động Việt Nam trước khi báo cáo giải trình", approx="at_least", optional=True),
]

comments = [
    "Provincial Party newspaper (Báo Hà Tĩnh), '(Baohatinh.vn)' tag, no dateline anywhere (published absent); byline only.",
    "Location Hà Tĩnh (Khu kinh tế Vũng Áng is a zone, not a province or district). 'Từ đầu năm đến nay' without a year and without a",
    "published date: the year comes from the baseline 'so với cùng kỳ năm 2023' (→ 2024), the end is null (no published date).",
    "'Hiện nay …' and the zone's FDI stock state no period. Bracketed worker counts after 'chủ yếu tại' have no part cue: no total.",
    "'lần lượt là 1.530 người và 1.270 người' list items; 'ba đợt' is a number word (3). 'trong đó 17 trường hợp' → total 41.",
    "'giảm so với mức 12,4% của năm 2022' names a level, not a change amount: 12,4% is a figure of its own (năm 2022), 9,8% has no change value.",
    "'ít nhất 15 ngày' is a legal requirement (optional). Distractors: 'Vũng Áng II', Nghị định số 70/2023/NĐ-CP, company names.",
]
emit("p309-8", text, comments, figs, location="Hà Tĩnh")
