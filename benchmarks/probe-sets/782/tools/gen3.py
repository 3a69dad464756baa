"""p782-3: formal report, UBND thành phố Ngã Bảy, 9 months 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND THÀNH PHỐ NGÃ BẢY
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ngã Bảy, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển du lịch chợ nổi Ngã Bảy 9 tháng năm 2024

Thực hiện Công văn số 1735/SVHTTDL-QLDL ngày 20/9/2024 của Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang, UBND thành phố báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động thương mại, du lịch
9 tháng năm 2024, chợ nổi Ngã Bảy có bình quân 186 ghe, xuồng họp chợ mỗi ngày, tăng 14 chiếc so với cùng kỳ. Tổng lượt khách tham quan ước đạt 132.400 lượt, bằng 82,8% kế hoạch năm, trong đó khách lưu trú qua đêm 21.350 lượt. Doanh thu dịch vụ du lịch ước đạt 38,6 tỷ đồng, tăng 9,3% so với cùng kỳ.

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | ĐVT | 9 tháng 2023 | Ước TH 9 tháng 2024 | Kế hoạch 2024
Ghe, xuồng họp chợ bình quân mỗi ngày | chiếc | 172 | 186 | 200
Lượt khách tham quan | lượt | 118.900 | 132.400 | 160.000
Doanh thu dịch vụ du lịch | tỷ đồng | 35,3 | 38,6 | 52
Hộ kinh doanh dịch vụ trên sông | hộ | 64 | 71 | 80

2. Đầu tư hạ tầng
Dự án kè chống sạt lở và chỉnh trang khu vực chợ nổi có tổng mức đầu tư 126 tỷ đồng, trong đó vốn ngân sách Trung ương 88 tỷ đồng; tính đến ngày 30/9/2024 đã giải ngân 71,5 tỷ đồng, đạt 56,7% tổng mức đầu tư.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đón thêm khoảng 27.600 lượt khách và tổ chức 02 lớp tập huấn kỹ năng phục vụ du khách cho 45 hộ kinh doanh trên sông để hoàn thành kế hoạch năm.

Nơi nhận:
- Sở VHTTDL tỉnh Hậu Giang;
- Lưu: VT.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("Ước TH 9 tháng 2024", "2024-01-01", "2024-09-30")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Ghe, xuồng họp chợ bình quân mỗi ngày", "count", "chiếc", 1,
     [("bình quân mỗi ngày | chiếc | 172", "172", 172), ("172 | 186", "186", 186), ("186 | 200", "200", 200)]),
    ("Lượt khách tham quan", "count", "lượt", 1,
     [("118.900", "118.900", 118900), ("118.900 | 132.400", "132.400", 132400), ("160.000", "160.000", 160000)]),
    ("Doanh thu dịch vụ du lịch", "money", "đồng", 1e9,
     [("35,3", "35,3", 35.3), ("35,3 | 38,6", "38,6", 38.6), ("38,6 | 52", "52", 52)]),
    ("Hộ kinh doanh dịch vụ trên sông", "count", "hộ", 1,
     [("| hộ | 64", "64", 64), ("64 | 71", "71", 71), ("71 | 80", "80", 80)]),
]

FIGS = [
    F("bình quân 186 ghe", "186", 186, "count", "ghe",
      change=CH("increase", 14, unit="chiếc", baseline="cùng kỳ"),
      subject="ghe, xuồng họp chợ nổi Ngã Bảy bình quân mỗi ngày", period=N9),
    F("ước đạt 132.400 lượt", "132.400", 132400, "count", "lượt", percent=82.8, status="estimate",
      subject="tổng lượt khách tham quan", period=I(N9)),
    F("qua đêm 21.350 lượt", "21.350", 21350, "count", "lượt", total=132400, status="estimate",
      subject="khách lưu trú qua đêm", period=I(N9)),
    F("ước đạt 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", status="estimate",
      change=CH("increase", 9.3, baseline="cùng kỳ"), subject="doanh thu dịch vụ du lịch", period=I(N9)),
]
for label, kind, unit, mult, cells in ROWS:
    for (anchor, num, v), (col, per, st) in zip(cells, [("9 tháng 2023", C23, None),
                                                         ("ước thực hiện 9 tháng 2024", C24, "estimate"),
                                                         ("kế hoạch 2024", K24, "target")]):
        kw = {"status": st} if st else {}
        FIGS.append(F(anchor, num, v * mult, kind, unit, subject=f"{label} {col}", period=per, **kw))

FIGS += [
    F("tổng mức đầu tư 126 tỷ đồng", "126", 126e9, "money", "đồng",
      subject="tổng mức đầu tư dự án kè chống sạt lở và chỉnh trang khu vực chợ nổi"),
    F("Trung ương 88 tỷ đồng", "88", 88e9, "money", "đồng", total=126e9, subject="vốn ngân sách Trung ương"),
    F("giải ngân 71,5 tỷ đồng", "71,5", 71.5e9, "money", "đồng", percent=56.7,
      subject="vốn dự án kè chống sạt lở đã giải ngân", period=P("tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("khoảng 27.600 lượt khách", "27.600", 27600, "count", "lượt khách", approx="about", status="target",
      subject="lượt khách đón thêm", period=I(Q4)),
    F("tổ chức 02 lớp", "02", 2, "count", "lớp", status="target", subject="lớp tập huấn kỹ năng phục vụ du khách",
      period=I(Q4)),
    F("cho 45 hộ", "45", 45, "count", "hộ", status="target", subject="hộ kinh doanh trên sông được tập huấn",
      period=I(Q4)),
]

COMMENTS = [
    "Formal report under a letterhead: UBND thành phố Ngã Bảy (Hậu Giang), Số: 412/BC-UBND, 'Ngã Bảy, ngày 07 tháng 10 năm 2024'.",
    "Flattened '|' table (Chỉ tiêu | ĐVT | 9 tháng 2023 | Ước TH 9 tháng 2024 | Kế hoạch 2024): every numeric cell is a figure;",
    "subject = row label + column; period from the column header (scored, as in shared h23); 'Ước TH' -> estimate, 'Kế hoạch' -> target;",
    "'tỷ đồng' in the ĐVT column multiplies the money row. The table repeats the text's 186 / 132.400 / 38,6: both are figures.",
    "'bằng 82,8% kế hoạch năm' is the share of 132.400; '21.350' after 'trong đó' takes it as total. 'đạt 56,7% tổng mức đầu tư' is a share (percent), not a total.",
    "Quý IV tasks: the heading gives an inherited period; 'Phấn đấu' governs the single clause (target).",
    "Distractors: Số: 412/BC-UBND, Công văn số 1735/SVHTTDL-QLDL ngày 20/9/2024, section numbers I., II., 1., 2., 'Bảng 1'.",
]

emit("p782-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Ngã Bảy")
