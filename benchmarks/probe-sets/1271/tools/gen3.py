"""p1271-3: formal report (UBND tỉnh Sơn La, Số: 287/BC-UBND) with a flattened '|' table by group of genetic resources."""
from lib import F, P, I, Y, C, T, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn La, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ bảo tồn nguồn gen cây trồng, vật nuôi năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Thu thập, lưu giữ nguồn gen
Năm 2024, tỉnh triển khai 7 nhiệm vụ quỹ gen cấp tỉnh với tổng kinh phí 4.860 triệu đồng, bằng 97,2% dự toán giao. Tính đến ngày 30/11/2024, số nguồn gen đang lưu giữ là 238 nguồn gen, vượt 8 nguồn gen so với kế hoạch năm.

Số nguồn gen lưu giữ theo nhóm
Đơn vị tính: nguồn gen
TT | Nhóm nguồn gen | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Cây lương thực | 64 | 71 | 75
2 | Cây công nghiệp, dược liệu | 58 | 66 | 72
3 | Cây ăn quả | 45 | 52 | 55
4 | Vật nuôi | 43 | 49 | 53
  | Tổng cộng | 210 | 238 | 255

2. Bảo tồn tại chỗ
Toàn tỉnh duy trì 14 mô hình bảo tồn tại chỗ với diện tích khoảng 36 ha, gồm 9 mô hình cây trồng và 5 mô hình vật nuôi. Đàn gà đen H'Mông giống gốc tại huyện Thuận Châu được nuôi giữ 1.850 con, tăng 12,4% so với năm 2023. Quần thể chè Shan tuyết cổ thụ tại huyện Bắc Yên đã được khoanh vùng bảo vệ 1.126 cây.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu lưu giữ ổn định 255 nguồn gen; thu thập bổ sung từ 15 đến 20 nguồn gen mới; đề xuất bố trí kinh phí 5,2 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Thuận
"""

Y24 = Y(2024, "Năm 2024")
Y24h = Y(2024, "KẾT QUẢ THỰC HIỆN NĂM 2024", inherited=True)
ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y25 = Y(2025, "Năm 2025")
COLS = [("năm 2023", Y(2023, "Năm 2023"), None),
        ("năm 2024", Y(2024, "Năm 2024"), None),
        ("kế hoạch 2025", Y(2025, "Kế hoạch 2025"), "target")]
ROWS = [("1 | Cây lương thực", "cây lương thực", ["64", "71", "75"]),
        ("2 | Cây công nghiệp, dược liệu", "cây công nghiệp, dược liệu", ["58", "66", "72"]),
        ("3 | Cây ăn quả", "cây ăn quả", ["45", "52", "55"]),
        ("4 | Vật nuôi", "vật nuôi", ["43", "49", "53"]),
        ("| Tổng cộng", "tổng cộng", ["210", "238", "255"])]

CELLS = []
for label, name, nums in ROWS:
    left = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(F(f"{left} | {n}", n, int(n), "count", "nguồn gen",
                       subject=f"số nguồn gen lưu giữ {name} {col}", period=per, **kw))
        left = n

FIGS = [
    F("triển khai 7 nhiệm vụ", "7", 7, "count", "nhiệm vụ", period=Y24, subject="nhiệm vụ quỹ gen cấp tỉnh"),
    F("kinh phí 4.860 triệu", "4.860", 4.86e9, "money", "đồng", percent=97.2, period=Y24,
      subject="tổng kinh phí nhiệm vụ quỹ gen cấp tỉnh"),
    F("là 238 nguồn gen", "238", 238, "count", "nguồn gen", period=ASOF,
      change=C("increase", 8, "nguồn gen", "kế hoạch năm"), subject="số nguồn gen đang lưu giữ"),
] + CELLS + [
    F("duy trì 14 mô hình", "14", 14, "count", "mô hình", subject="mô hình bảo tồn tại chỗ", period=Y24h),
    F("khoảng 36 ha", "36", 36, "measure", "ha", approx="about", subject="diện tích mô hình bảo tồn tại chỗ",
      period=Y24h),
    F("gồm 9 mô hình", "9", 9, "count", "mô hình", total=14, subject="mô hình cây trồng", period=Y24h),
    F("và 5 mô hình", "5", 5, "count", "mô hình", total=14, subject="mô hình vật nuôi", period=Y24h),
    F("giữ 1.850 con", "1.850", 1850, "count", "con", change=C("increase", 12.4, "%", "năm 2023"),
      subject="đàn gà đen H'Mông giống gốc được nuôi giữ", location="Thuận Châu", period=Y24h),
    F("bảo vệ 1.126 cây", "1.126", 1126, "count", "cây", location="Bắc Yên",
      subject="chè Shan tuyết cổ thụ được khoanh vùng bảo vệ"),
    F("ổn định 255 nguồn gen", "255", 255, "count", "nguồn gen", status="target", period=Y25,
      subject="nguồn gen lưu giữ ổn định"),
    F("từ 15 đến 20", "15", 15, "count", "nguồn gen", value_max=20, status="target", period=Y25,
      subject="nguồn gen mới thu thập bổ sung"),
    F("kinh phí 5,2 tỷ", "5,2", 5.2e9, "money", "đồng", status="target", period=Y25,
      subject="kinh phí đề xuất bố trí"),
]

NOTES = [
    "Formal report (UBND tỉnh Sơn La, 'Số: 287/BC-UBND', 'Sơn La, ngày 18 tháng 12 năm 2024', sections I/II and 1-2, 'Nơi nhận', signature).",
    "Distractors: document number, letterhead date, section numbers I./II./1./2., table row numbers 1-4 ('TT' column), 'b/c', 'Lưu: VT, KT'.",
    "'bằng 97,2% dự toán giao' → percent attribute of 4.860 triệu (= 4,86 tỷ) đồng. 'vượt 8 nguồn gen so với kế hoạch năm' is a gap to",
    "plan: a change (increase 8 nguồn gen, baseline 'kế hoạch năm').",
    "Flattened '|' table, 'Đơn vị tính: nguồn gen': subject = row + column label; period from the column header (scored);",
    "'Kế hoạch 2025' → status target. Table cells get no total. Row numbers are not figures.",
    "'14 mô hình …, gồm 9 … và 5 …' → totals 14. Periods under the heading 'KẾT QUẢ THỰC HIỆN NĂM 2024' are inherited.",
    "Section II: 'Năm 2025, phấn đấu …' governs the ';' chain: 255, 15-20 and 5,2 tỷ are targets of 2025.",
    "1.850 con is placed in huyện Thuận Châu, 1.126 cây in huyện Bắc Yên; the rest is Sơn La.",
]

if __name__ == "__main__":
    write("p1271-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Sơn La")
