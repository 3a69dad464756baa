"""p1041-8: provincial newspaper online (Báo Đồng Khởi, Bến Tre), (BĐK) tag, headline figure, đờn ca tài tử clubs."""
from lib import F, P, I, CH, TG, build

TEXT = """Báo Đồng Khởi Online
Văn hóa - Văn nghệ
Bến Tre có 212 câu lạc bộ đờn ca tài tử
Thứ hai, 19/05/2025 | 09:42

(BĐK) - Theo Sở Văn hóa, Thể thao và Du lịch, tính đến tháng 4/2025, toàn tỉnh có 212 câu lạc bộ đờn ca tài tử, tăng 12 câu lạc bộ so với cuối năm 2023, với 3.180 thành viên. Các huyện có nhiều câu lạc bộ là Mỏ Cày Nam 31 câu lạc bộ, Châu Thành 28 câu lạc bộ, Giồng Trôm 26 câu lạc bộ.

Quý I/2025, các câu lạc bộ biểu diễn 146 chương trình phục vụ khách tại các điểm du lịch cộng đồng dọc Quốc lộ 57, doanh thu ước đạt 820 triệu đồng, tăng 15% so với cùng kỳ. Thù lao mỗi đêm diễn từ 300.000 đến 500.000 đồng/người.

Tỉnh hiện có 1 Nghệ nhân Nhân dân, 14 Nghệ nhân Ưu tú về đờn ca tài tử; khoảng 35% thành viên câu lạc bộ dưới 35 tuổi. Tại Câu lạc bộ đờn ca tài tử xã An Thạnh (huyện Mỏ Cày Nam), ông Lê Văn Sáu, 72 tuổi, đã truyền nghề cho hơn 40 học trò, trong đó 11 người đoạt giải tại Liên hoan Đờn ca tài tử toàn tỉnh lần thứ 4.

Theo Nghị quyết số 12/2021/NQ-HĐND, mỗi câu lạc bộ được hỗ trợ tối đa 8 triệu đồng/năm. Năm 2025, tỉnh dự kiến bố trí 1,5 tỷ đồng hỗ trợ các câu lạc bộ. Tỉnh phấn đấu đến năm 2030, 100% xã, phường, thị trấn có câu lạc bộ đờn ca tài tử hoạt động thường xuyên.

Tin, ảnh: HỮU HIỆP
"""

ASOF = P("tính đến tháng 4/2025", None, "2025-04-30")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
SUBJ = "câu lạc bộ đờn ca tài tử"
MCN = {"location": "Mỏ Cày Nam"}

FIGS = [
    F("Bến Tre có 212 câu lạc bộ", "212", 212, "count", "câu lạc bộ", SUBJ),
    F("toàn tỉnh có 212 câu lạc bộ", "212", 212, "count", "câu lạc bộ", SUBJ, ASOF,
      change=CH("increase", 12, "câu lạc bộ", "cuối năm 2023")),
    F("với 3.180 thành viên", "3.180", 3180, "count", "thành viên", "thành viên câu lạc bộ đờn ca tài tử", ASOF),
    F("Mỏ Cày Nam 31 câu lạc bộ", "31", 31, "count", "câu lạc bộ", SUBJ, I(ASOF), **MCN),
    F("Châu Thành 28 câu lạc bộ", "28", 28, "count", "câu lạc bộ", SUBJ, I(ASOF), location="Châu Thành"),
    F("Giồng Trôm 26 câu lạc bộ", "26", 26, "count", "câu lạc bộ", SUBJ, I(ASOF), location="Giồng Trôm"),
    F("biểu diễn 146 chương trình", "146", 146, "count", "chương trình",
      "chương trình biểu diễn phục vụ khách tại các điểm du lịch cộng đồng", Q1),
    F("ước đạt 820 triệu đồng", "820", 820e6, "money", "đồng", "doanh thu biểu diễn", Q1, status="estimate",
      change=CH("increase", 15, "%", "cùng kỳ")),
    F("từ 300.000 đến 500.000", "300.000", 300000, "money", "đồng/người", "thù lao mỗi đêm diễn", value_max=500000),
    F("có 1 Nghệ nhân Nhân dân", "1", 1, "count", "Nghệ nhân Nhân dân", "Nghệ nhân Nhân dân về đờn ca tài tử"),
    F("14 Nghệ nhân Ưu tú", "14", 14, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú về đờn ca tài tử"),
    F("khoảng 35% thành viên", "35", 35, "percent", "%", "thành viên câu lạc bộ dưới 35 tuổi", approx="about"),
    F("dưới 35 tuổi", "35", 35, "measure", "tuổi", "tuổi thành viên", approx="under", optional=True),
    F("Sáu, 72 tuổi", "72", 72, "measure", "tuổi", "tuổi ông Lê Văn Sáu", optional=True, **MCN),
    F("hơn 40 học trò", "40", 40, "count", "học trò", "học trò được ông Lê Văn Sáu truyền nghề", approx="over", **MCN),
    F("11 người đoạt giải", "11", 11, "count", "người", "học trò đoạt giải tại Liên hoan Đờn ca tài tử toàn tỉnh",
      total=40, **MCN),
    F("tối đa 8 triệu đồng/năm", "8", 8e6, "money", "đồng/năm", "mức hỗ trợ mỗi câu lạc bộ", approx="at_most"),
    F("bố trí 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí hỗ trợ các câu lạc bộ",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("100% xã, phường", "100", 100, "percent", "%",
      "xã, phường, thị trấn có câu lạc bộ đờn ca tài tử hoạt động thường xuyên",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Báo Đồng Khởi (Bến Tre) online: headline figure, 'Thứ hai, 19/05/2025 | 09:42', '(BĐK) -' tag, đờn ca tài tử clubs.",
    "Not figures: 'Quốc lộ 57', 'Nghị quyết số 12/2021/NQ-HĐND', 'lần thứ 4', 'ông Lê Văn Sáu' (a name), '09:42'.",
    "The headline 212 is its own figure (no period). 'tăng 12 câu lạc bộ so với cuối năm 2023' follows 212 directly: its change.",
    "District list items (no brackets): location = district, subject = the list's indicator; period inherited from 'tính đến tháng 4/2025'.",
    "'ước đạt' governs 820 triệu only; 146 chương trình is actual. 11 người after 'trong đó' → total 40 (hơn 40 học trò).",
    "'dưới 35 tuổi' is a threshold and '72 tuổi' a person's age given as description (both optional).",
    "The 8 triệu cap is stated by the resolution (actual); the 1,5 tỷ is 'dự kiến' (forecast).",
]

build("p1041-8", TEXT, FIGS, COMMENTS, published="2025-05-19", location="Bến Tre")
