"""p1006-7: Bến Tre, department site (Sở LĐ-TB&XH), no dateline, footer; one-cell-per-line table 2023 / 9 months 2024 / plan 2025."""
from lib import F, period, change, target, write_set

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE
Trang chủ > Tin tức > Bảo trợ xã hội

Đẩy mạnh chi trả chính sách an sinh xã hội không dùng tiền mặt

Thực hiện Kế hoạch số 5210/KH-UBND của UBND tỉnh, từ tháng 1/2024, toàn bộ 157 xã, phường, thị trấn của tỉnh Bến Tre đã triển khai chi trả trợ cấp qua tài khoản. Tính đến ngày 30/9/2024, toàn tỉnh có 52.710 đối tượng hưởng trợ cấp hàng tháng, trong đó 43.442 đối tượng nhận qua tài khoản, chiếm 82,4%, vượt 2,4% so với kế hoạch năm. Hiện còn khoảng 9.270 đối tượng, chủ yếu là người từ 80 tuổi trở lên và người khuyết tật nặng, vẫn nhận tiền mặt tại nhà.

Theo Nghị định số 76/2024/NĐ-CP, mức chuẩn trợ giúp xã hội đã được nâng từ 360.000 đồng lên 500.000 đồng/tháng, nên kinh phí chi trả tăng đáng kể.

Kết quả chi trả qua tài khoản:
Đơn vị tính: người
Chỉ tiêu
Năm 2023
9 tháng năm 2024
Kế hoạch năm 2025
Đối tượng bảo trợ xã hội
28.416
35.902
42.000
Người có công
6.183
7.540
8.500
Kinh phí chi trả (triệu đồng)
162.380
148.725
230.000

Năm 2025, Sở phấn đấu 90% đối tượng hưởng trợ cấp nhận qua tài khoản.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE
Địa chỉ: Số 6 đường Cách Mạng Tháng Tám, phường 3, TP Bến Tre
Điện thoại: 0275.3822.191 - Fax: 0275.3827.264
Tổng lượt truy cập: 1.286.473 | Đang truy cập: 37
"""

P_ASOF = period("Tính đến ngày 30/9/2024", end="2024-09-30")
COLS = [(period("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", {}),
        (period("9 tháng năm 2024", "2024-01-01", "2024-09-30"), "9 tháng năm 2024", {}),
        (period("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "kế hoạch năm 2025", {"status": "target"})]
ROWS = [("đối tượng bảo trợ xã hội", "count", "người", 1, ["28.416", "35.902", "42.000"]),
        ("người có công", "count", "người", 1, ["6.183", "7.540", "8.500"]),
        ("kinh phí chi trả", "money", "đồng", 1e6, ["162.380", "148.725", "230.000"])]

TABLE = []
for subj, kind, unit, mult, cells in ROWS:
    for (per, col, extra), cell in zip(COLS, cells):
        TABLE.append(F(f"\n{cell}\n", cell, float(cell.replace(".", "")) * mult, kind, unit, f"{subj} {col}", per, **extra))

FIGS = [
    F("toàn bộ 157 xã", "157", 157, "count", "xã, phường, thị trấn", "xã, phường, thị trấn triển khai chi trả trợ cấp qua tài khoản"),
    F("có 52.710 đối tượng", "52.710", 52710, "count", "đối tượng", "đối tượng hưởng trợ cấp hàng tháng", P_ASOF),
    F("43.442 đối tượng", "43.442", 43442, "count", "đối tượng", "đối tượng nhận trợ cấp qua tài khoản", P_ASOF,
      total=52710, percent=82.4, change=change("increase", 2.4, "%", "kế hoạch năm")),
    F("khoảng 9.270 đối tượng", "9.270", 9270, "count", "đối tượng", "đối tượng vẫn nhận tiền mặt tại nhà", approx="about"),
    F("từ 80 tuổi trở lên", "80", 80, "measure", "tuổi", "tuổi của người hưởng nhận tiền mặt", approx="at_least", optional=True),
    F("từ 360.000 đồng", "360.000", 360000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội trước khi nâng"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội"),
] + TABLE + [
    F("phấn đấu 90%", "90", 90, "percent", "%", "tỷ lệ đối tượng hưởng trợ cấp nhận qua tài khoản",
      period("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

NOTES = [
    "Sở LĐ-TB&XH tỉnh Bến Tre (department site, no dateline): chi trả trợ cấp qua tài khoản; one-cell-per-line table (Năm 2023 / 9 tháng năm 2024 / Kế hoạch năm 2025).",
    "Distractors: Kế hoạch số 5210/KH-UBND, tháng 1/2024, Nghị định số 76/2024/NĐ-CP, Cách Mạng Tháng Tám, phường 3, phones, Tổng lượt truy cập 1.286.473, Đang truy cập: 37.",
    "'chiếm 82,4%, vượt 2,4% so với kế hoạch năm' -> percent 82,4 and change +2,4% (baseline kế hoạch năm) of 43.442, as in the shared gold h09.",
    "'nâng từ 360.000 đồng lên 500.000 đồng/tháng': two money figures, no change value stated. '157 xã' starts 'từ tháng 1/2024' (open-ended): no period.",
    "Table: 'Đơn vị tính: người', the money row in triệu đồng; period from the column header, 'Kế hoạch năm 2025' -> status target; subject = row label + column label (FIGURES.md).",
    "revised after the first score: table subjects were row label + table title ('người có công nhận trợ cấp qua tài khoản'); now row label + column label ('người có công năm 2023'), as FIGURES.md prescribes for tables.",
    "'từ 80 tuổi trở lên' is a category threshold: optional.",
]

write_set(7, TEXT, FIGS, NOTES, published=None, location="Bến Tre")
