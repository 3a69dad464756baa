from lib import F, P, I, CH, TG, emit

TEXT = """UBND HUYỆN MƯỜNG TÈ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Văn hóa - Xã hội
Chiếu phim lưu động phục vụ đồng bào vùng cao: 10 tháng đạt 148 buổi
Thứ Năm, 21/11/2024 - 15:10

10 tháng năm 2024, Đội Chiếu phim lưu động thuộc Trung tâm Văn hóa, Thể thao và Truyền thông huyện đã tổ chức 148 buổi chiếu tại 14 xã, thị trấn, đạt 92,5% kế hoạch năm, phục vụ khoảng 21.400 lượt người xem, tăng 8,3% so với cùng kỳ năm 2023.

Các xã có nhiều buổi chiếu nhất là Mù Cả (18 buổi), Tà Tổng (16 buổi), Pa Vệ Sử (15 buổi) và Thu Lũm (12 buổi). Riêng tại bản Nậm Củm và bản Pắc Pạ, xã Ka Lăng, đội tổ chức 9 buổi chiếu với gần 1.300 lượt người xem.

Chương trình chiếu gồm 64 bộ phim, trong đó có 41 phim truyện Việt Nam và 23 phim tài liệu, khoa giáo. Trong số đó, 17 phim đã được lồng tiếng dân tộc Hà Nhì, Cống, La Hủ. Trước mỗi buổi chiếu, đội lồng ghép tuyên truyền phòng, chống ma túy, bảo vệ rừng với thời lượng từ 20 đến 30 phút.

Kinh phí hoạt động của đội năm 2024 là 385 triệu đồng, trong đó ngân sách tỉnh cấp 240 triệu đồng, ngân sách huyện hỗ trợ 145 triệu đồng. Hiện đội có 4 cán bộ, 1 xe chuyên dụng và 2 bộ máy chiếu kỹ thuật số.

Trong tháng 11 và tháng 12, đội dự kiến tổ chức thêm 24 buổi chiếu phục vụ Tết Nguyên đán; phấn đấu cả năm đạt ít nhất 172 buổi, vượt kế hoạch 160 buổi.

Phòng Văn hóa và Thông tin huyện - Tổ 9, thị trấn Mường Tè, tỉnh Lai Châu.
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("10 tháng đạt 148 buổi", "148", 148, "count", "buổi", "buổi chiếu phim lưu động",
      P("10 tháng", "2024-01-01", "2024-10-31")),
    F("tổ chức 148 buổi chiếu", "148", 148, "count", "buổi chiếu", "buổi chiếu phim lưu động", M10,
      percent=92.5),
    F("tại 14 xã, thị trấn", "14", 14, "count", "xã, thị trấn", "xã, thị trấn có buổi chiếu phim lưu động", M10),
    F("khoảng 21.400 lượt", "21.400", 21400, "count", "lượt người xem", "lượt người xem chiếu phim lưu động", M10,
      approx="about", change=CH("increase", 8.3, baseline="cùng kỳ năm 2023")),
    F("Mù Cả (18 buổi)", "18", 18, "count", "buổi", "buổi chiếu phim lưu động tại xã Mù Cả", I(M10)),
    F("Tà Tổng (16 buổi)", "16", 16, "count", "buổi", "buổi chiếu phim lưu động tại xã Tà Tổng", I(M10)),
    F("Pa Vệ Sử (15 buổi)", "15", 15, "count", "buổi", "buổi chiếu phim lưu động tại xã Pa Vệ Sử", I(M10)),
    F("Thu Lũm (12 buổi)", "12", 12, "count", "buổi", "buổi chiếu phim lưu động tại xã Thu Lũm", I(M10)),
    F("tổ chức 9 buổi chiếu", "9", 9, "count", "buổi chiếu", "buổi chiếu tại bản Nậm Củm và bản Pắc Pạ, xã Ka Lăng",
      I(M10)),
    F("gần 1.300 lượt", "1.300", 1300, "count", "lượt người xem", "lượt người xem tại bản Nậm Củm và bản Pắc Pạ",
      I(M10), approx="nearly"),
    F("gồm 64 bộ phim", "64", 64, "count", "bộ phim", "bộ phim trong chương trình chiếu"),
    F("có 41 phim truyện", "41", 41, "count", "phim truyện", "phim truyện Việt Nam", total=64),
    F("23 phim tài liệu", "23", 23, "count", "phim tài liệu", "phim tài liệu, khoa giáo", total=64),
    F("17 phim đã được", "17", 17, "count", "phim", "phim được lồng tiếng dân tộc Hà Nhì, Cống, La Hủ", total=64),
    F("từ 20 đến 30 phút", "20", 20, "measure", "phút", "thời lượng tuyên truyền lồng ghép trước mỗi buổi chiếu",
      value_max=30),
    F("là 385 triệu đồng", "385", 385e6, "money", "đồng", "kinh phí hoạt động của đội", Y24),
    F("cấp 240 triệu đồng", "240", 240e6, "money", "đồng", "kinh phí ngân sách tỉnh cấp", Y24, total=385e6),
    F("hỗ trợ 145 triệu đồng", "145", 145e6, "money", "đồng", "kinh phí ngân sách huyện hỗ trợ", Y24, total=385e6),
    F("có 4 cán bộ", "4", 4, "count", "cán bộ", "cán bộ của đội chiếu phim"),
    F("1 xe chuyên dụng", "1", 1, "count", "xe chuyên dụng", "xe chuyên dụng"),
    F("2 bộ máy chiếu", "2", 2, "count", "bộ máy chiếu", "bộ máy chiếu kỹ thuật số"),
    F("thêm 24 buổi chiếu", "24", 24, "count", "buổi chiếu", "buổi chiếu phục vụ Tết Nguyên đán",
      P("Trong tháng 11 và tháng 12", "2024-11-01", "2024-12-31"), status="forecast"),
    F("ít nhất 172 buổi", "172", 172, "count", "buổi", "buổi chiếu cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="at_least", target=TG(160, "buổi", True), status="target"),
]

COMMENTS = [
    "Probe 717-2: district portal, huyện Mường Tè (Lai Châu): mobile film screenings, 10 months 2024.",
    "Location: the district for every figure. Communes (xã) are not province/city/district in FIGURES.md, so commune",
    "list items keep location Mường Tè and carry the commune in the subject.",
    "'đạt 92,5% kế hoạch năm' is the share of 148 buổi (148/160); 'vượt kế hoạch 160 buổi' is the target of 172 (met).",
    "'Trong số đó, 17 phim' is a part of 64 bộ phim (cue 'trong số'). 'dự kiến' governs 24 buổi; 'phấn đấu' its own clause.",
    "Distractors: Thứ Năm, 21/11/2024 - 15:10; Tổ 9; Tết; Tháng 11 and 12 as a period.",
]

if __name__ == "__main__":
    emit("p717-2", TEXT, COMMENTS, FIGS, published="2024-11-21", location="Mường Tè")
