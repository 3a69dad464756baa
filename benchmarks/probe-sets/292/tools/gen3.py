from lib import F, P, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PTNT NGHỆ AN
CHI CỤC KIỂM LÂM
Số: 418/BC-CCKL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác quản lý, bảo vệ rừng và PCCCR 9 tháng năm 2024

I. CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY RỪNG
Trong 9 tháng năm 2024, toàn tỉnh xảy ra 11 vụ cháy rừng, diện tích thiệt hại 38,72 ha (cùng kỳ năm 2023 xảy ra 16 vụ, thiệt hại 64,5 ha).

II. PHÁT HIỆN, XỬ LÝ VI PHẠM
Bảng 1. Số vụ vi phạm theo hành vi
Đơn vị tính: vụ
Hành vi vi phạm | 9 tháng năm 2023 | 9 tháng năm 2024 | Tăng, giảm (%)
Phá rừng trái pháp luật | 48 | 39 | -18,8
Khai thác rừng trái pháp luật | 27 | 31 | 14,8
Vận chuyển lâm sản trái pháp luật | 65 | 52 | -20,0
Vi phạm quy định về PCCCR | 12 | 9 | -25,0
Tổng cộng | 152 | 131 | -13,8

Đã xử lý hành chính 117 vụ, chuyển cơ quan điều tra đề nghị khởi tố 14 vụ; tịch thu 186,432 m3 gỗ tròn, gỗ xẻ các loại; tổng số tiền phạt và bán tang vật nộp ngân sách đạt 3,46 tỷ đồng, bằng 92,3% cùng kỳ.

III. DIỆN TÍCH RỪNG
Tính đến 30/9/2024, tổng diện tích có rừng toàn tỉnh là 1.004.637 ha, trong đó rừng tự nhiên 781.204 ha, rừng trồng 223.433 ha; tỷ lệ che phủ rừng đạt 58,36%.

IV. NHIỆM VỤ QUÝ IV/2024
Phấn đấu trồng mới 3.500 ha rừng tập trung; giảm ít nhất 10% số vụ vi phạm so với cùng kỳ; tổ chức 2 đợt cao điểm truy quét tại các huyện Tương Dương, Kỳ Sơn, Quế Phong.

Nơi nhận:
- Sở Nông nghiệp và PTNT (b/c);
- Cục Kiểm lâm (b/c);
- Lưu: VT, QLBVR.
KT. CHI CỤC TRƯỞNG
PHÓ CHI CỤC TRƯỞNG
Trần Quốc Nam
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
C23 = P("cùng kỳ năm 2023", "2023-01-01", "2023-09-30")
T23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
T24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)
AS = P("Tính đến 30/9/2024", None, "2024-09-30")

ROWS = [("Phá rừng trái pháp luật", "48", "39", "-18,8", "phá rừng trái pháp luật"),
        ("Khai thác rừng trái pháp luật", "27", "31", "14,8", "khai thác rừng trái pháp luật"),
        ("Vận chuyển lâm sản trái pháp luật", "65", "52", "-20,0", "vận chuyển lâm sản trái pháp luật"),
        ("Vi phạm quy định về PCCCR", "12", "9", "-25,0", "vi phạm quy định về PCCCR"),
        ("Tổng cộng", "152", "131", "-13,8", "tổng cộng")]

FIGS = [
    F("xảy ra 11 vụ cháy rừng", "11", 11, "count", "vụ", "vụ cháy rừng", period=M9),
    F("thiệt hại 38,72 ha", "38,72", 38.72, "measure", "ha", "diện tích rừng thiệt hại", period=M9),
    F("xảy ra 16 vụ,", "16", 16, "count", "vụ", "vụ cháy rừng cùng kỳ năm 2023", period=C23),
    F("thiệt hại 64,5 ha", "64,5", 64.5, "measure", "ha", "diện tích rừng thiệt hại cùng kỳ năm 2023", period=C23),
]
for label, a, b, c, subj in ROWS:
    FIGS.append(F(f"{label} | {a} |", a, int(a), "count", "vụ", f"vụ vi phạm {subj} 9 tháng năm 2023", period=T23))
    FIGS.append(F(f"{a} | {b} |", b, int(b), "count", "vụ", f"vụ vi phạm {subj} 9 tháng năm 2024", period=T24))
    num = c.lstrip("-")
    FIGS.append(F(f"{b} | {c}\n", num, float(c.replace(",", ".")), "percent", "%", f"tăng, giảm số vụ vi phạm {subj}",
                  period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)))
FIGS += [
    F("hành chính 117 vụ", "117", 117, "count", "vụ", "vụ vi phạm xử lý hành chính", period=M9i),
    F("khởi tố 14 vụ", "14", 14, "count", "vụ", "vụ chuyển cơ quan điều tra đề nghị khởi tố", period=M9i),
    F("tịch thu 186,432 m3", "186,432", 186.432, "measure", "m3", "gỗ tròn, gỗ xẻ các loại bị tịch thu", period=M9i),
    F("đạt 3,46 tỷ đồng", "3,46", 3.46e9, "money", "đồng", "tiền phạt và bán tang vật nộp ngân sách", percent=92.3,
      period=M9i),
    F("là 1.004.637 ha", "1.004.637", 1004637, "measure", "ha", "tổng diện tích có rừng", period=AS),
    F("rừng tự nhiên 781.204 ha", "781.204", 781204, "measure", "ha", "diện tích rừng tự nhiên", total=1004637, period=AS),
    F("rừng trồng 223.433 ha", "223.433", 223433, "measure", "ha", "diện tích rừng trồng", total=1004637, period=AS),
    F("đạt 58,36%", "58,36", 58.36, "percent", "%", "tỷ lệ che phủ rừng", period=AS),
    F("trồng mới 3.500 ha", "3.500", 3500, "measure", "ha", "diện tích trồng mới rừng tập trung", status="target", period=Q4),
    F("ít nhất 10% số vụ", "10", 10, "percent", "%", "mức giảm số vụ vi phạm", approx="at_least", status="target", period=Q4),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt cao điểm truy quét", status="target", period=Q4),
]

build("p292-3", TEXT, FIGS, [
    "Formal report with letterhead (Chi cục Kiểm lâm Nghệ An, 'Số: 418/BC-CCKL'); place-and-date line 'Nghệ An, ngày 04 tháng 10 năm 2024' is its date.",
    "Bracketed '(cùng kỳ năm 2023 xảy ra 16 vụ, thiệt hại 64,5 ha)' are figures of their own (a baseline level, not a change): period 9 months 2023.",
    "Flattened '|' table, 'Đơn vị tính: vụ'; every numeric cell is a figure, periods from column headers (scored);",
    "the 'Tăng, giảm (%)' column cells are percent figures with the signed value as written (-18,8 = -18.8), period inherited (not scored).",
    "'117 vụ' and '14 vụ' have no part-of cue: no total. '186,432 m3' = 186.432 (decimal comma). 'bằng 92,3% cùng kỳ' is the share of 3,46 tỷ.",
    "'trong đó rừng tự nhiên … rừng trồng …' parts of 1.004.637 ha. Section IV heading 'QUÝ IV/2024' + 'Phấn đấu' → targets, period inherited.",
    "Distractors: Số: 418/BC-CCKL, section numbers I.–IV., 'Bảng 1', 'Lưu: VT, QLBVR', signer, dates, district names without figures.",
], published="2024-10-04", location="Nghệ An")
