"""p1363-3: formal report (UBND tỉnh Nam Định, Số: 27/BC-UBND), flattened '|' table of finds by place."""
from lib import F, period, inherit, change, target, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác khảo cổ học và quản lý di vật, cổ vật năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Thăm dò, khai quật khảo cổ
Năm 2024, trên địa bàn tỉnh đã thực hiện 5 cuộc thăm dò, khai quật khảo cổ (tăng 2 cuộc so với năm 2023) với tổng diện tích 1.850 m2, tổng kinh phí 3,6 tỷ đồng. Trong đó, khai quật tại khu di tích Thiên Trường (TP Nam Định) thực hiện trên diện tích 1.100 m2, chiếm 59,5% tổng diện tích.

2. Hiện vật thu được qua thăm dò, khai quật
Đơn vị tính: hiện vật
TT | Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | TP Nam Định | 1.820 | 2.954 | 162,3
2 | Huyện Mỹ Lộc | 364 | 512 | 140,7
3 | Huyện Vụ Bản | - | 236 | -
4 | Huyện Giao Thủy | 95 | 73 | 76,8
 | Tổng cộng | 2.279 | 3.775 | 165,6
Số hiện vật thu được năm 2024 gấp gần 1,7 lần năm 2023, chủ yếu là gạch, ngói, gốm men thời Trần.

3. Quản lý di vật, cổ vật
Tính đến ngày 31/12/2024, Bảo tàng tỉnh đang lưu giữ 24.386 hiện vật, trong đó có 2 bảo vật quốc gia. Trong năm, Bảo tàng tiếp nhận 47 hiện vật do người dân hiến tặng, giao nộp; tổng tiền thưởng cho người phát hiện, giao nộp là 38 triệu đồng. Riêng quý IV, Bảo tàng tiếp nhận 19 hiện vật.

II. NHIỆM VỤ NĂM 2025
Phấn đấu thực hiện từ 4 đến 6 cuộc thăm dò, khai quật; số hóa ít nhất 5.000 hiện vật, đạt khoảng 20% số hiện vật đang lưu giữ; lập hồ sơ đề nghị công nhận thêm 1 bảo vật quốc gia.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VP5.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Lộc
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24m = period("năm 2024", "2024-01-01", "2024-12-31")
ASOF = period("Tính đến ngày 31/12/2024", end="2024-12-31")
INYEAR = period("Trong năm", "2024-01-01", "2024-12-31")
Q4 = period("quý IV", "2024-10-01", "2024-12-31")
PLAN = period("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
CAP = "hiện vật thu được qua thăm dò, khai quật"

ROWS = [("TP Nam Định", "Nam Định", ["1.820", "2.954", "162,3"]),
        ("Huyện Mỹ Lộc", "Mỹ Lộc", ["364", "512", "140,7"]),
        ("Huyện Vụ Bản", "Vụ Bản", [None, "236", None]),
        ("Huyện Giao Thủy", "Giao Thủy", ["95", "73", "76,8"]),
        ("Tổng cộng", "Nam Định", ["2.279", "3.775", "165,6"])]
CELLS = []
for label, place, nums in ROWS:
    for i, n in enumerate(nums):
        if n is None:
            continue
        anchor = f"| {n} |" if i < 2 else f"| {n}\n"
        head = "tổng " if label == "Tổng cộng" else ""
        if i == 0:
            CELLS.append(F(anchor, n, float(n.replace(".", "")), "count", "hiện vật",
                           subject=f"{head}{CAP} Năm 2023", per=Y23c, location=place))
        elif i == 1:
            CELLS.append(F(anchor, n, float(n.replace(".", "")), "count", "hiện vật",
                           subject=f"{head}{CAP} Năm 2024", per=Y24c, location=place))
        else:
            CELLS.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%",
                           subject=f"{head}{CAP} so với cùng kỳ", location=place))

FIGS = [
    F("thực hiện 5 cuộc", "5", 5, "count", "cuộc thăm dò, khai quật",
      change=change("increase", 2, "cuộc", "năm 2023"), subject="cuộc thăm dò, khai quật khảo cổ", per=Y24),
    F("tích 1.850 m2", "1.850", 1850, "measure", "m2", subject="tổng diện tích thăm dò, khai quật", per=Y24),
    F("phí 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", subject="tổng kinh phí thăm dò, khai quật", per=Y24),
    F("diện tích 1.100 m2", "1.100", 1100, "measure", "m2", total=1850, percent=59.5,
      subject="diện tích khai quật tại khu di tích Thiên Trường", per=inherit(Y24)),
] + CELLS + [
    F("gấp gần 1,7 lần", "1,7", 1.7, "multiple", "lần", approx="nearly",
      subject="số hiện vật thu được", per=Y24m),
    F("lưu giữ 24.386 hiện vật", "24.386", 24386, "count", "hiện vật", subject="hiện vật Bảo tàng tỉnh đang lưu giữ",
      per=ASOF),
    F("có 2 bảo vật", "2", 2, "count", "bảo vật quốc gia", total=24386, subject="bảo vật quốc gia", per=ASOF),
    F("tiếp nhận 47 hiện vật", "47", 47, "count", "hiện vật",
      subject="hiện vật do người dân hiến tặng, giao nộp Bảo tàng tiếp nhận", per=INYEAR),
    F("là 38 triệu", "38", 38e6, "money", "đồng", subject="tổng tiền thưởng cho người phát hiện, giao nộp",
      per=INYEAR),
    F("tiếp nhận 19 hiện vật", "19", 19, "count", "hiện vật", subject="hiện vật Bảo tàng tiếp nhận", per=Q4),
    F("từ 4 đến 6 cuộc", "4", 4, "count", "cuộc thăm dò, khai quật", value_max=6, status="target",
      subject="cuộc thăm dò, khai quật", per=PLAN),
    F("ít nhất 5.000 hiện vật", "5.000", 5000, "count", "hiện vật", approx="at_least", percent=20,
      status="target", subject="hiện vật số hóa", per=PLAN),
    F("thêm 1 bảo vật", "1", 1, "count", "bảo vật quốc gia", status="target",
      subject="bảo vật quốc gia đề nghị công nhận thêm", per=PLAN),
]

NOTES = [
    "Formal report (UBND tỉnh Nam Định, 'Số: 27/BC-UBND', 'Nam Định, ngày 15 tháng 01 năm 2025', sections I/II, 'Nơi nhận').",
    "Distractors: 'Số: 27/BC-UBND', letterhead date, section numbers I./II./1.-3., table row numbers 1-4, '-' cells, 'VP5', 'thời Trần'.",
    "'Trong đó, ... 1.100 m2, chiếm 59,5%' after a sentence break: part of the 1.850 m2 (same thing), not of the 3,6 tỷ that stands just",
    "before the cue; percent 59,5 (1100/1850 = 59,46).",
    "Flattened '|' table, 'Đơn vị tính: hiện vật'; the rows are places → location (TP Nam Định and 'Tổng cộng' → Nam Định);",
    "periods from the column headers 'Năm 2023', 'Năm 2024' (scored); the 'So với cùng kỳ (%)' cells are percent figures with no period",
    "(the header names no year). Rows get no total (no cue; the sum row follows).",
    "'gấp gần 1,7 lần năm 2023' stands alone (the base amount is only in the table): a multiple figure, approx nearly, period năm 2024.",
    "'Trong năm' in a yearly report = 2024; 'Riêng quý IV' = Q4 2024 ('riêng' is no part-of cue, so 19 gets no total).",
    "Section II 'NHIỆM VỤ NĂM 2025': 'Phấn đấu' governs the ';' chain → target; the year stands in the heading (inherited, not scored).",
    "'đạt khoảng 20% số hiện vật đang lưu giữ' is the percent attribute of 5.000.",
]

if __name__ == "__main__":
    write("p1363-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Nam Định")
