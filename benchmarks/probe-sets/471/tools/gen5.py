from lib import *

text = """ỦY BAN NHÂN DÂN
HUYỆN VĂN GIANG
Số: 245/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Văn Giang, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác đấu giá quyền sử dụng đất 9 tháng đầu năm 2024 và nhiệm vụ quý IV/2024

Thực hiện Quyết định số 1123/QĐ-UBND ngày 25/01/2024 của UBND tỉnh Hưng Yên về giao chỉ tiêu thu ngân sách năm 2024, UBND huyện Văn Giang báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác tổ chức đấu giá
9 tháng đầu năm 2024, huyện đã tổ chức 11 phiên đấu giá tại 6/11 xã, thị trấn với 214 thửa đất, tổng diện tích 2,86 ha. Số thửa trúng đấu giá là 197 thửa (đạt 92,1%); 17 thửa không có người tham gia hoặc bị hủy kết quả do người trúng không nộp tiền.
Giá trúng đấu giá bình quân đạt 38,4 triệu đồng/m2, cao hơn 9,7 triệu đồng/m2 so với năm 2023.

2. Kết quả thu tiền sử dụng đất
Biểu 01. Kết quả thu tiền sử dụng đất 9 tháng năm 2024
Đơn vị tính: triệu đồng
STT
Nội dung
Kế hoạch năm 2024
Thực hiện 9 tháng
Tỷ lệ (%)
1
Thu qua đấu giá quyền sử dụng đất
850.000
412.560
48,5
2
Thu từ giao đất tái định cư
65.000
71.240
109,6
3
Thu tiền sử dụng đất khác
35.000
18.920
54,1

Tổng cộng
950.000
502.720
52,9

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu tổ chức từ 5 đến 6 phiên đấu giá với khoảng 130 thửa đất; bảo đảm tổng thu tiền sử dụng đất cả năm đạt tối thiểu 90% kế hoạch.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Tài nguyên và Môi trường;
- Lưu: VT, TNMT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Minh Tuấn"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9i = I("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
RATE = I("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = I("QUÝ IV/2024", "2024-10-01", "2024-12-31")
figs = [
    F("tổ chức 11 phiên", "11", 11, "count", "phiên", "phiên đấu giá", M9),
    F("tại 6/11 xã", "6", 6, "count", "xã, thị trấn", "xã, thị trấn tổ chức đấu giá", M9, total=11),
    F("với 214 thửa", "214", 214, "count", "thửa đất", "thửa đất đưa ra đấu giá", M9),
    F("tổng diện tích 2,86 ha", "2,86", 2.86, "measure", "ha", "tổng diện tích thửa đất đưa ra đấu giá", M9),
    F("là 197 thửa", "197", 197, "count", "thửa", "thửa trúng đấu giá", M9i, percent=92.1),
    F("17 thửa không", "17", 17, "count", "thửa", "thửa không có người tham gia hoặc bị hủy kết quả", M9i),
    F("đạt 38,4 triệu đồng/m2", "38,4", 38.4e6, "money", "đồng/m2", "giá trúng đấu giá bình quân", M9i,
      change=C("increase", 9.7e6, "đồng/m2", "năm 2023")),
]
rows = [("đất\n850.000\n412.560\n48,5", ("850.000", 850000), ("412.560", 412560), ("48,5", 48.5), "thu qua đấu giá quyền sử dụng đất"),
        ("cư\n65.000\n71.240\n109,6", ("65.000", 65000), ("71.240", 71240), ("109,6", 109.6), "thu từ giao đất tái định cư"),
        ("khác\n35.000\n18.920\n54,1", ("35.000", 35000), ("18.920", 18920), ("54,1", 54.1), "thu tiền sử dụng đất khác"),
        ("cộng\n950.000\n502.720\n52,9", ("950.000", 950000), ("502.720", 502720), ("52,9", 52.9), "tổng cộng thu tiền sử dụng đất")]
for block, (pn, pv), (an, av), (rn, rv), subj in rows:
    a, b, c = block.split("\n")[1:]
    lab = block.split("\n")[0]
    figs += [
        F(f"{lab}\n{pn}\n", pn, pv * 1e6, "money", "đồng", f"kế hoạch {subj}", PLAN, status="target"),
        F(f"{pn}\n{an}\n", an, av * 1e6, "money", "đồng", f"thực hiện 9 tháng {subj}", DONE),
        F(f"{an}\n{rn}\n", rn, rv, "percent", "%", f"tỷ lệ {subj}", RATE),
    ]
figs += [
    F("từ 5 đến 6 phiên", "5", 5, "count", "phiên", "phiên đấu giá", Q4, value_max=6, status="target"),
    F("khoảng 130 thửa", "130", 130, "count", "thửa đất", "thửa đất đưa ra đấu giá", Q4, approx="about", status="target"),
    F("tối thiểu 90%", "90", 90, "percent", "%", "tỷ lệ tổng thu tiền sử dụng đất cả năm so với kế hoạch",
      I("cả năm", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]
write(5, text, figs, [
    "Formal report, letterhead UBND huyện Văn Giang (Hưng Yên), 'Số: 245/BC-UBND', date line 'Văn Giang, ngày 07 tháng 10 năm 2024'.",
    "One-cell-per-line table (Biểu 01) with 'Đơn vị tính: triệu đồng' and a '(%)' column: every numeric cell is a figure; STT 1/2/3 are not.",
    "Cells: 'Kế hoạch năm 2024' column → status target, period năm 2024 (header); 'Thực hiện 9 tháng' → actual, 2024-01-01..09-30 (year from the",
    "caption); '(%)' column → percent, period from the caption (inherited). Money cells ×10⁶ đồng. No totals for table cells.",
    "Distractors: document number, 'Quyết định số 1123/QĐ-UBND ngày 25/01/2024', 'Biểu 01', section numbers I./II./1./2., 'Lưu: VT, TNMT', signer.",
    "6/11 xã, thị trấn: total 11. 197 thửa '(đạt 92,1%)': percent, no total (no part-of cue after 214). 38,4 triệu: change +9,7 triệu đồng/m2 vs năm 2023.",
    "Section II heading 'NHIỆM VỤ QUÝ IV/2024' gives the period (inherited); 'Phấn đấu' makes its figures targets; 'tối thiểu 90%' is at_least.",
    "Location: the district (Văn Giang) for all figures; Hưng Yên appears only as the issuer of a decision.",
], published="2024-10-07", location="Văn Giang")
