from lib import Doc, P, C, T

TEXT = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 118/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 22 tháng 3 năm 2024

BÁO CÁO
Tình hình tài chính và kết quả sản xuất kinh doanh của doanh nghiệp nhà nước năm 2023

Thực hiện Nghị định số 87/2015/NĐ-CP của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ CHUNG
Năm 2023, tỉnh có 11 doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ và 5 doanh nghiệp có vốn nhà nước chi phối. Tổng tài sản của 16 doanh nghiệp đạt 9.874 tỷ đồng; vốn chủ sở hữu 6.215 tỷ đồng. Kết quả chủ yếu như sau:

Đơn vị tính: tỷ đồng
TT | Chỉ tiêu | Năm 2022 | Năm 2023 | So sánh (%)
1 | Tổng doanh thu | 3.412,5 | 3.698,2 | 108,4
2 | Lợi nhuận trước thuế | 254,1 | 231,7 | 91,2
3 | Nộp ngân sách nhà nước | 402,8 | 447,3 | 111,0
4 | Lao động bình quân (người) | 5.126 | 4.987 | 97,3

II. ĐÁNH GIÁ
Có 13/16 doanh nghiệp kinh doanh có lãi; 3 doanh nghiệp lỗ với tổng số lỗ 18,6 tỷ đồng, tập trung ở lĩnh vực thủy lợi và lâm nghiệp. Hệ số nợ phải trả trên vốn chủ sở hữu bình quân là 0,59 lần, không doanh nghiệp nào vượt mức 3 lần theo quy định. Lợi nhuận giảm 8,8% chủ yếu do Công ty TNHH MTV Thủy lợi Bắc Nghệ An trích lập dự phòng khoảng 27 tỷ đồng.

III. KẾ HOẠCH NĂM 2024
Phấn đấu tổng doanh thu đạt 3.850 tỷ đồng, lợi nhuận trước thuế 260 tỷ đồng, nộp ngân sách trên 460 tỷ đồng; hoàn thành sắp xếp 2 công ty lâm nghiệp theo Đề án 118.

Nơi nhận:
- Bộ Tài chính;
- Thường trực Tỉnh ủy;
- Lưu: VT, TC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

d = Doc("p312-3", TEXT, [
    "Formal report, letterhead 'Số: 118/BC-UBND' of UBND tỉnh Nghệ An, place-and-date line 'Nghệ An, ngày 22 tháng 3 năm 2024' (published).",
    "Flattened '|' table: Chỉ tiêu | Năm 2022 | Năm 2023 | So sánh (%), 'Đơn vị tính: tỷ đồng'; the labour row overrides the unit with '(người)'.",
    "Every numeric cell is a figure; row numbers 1-4 are not. Year cells take the column year; the '(%)' column cells are percents and inherit 2023.",
    "Distractors: 'Số: 118/BC-UBND', 'Nghị định số 87/2015/NĐ-CP', 'Đề án 118', section numbers I-III, 'Lưu: VT, TC'.",
    "'100% vốn điều lệ' label and the legal ceiling 'vượt mức 3 lần theo quy định' are optional. '13/16': total 16; '3 doanh nghiệp lỗ' has no cue, no total.",
    "'Lợi nhuận giảm 8,8%' is a growth rate as the claim: percent figure, no change. Section III figures: 'Phấn đấu' → target, period 'KẾ HOẠCH NĂM 2024' heading (inherited).",
], published="2024-03-22", location="Nghệ An")

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24i = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)

d.f("tỉnh có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", "doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ", period=Y23)
d.f("nắm giữ 100% vốn điều lệ", "100", 100, "percent", "%", "vốn điều lệ", optional=True)
d.f("và 5 doanh nghiệp có vốn", "5", 5, "count", "doanh nghiệp", "doanh nghiệp có vốn nhà nước chi phối", period=Y23)
d.f("Tổng tài sản của 16 doanh nghiệp", "16", 16, "count", "doanh nghiệp", "doanh nghiệp", period=Y23i, optional=True)
d.f("đạt 9.874 tỷ đồng", "9.874", 9874e9, "money", "đồng", "Tổng tài sản của 16 doanh nghiệp", period=Y23i)
d.f("vốn chủ sở hữu 6.215 tỷ đồng", "6.215", 6215e9, "money", "đồng", "vốn chủ sở hữu", period=Y23i)
rows = [
    ("Tổng doanh thu", "money", "đồng", 1e9, [("| 3.412,5 |", "3.412,5", 3412.5), ("| 3.698,2 |", "3.698,2", 3698.2), ("| 108,4", "108,4", 108.4)]),
    ("Lợi nhuận trước thuế", "money", "đồng", 1e9, [("| 254,1 |", "254,1", 254.1), ("| 231,7 |", "231,7", 231.7), ("| 91,2", "91,2", 91.2)]),
    ("Nộp ngân sách nhà nước", "money", "đồng", 1e9, [("| 402,8 |", "402,8", 402.8), ("| 447,3 |", "447,3", 447.3), ("| 111,0", "111,0", 111.0)]),
    ("Lao động bình quân", "count", "người", 1, [("| 5.126 |", "5.126", 5126), ("| 4.987 |", "4.987", 4987), ("| 97,3", "97,3", 97.3)]),
]
for label, kind, unit, mult, cells in rows:
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = cells
    d.f(a1, n1, v1 * mult, kind, unit, f"{label} năm 2022", period=Y22)
    d.f(a2, n2, v2 * mult, kind, unit, f"{label} năm 2023", period=Y23)
    d.f(a3, n3, v3, "percent", "%", f"{label} so sánh", period=Y23i)
d.f("Có 13/16 doanh nghiệp", "13", 13, "count", "doanh nghiệp", "doanh nghiệp kinh doanh có lãi", total=16, period=Y23i)
d.f("3 doanh nghiệp lỗ", "3", 3, "count", "doanh nghiệp", "doanh nghiệp lỗ", period=Y23i)
d.f("lỗ 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "tổng số lỗ", period=Y23i)
d.f("là 0,59 lần", "0,59", 0.59, "measure", "lần", "Hệ số nợ phải trả trên vốn chủ sở hữu bình quân", period=Y23i)
d.f("vượt mức 3 lần", "3", 3, "measure", "lần", "mức hệ số nợ phải trả trên vốn chủ sở hữu theo quy định", optional=True)
d.f("giảm 8,8%", "8,8", 8.8, "percent", "%", "Lợi nhuận", period=Y23i)
d.f("khoảng 27 tỷ đồng", "27", 27e9, "money", "đồng", "dự phòng trích lập", approx="about", period=Y23i)
d.f("đạt 3.850 tỷ đồng", "3.850", 3850e9, "money", "đồng", "tổng doanh thu", status="target", period=Y24i)
d.f("thuế 260 tỷ đồng", "260", 260e9, "money", "đồng", "lợi nhuận trước thuế", status="target", period=Y24i)
d.f("trên 460 tỷ đồng", "460", 460e9, "money", "đồng", "nộp ngân sách", approx="over", status="target", period=Y24i)
d.f("sắp xếp 2 công ty", "2", 2, "count", "công ty lâm nghiệp", "công ty lâm nghiệp hoàn thành sắp xếp", status="target", period=Y24i)
d.write()
