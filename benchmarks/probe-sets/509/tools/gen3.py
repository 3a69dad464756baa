"""p509-3: Sóc Trăng formal report (letterhead, Số .../BC-UBND) — cooperatives 9 months 2024, flattened | table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH SÓC TRĂNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Sóc Trăng, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển hợp tác xã nông nghiệp 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Số lượng HTX, thành viên
Tính đến ngày 30/9/2024, toàn tỉnh có 312 HTX nông nghiệp (tăng 12 HTX so với cuối năm 2023), thu hút 19.846 thành viên; tổng vốn điều lệ đạt 486,2 tỷ đồng, bình quân 1,56 tỷ đồng/HTX. Trong 9 tháng, thành lập mới 17 HTX, giải thể 5 HTX.

2. Kết quả thực hiện một số chỉ tiêu
Bảng 1. Chỉ tiêu phát triển HTX nông nghiệp năm 2024
TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với kế hoạch (%)
1 | HTX thành lập mới | HTX | 25 | 17 | 68,0
2 | Doanh thu bình quân | triệu đồng/HTX | 3.500 | 2.640 | 75,4
3 | Diện tích liên kết tiêu thụ | ha | 60.000 | 52.380 | 87,3
4 | HTX ứng dụng công nghệ cao | HTX | 40 | 33 | 82,5

3. Liên kết sản xuất, tiêu thụ
Có 186 HTX tham gia liên kết với 48 doanh nghiệp, chiếm 59,6% tổng số HTX; hình thành 74 chuỗi giá trị lúa, tôm, hành tím. Sản lượng lúa tiêu thụ qua liên kết ước đạt 385.000 tấn, tăng 12,4% so với cùng kỳ năm 2023.

4. Tín dụng
Đến ngày 30/9/2024, tổng dư nợ cho vay đối với HTX nông nghiệp đạt 214,7 tỷ đồng với 96 HTX còn dư nợ; trong đó Quỹ hỗ trợ phát triển HTX tỉnh cho vay 21,3 tỷ đồng, lãi suất 4,8%/năm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu thành lập mới ít nhất 8 HTX, nâng tổng số HTX nông nghiệp lên 320 HTX đến hết năm 2024; tỷ lệ HTX xếp loại khá, tốt đạt trên 45%.

Nơi nhận:
- Bộ Kế hoạch và Đầu tư;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
M9I = INH(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
CREDIT = P("Đến ngày 30/9/2024", end="2024-09-30")
EOY = P("đến hết năm 2024", end="2024-12-31")
Q4 = INH(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))


def row(label, unit, kind, mult, cells, ufig):
    """cells: (plan anchor, plan number), (done anchor, done number), (ratio anchor, ratio number)."""
    (pa, pn), (da, dn), (ra, rn) = cells
    num = lambda s: float(s.replace(".", "").replace(",", "."))
    return [
        F(pa, pn, num(pn) * mult, kind, ufig, f"{label} kế hoạch năm 2024", KH, status="target"),
        F(da, dn, num(dn) * mult, kind, ufig, f"{label} thực hiện 9 tháng", TH),
        F(ra, rn, num(rn), "percent", "%", f"{label} tỷ lệ so với kế hoạch", M9I),
    ]


FIGS = [
    F("có 312 HTX", "312", 312, "count", "HTX", "HTX nông nghiệp", ASOF,
      change=CH("increase", 12, "HTX", "cuối năm 2023")),
    F("thu hút 19.846 thành viên", "19.846", 19846, "count", "thành viên", "thành viên HTX nông nghiệp", ASOF),
    F("đạt 486,2 tỷ đồng", "486,2", 486.2e9, "money", "đồng", "tổng vốn điều lệ của HTX nông nghiệp", ASOF),
    F("bình quân 1,56 tỷ đồng/HTX", "1,56", 1.56e9, "money", "đồng/HTX", "vốn điều lệ bình quân", ASOF),
    F("thành lập mới 17 HTX", "17", 17, "count", "HTX", "HTX thành lập mới", M9),
    F("giải thể 5 HTX", "5", 5, "count", "HTX", "HTX giải thể", M9),
]
FIGS += row("HTX thành lập mới", "HTX", "count", 1,
            [("HTX | 25 |", "25"), ("| 25 | 17 |", "17"), ("| 68,0", "68,0")], "HTX")
FIGS += row("Doanh thu bình quân", "triệu đồng/HTX", "money", 1e6,
            [("| 3.500 |", "3.500"), ("| 2.640 |", "2.640"), ("| 75,4", "75,4")], "đồng/HTX")
FIGS += row("Diện tích liên kết tiêu thụ", "ha", "measure", 1,
            [("| 60.000 |", "60.000"), ("| 52.380 |", "52.380"), ("| 87,3", "87,3")], "ha")
FIGS += row("HTX ứng dụng công nghệ cao", "HTX", "count", 1,
            [("| 40 |", "40"), ("| 33 |", "33"), ("| 82,5", "82,5")], "HTX")
FIGS += [
    F("Có 186 HTX", "186", 186, "count", "HTX", "HTX tham gia liên kết với doanh nghiệp", percent=59.6),
    F("với 48 doanh nghiệp", "48", 48, "count", "doanh nghiệp", "doanh nghiệp liên kết với HTX"),
    F("hình thành 74 chuỗi", "74", 74, "count", "chuỗi", "chuỗi giá trị lúa, tôm, hành tím"),
    F("ước đạt 385.000 tấn", "385.000", 385000, "measure", "tấn", "sản lượng lúa tiêu thụ qua liên kết",
      change=CH("increase", 12.4, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("đạt 214,7 tỷ đồng", "214,7", 214.7e9, "money", "đồng", "tổng dư nợ cho vay đối với HTX nông nghiệp", CREDIT),
    F("với 96 HTX", "96", 96, "count", "HTX", "HTX còn dư nợ", CREDIT),
    F("cho vay 21,3 tỷ đồng", "21,3", 21.3e9, "money", "đồng", "dư nợ cho vay của Quỹ hỗ trợ phát triển HTX tỉnh",
      CREDIT, total=214.7e9),
    F("lãi suất 4,8%/năm", "4,8", 4.8, "percent", "%", "lãi suất cho vay của Quỹ hỗ trợ phát triển HTX tỉnh", CREDIT),
    F("ít nhất 8 HTX", "8", 8, "count", "HTX", "HTX thành lập mới", Q4, approx="at_least", status="target"),
    F("lên 320 HTX", "320", 320, "count", "HTX", "tổng số HTX nông nghiệp", EOY, status="target"),
    F("trên 45%", "45", 45, "percent", "%", "tỷ lệ HTX xếp loại khá, tốt", EOY, approx="over", status="target"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Sóc Trăng, Số: 287/BC-UBND, 'Sóc Trăng, ngày 14 tháng 10 năm 2024': HTX nông nghiệp 9 tháng năm 2024.",
    "Flattened | table (TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với kế hoạch (%)): every numeric",
    "cell is a figure; Kế hoạch → target, Thực hiện → actual; the ratio column is a percent figure (not an attribute, as in h23);",
    "the ratio column names no period, so its period is the report's (inherited). 'triệu đồng/HTX' in the unit column scales the",
    "money cells (3.500 → 3,5·10^9 đồng/HTX). Row numbers (TT), 'Bảng 1', section numbers I./II./1.-4. are not figures.",
    "'(tăng 12 HTX so với cuối năm 2023)' is the change of 312 HTX. 17 HTX new is not a part of the 312 by any cue (no total).",
    "'chiếm 59,6% tổng số HTX' gives the percent of 186, no total (the whole is not restated). 'trong đó Quỹ … 21,3 tỷ' is part of 214,7 tỷ.",
    "Lãi suất '4,8%/năm' is a percent figure. Q IV tasks: the 8 HTX takes the heading's quý IV (inherited); 320 HTX and 45% take 'đến hết năm 2024'.",
]

emit("p509-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Sóc Trăng")
