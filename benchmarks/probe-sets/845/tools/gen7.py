"""p845-7: department site (Sở LĐ-TB&XH Cần Thơ), no dateline; one-cell-per-line table; footer address/phone/counter."""
from lib import F, P, I, C, build

HEAD = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả thực hiện chính sách trợ giúp xã hội năm 2024

Năm 2024, toàn thành phố có 41.738 đối tượng hưởng trợ cấp xã hội hằng tháng tại cộng đồng, tăng 4,6% so với năm 2023; tổng kinh phí chi trả đạt 268,3 tỷ đồng. Tỷ lệ chi trả không dùng tiền mặt đạt 62,5%, vượt 12,5 điểm phần trăm so với chỉ tiêu. Trong năm, thành phố còn hỗ trợ chi phí mai táng cho 1.046 trường hợp với kinh phí hơn 7,5 tỷ đồng.

Số đối tượng hưởng trợ cấp xã hội hằng tháng phân theo nhóm
Đơn vị tính: người
Nhóm đối tượng
Năm 2023
Năm 2024
Kế hoạch 2025
"""
ROWS = [
    ("Người cao tuổi", ["22.904", "24.015", "24.600"]),
    ("Người khuyết tật", ["15.120", "15.780", "16.100"]),
    ("Trẻ em và đối tượng khác", ["1.872", "1.943", "2.000"]),
    ("Tổng số", ["39.896", "41.738", "42.700"]),
]
TAIL = """
Bên cạnh đó, 2 cơ sở trợ giúp xã hội công lập của thành phố đang nuôi dưỡng 215 đối tượng, trong đó người cao tuổi 128 người. Năm 2025, Sở phấn đấu 100% đối tượng được chi trả đúng hạn, nâng tỷ lệ chi trả qua tài khoản lên 70%.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 72 Cách Mạng Tháng Tám, phường Cái Khế, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.431 - Fax: 0292.3821.612
Lượt truy cập: 1.284.630
"""
TEXT = HEAD + "".join(label + "\n" + "\n".join(cells) + "\n" for label, cells in ROWS) + TAIL

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLP = [P("Năm 2023", "2023-01-01", "2023-12-31"), P("Năm 2024", "2024-01-01", "2024-12-31"),
        P("Kế hoạch 2025", "2025-01-01", "2025-12-31")]
COLS = ["năm 2023", "năm 2024", "kế hoạch 2025"]


def table_figs():
    out = []
    for label, cells in ROWS:
        for j, cell in enumerate(cells):
            left = label if j == 0 else cells[j - 1]
            anchor = left + "\n" + cell + "\n"
            extra = {"status": "target"} if j == 2 else {}
            # subject = row label + column label (FIGURES.md, Tables; cf. shared gold h24 "... năm 2015")
            subject = f"{label} {COLS[j]}"
            out.append(F(anchor, cell, int(cell.replace(".", "")), "count", "người", subject, COLP[j], **extra))
    return out


FIGS = [
    F("có 41.738 đối tượng", "41.738", 41738, "count", "đối tượng",
      "đối tượng hưởng trợ cấp xã hội hằng tháng tại cộng đồng", Y24,
      change=C("increase", 4.6, "%", "năm 2023")),
    F("đạt 268,3 tỷ đồng", "268,3", 268.3e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp xã hội", Y24),
    F("đạt 62,5%", "62,5", 62.5, "percent", "%", "tỷ lệ chi trả không dùng tiền mặt", I(Y24),
      change=C("increase", 12.5, "điểm phần trăm", "chỉ tiêu")),
    F("cho 1.046 trường hợp", "1.046", 1046, "count", "trường hợp", "trường hợp được hỗ trợ chi phí mai táng",
      P("Trong năm", "2024-01-01", "2024-12-31")),
    F("hơn 7,5 tỷ đồng", "7,5", 7.5e9, "money", "đồng", "kinh phí hỗ trợ chi phí mai táng",
      P("Trong năm", "2024-01-01", "2024-12-31"), approx="over"),
    *table_figs(),
    F("2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập"),
    F("nuôi dưỡng 215 đối tượng", "215", 215, "count", "đối tượng",
      "đối tượng đang được nuôi dưỡng tại cơ sở trợ giúp xã hội công lập"),
    F("người cao tuổi 128 người", "128", 128, "count", "người", "người cao tuổi đang được nuôi dưỡng", total=215),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỷ lệ đối tượng được chi trả đúng hạn",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ chi trả qua tài khoản",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Department site (Sở LĐ-TB&XH Cần Thơ), no dateline: 2024 allowance results; table pasted one cell per line (Năm 2023 / Năm 2024 / Kế hoạch 2025).",
    "Distractors: menu bar, 'Cách Mạng Tháng Tám' (street name), số 72, phone and fax numbers, 'Lượt truy cập: 1.284.630'.",
    "Table cells: unit người (Đơn vị tính), subject = row label + column label, period from the column header; 'Kế hoạch 2025' -> status target; no totals.",
    "revised after the first run: table subjects were 'row label + table title indicator'; corrected to row + column label as FIGURES.md (Tables) and shared gold h24 do.",
    "'vượt 12,5 điểm phần trăm so với chỉ tiêu' is the change of 62,5% (baseline chỉ tiêu); the target value itself is not stated.",
    "'Bên cạnh đó ... đang nuôi dưỡng 215' has no period phrase (present tense).",
]

if __name__ == "__main__":
    build("p845-7", TEXT, FIGS, COMMENTS, published=None, location="Cần Thơ")
