from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BẠC LIÊU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 312/BC-UBND
Bạc Liêu, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả bảo tồn, phát huy nghệ thuật Đờn ca tài tử và sân khấu cải lương 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Phong trào Đờn ca tài tử
Tính đến ngày 30/9/2024, toàn tỉnh có 214 câu lạc bộ, nhóm Đờn ca tài tử với 2.870 thành viên; trong đó 36 câu lạc bộ được công nhận tiêu biểu cấp tỉnh. Huyện Hòa Bình và thị xã Giá Rai có nhiều câu lạc bộ nhất, lần lượt 41 và 37 câu lạc bộ.

2. Hoạt động của Nhà hát Cao Văn Lầu
Bảng 1. Một số chỉ tiêu hoạt động 9 tháng năm 2024
TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | So với kế hoạch (%)
1 | Buổi biểu diễn | buổi | 180 | 142 | 78,9
2 | Lượt người xem | lượt | 90.000 | 76.500 | 85,0
3 | Vở diễn, chương trình mới | vở | 6 | 4 | 66,7
4 | Doanh thu bán vé | triệu đồng | 2.400 | 1.980 | 82,5

Kinh phí sự nghiệp chi cho bảo tồn Đờn ca tài tử 9 tháng ước đạt 1.652,5 triệu đồng, bằng 68,8% dự toán năm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu quý IV tổ chức 40 buổi biểu diễn phục vụ vùng sâu, vùng xa; mở 5 lớp truyền dạy Đờn ca tài tử cho khoảng 150 học viên; tổ chức Festival Đờn ca tài tử lần thứ 3, dự kiến thu hút từ 20.000 đến 25.000 lượt khách.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")


def row(label, unit, kind, mult, cells):
    (a1, n1), (a2, n2), (a3, n3) = cells
    v = lambda n: float(n.replace(".", "").replace(",", ".")) * mult
    return [
        F(a1, n1, v(n1), kind, unit, f"{label} kế hoạch năm 2024", KH, status="target"),
        F(a2, n2, v(n2), kind, unit, f"{label} thực hiện 9 tháng", TH),
        F(a3, n3, float(n3.replace(",", ".")), "percent", "%", f"{label} thực hiện so với kế hoạch", I(M9)),
    ]


FIGS = [
    F("có 214 câu lạc bộ", "214", 214, "count", "câu lạc bộ", "câu lạc bộ, nhóm Đờn ca tài tử", ASOF),
    F("với 2.870 thành viên", "2.870", 2870, "count", "thành viên", "thành viên câu lạc bộ, nhóm Đờn ca tài tử", ASOF),
    F("trong đó 36 câu lạc bộ", "36", 36, "count", "câu lạc bộ", "câu lạc bộ được công nhận tiêu biểu cấp tỉnh", ASOF,
      total=214),
    F("lần lượt 41", "41", 41, "count", "câu lạc bộ", "câu lạc bộ Đờn ca tài tử", I(ASOF), location="Hòa Bình"),
    F("và 37 câu lạc bộ", "37", 37, "count", "câu lạc bộ", "câu lạc bộ Đờn ca tài tử", I(ASOF), location="Giá Rai"),
    *row("Buổi biểu diễn", "buổi", "count", 1, [("buổi | 180", "180"), ("180 | 142", "142"), ("78,9", "78,9")]),
    *row("Lượt người xem", "lượt", "count", 1, [("lượt | 90.000", "90.000"), ("76.500", "76.500"), ("85,0", "85,0")]),
    *row("Vở diễn, chương trình mới", "vở", "count", 1, [("vở | 6", "6"), ("6 | 4", "4"), ("66,7", "66,7")]),
    *row("Doanh thu bán vé", "đồng", "money", 1e6, [("2.400", "2.400"), ("1.980", "1.980"), ("82,5", "82,5")]),
    F("ước đạt 1.652,5 triệu đồng", "1.652,5", 1652.5e6, "money", "đồng",
      "Kinh phí sự nghiệp chi cho bảo tồn Đờn ca tài tử", M9, percent=68.8, status="estimate"),
    F("tổ chức 40 buổi", "40", 40, "count", "buổi", "buổi biểu diễn phục vụ vùng sâu, vùng xa", Q4, status="target"),
    F("mở 5 lớp", "5", 5, "count", "lớp", "lớp truyền dạy Đờn ca tài tử", Q4, status="target"),
    F("khoảng 150 học viên", "150", 150, "count", "học viên", "học viên lớp truyền dạy Đờn ca tài tử", Q4,
      approx="about", status="target"),
    F("từ 20.000 đến 25.000 lượt khách", "20.000", 20000, "count", "lượt khách", "lượt khách Festival Đờn ca tài tử", Q4,
      value_max=25000, status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Bạc Liêu, Báo cáo số 312/BC-UBND: Đờn ca tài tử and Nhà hát Cao Văn Lầu, 9 tháng năm 2024, tasks for Q4.",
    "Formal report: letterhead, 'Số: 312/BC-UBND', place-and-date line 'Bạc Liêu, ngày 04 tháng 10 năm 2024' (published).",
    "Flattened '|' table (Kế hoạch năm 2024 | Thực hiện 9 tháng | So với kế hoạch (%)): every numeric cell is a figure;",
    "plan cells status target, period from the column header (scored); result cells period 9 tháng 2024 (header + title year);",
    "percent cells are percent figures with the title's period (inherited). Unit/multiplier from the 'Đơn vị' cell (triệu đồng).",
    "Row numbers 1-4, 'Bảng 1', section numbers, 'lần thứ 3', 'quý IV/2024' heading are not figures.",
    "'Huyện Hòa Bình' is a district of Bạc Liêu (also a province name elsewhere): location Hòa Bình. 'quý IV' takes 2024.",
    "'dự kiến' governs only the festival clause (forecast); the other Q4 items are 'Phấn đấu' targets.",
]

if __name__ == "__main__":
    emit("p708-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Bạc Liêu")
