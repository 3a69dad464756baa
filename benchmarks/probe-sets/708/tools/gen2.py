from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN DU
Trang chủ » Văn hóa - Xã hội

Tiên Du giữ gìn 25 làng quan họ gốc

Thứ Ba, 12/03/2024 - 15:30

Huyện Tiên Du hiện lưu giữ 25/44 làng quan họ gốc của tỉnh Bắc Ninh, nhiều nhất trong các huyện, thị xã, thành phố. Năm 2023, toàn huyện có 68 câu lạc bộ quan họ với hơn 1.900 hội viên, tăng 6 câu lạc bộ so với năm 2022; trong đó có 12 câu lạc bộ quan họ thiếu nhi.

Huyện đã mở 15 lớp truyền dạy dân ca quan họ cho 620 học viên; 100% trường tiểu học, trung học cơ sở đưa quan họ vào hoạt động ngoại khóa. Nghệ nhân tham gia truyền dạy được hỗ trợ 1,2 triệu đồng/người/tháng.

Hội Lim năm 2024 diễn ra từ ngày 12 đến 14 tháng Giêng, thu hút khoảng 85.000 lượt khách, tăng 15% so với năm 2023. Ban tổ chức bố trí 32 canh hát trên đồi Lim và tại các làng Lũng Giang, Đình Cả, Ngang Nội với sự tham gia của 420 liền anh, liền chị.

Trong 3 năm 2021-2023, ngân sách huyện đã chi 3,6 tỷ đồng hỗ trợ các câu lạc bộ, mỗi câu lạc bộ được hỗ trợ từ 10 đến 15 triệu đồng/năm để mua sắm trang phục, nhạc cụ.

Huyện phấn đấu đến năm 2025 có 100% làng quan họ gốc duy trì câu lạc bộ sinh hoạt thường xuyên và thêm ít nhất 20 nghệ nhân được tỉnh công nhận.

Thu Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Trụ sở: thị trấn Lim, huyện Tiên Du; ĐT: 0222.3838.148
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
P2123 = P("Trong 3 năm 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("giữ gìn 25 làng", "25", 25, "count", "làng quan họ gốc", "làng quan họ gốc Tiên Du giữ gìn"),
    F("lưu giữ 25/44 làng", "25", 25, "count", "làng quan họ gốc", "làng quan họ gốc của tỉnh Bắc Ninh huyện lưu giữ",
      total=44),
    F("có 68 câu lạc bộ", "68", 68, "count", "câu lạc bộ", "câu lạc bộ quan họ", Y23,
      change=CH("increase", 6, "câu lạc bộ", "năm 2022")),
    F("hơn 1.900 hội viên", "1.900", 1900, "count", "hội viên", "hội viên câu lạc bộ quan họ", Y23, approx="over"),
    F("có 12 câu lạc bộ", "12", 12, "count", "câu lạc bộ", "câu lạc bộ quan họ thiếu nhi", Y23, total=68),
    F("mở 15 lớp", "15", 15, "count", "lớp", "lớp truyền dạy dân ca quan họ", I(Y23)),
    F("cho 620 học viên", "620", 620, "count", "học viên", "học viên lớp truyền dạy dân ca quan họ", I(Y23)),
    F("100% trường tiểu học", "100", 100, "percent", "%",
      "trường tiểu học, trung học cơ sở đưa quan họ vào hoạt động ngoại khóa", I(Y23)),
    F("1,2 triệu đồng/người/tháng", "1,2", 1.2e6, "money", "đồng/người/tháng",
      "hỗ trợ nghệ nhân tham gia truyền dạy"),
    F("khoảng 85.000 lượt khách", "85.000", 85000, "count", "lượt khách", "lượt khách Hội Lim", Y24, approx="about",
      change=CH("increase", 15, "%", "năm 2023")),
    F("bố trí 32 canh hát", "32", 32, "count", "canh hát", "canh hát Ban tổ chức bố trí", I(Y24)),
    F("của 420 liền anh", "420", 420, "count", "liền anh, liền chị", "liền anh, liền chị tham gia canh hát", I(Y24)),
    F("chi 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "ngân sách huyện chi hỗ trợ các câu lạc bộ", P2123),
    F("từ 10 đến 15 triệu đồng/năm", "10", 10e6, "money", "đồng/năm", "hỗ trợ mỗi câu lạc bộ", P2123, value_max=15e6),
    F("có 100% làng", "100", 100, "percent", "%",
      "làng quan họ gốc duy trì câu lạc bộ sinh hoạt thường xuyên", T25, status="target"),
    F("ít nhất 20 nghệ nhân", "20", 20, "count", "nghệ nhân", "nghệ nhân được tỉnh công nhận thêm", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Tiên Du (Bắc Ninh): làng quan họ gốc, câu lạc bộ, lớp truyền dạy, Hội Lim 2024, kinh phí, mục tiêu 2025.",
    "District portal, weekday dateline 'Thứ Ba, 12/03/2024 - 15:30', byline and office line at the end. Location: Tiên Du.",
    "'25/44 làng quan họ gốc của tỉnh Bắc Ninh' is still a Tiên Du figure (25 of the province's 44), total 44.",
    "Distractors: 'từ ngày 12 đến 14 tháng Giêng' (lunar dates, not a range figure), 'Trong 3 năm 2021-2023' (a period),",
    "phone 0222.3838.148. The classes paragraph has no period of its own: 2023 inherited (unscored).",
]

if __name__ == "__main__":
    emit("p708-2", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Tiên Du")
