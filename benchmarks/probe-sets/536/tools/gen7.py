"""p536-7: department site (Sở LĐ-TB&XH TP. Cần Thơ), no dateline; allowances at the new level, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

ROWS = [
    ("Ninh Kiều", "1.842", "4.127,3", "5.602,8"),
    ("Bình Thủy", "956", "2.118,5", "2.874,1"),
    ("Cái Răng", "734", "1.640,2", "2.226,9"),
    ("Ô Môn", "1.205", "2.702,6", "3.667,4"),
    ("Thốt Nốt", "1.318", "2.951,7", "4.005,3"),
]
table = "\n".join(f"{d}\n{a}\n{b}\n{c}" for d, a, b, c in ROWS)

TEXT = f"""SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Người có công | Văn bản

Chi trả trợ cấp ưu đãi theo mức chuẩn mới cho hơn 8.400 người có công

Thực hiện Nghị định số 77/2024/NĐ-CP, trong tháng 7/2024 thành phố đã chi trả trợ cấp ưu đãi theo mức chuẩn mới cho 8.415 người có công và thân nhân, tổng kinh phí 25.917,4 triệu đồng, tăng 35,2% so với tháng 6/2024. Việc chi trả qua tài khoản cá nhân đạt 63,8%, cao hơn 11,5 điểm phần trăm so với đầu năm.

Bảng: Chi trả trợ cấp ưu đãi người có công tại một số quận, huyện

Quận, huyện
Số người hưởng (người)
Kinh phí tháng 6/2024 (triệu đồng)
Kinh phí tháng 7/2024 (triệu đồng)
{table}

Nhân dịp kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024), thành phố tặng 9.126 suất quà với tổng trị giá hơn 4,1 tỷ đồng; bàn giao 15 căn nhà tình nghĩa, trị giá 80 triệu đồng/căn.

Năm 2025, Sở phấn đấu nâng tỷ lệ chi trả qua tài khoản lên ít nhất 80%.

Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ
Địa chỉ: Số 6 đường 3 Tháng 2, phường Xuân Khánh, quận Ninh Kiều
Điện thoại: 0292.3830.147 | Tổng lượt truy cập: 2.516.904
"""

M7 = per("tháng 7/2024", "2024-07-01", "2024-07-31")
M6h = per("Kinh phí tháng 6/2024", "2024-06-01", "2024-06-30")
M7h = per("Kinh phí tháng 7/2024", "2024-07-01", "2024-07-31")


def n(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for d, a, b, c in ROWS:
    CELLS.append(fig(f"{d}\n{a}\n", a, n(a), "count", "người",
                     "Số người hưởng trợ cấp ưu đãi", location=d))
    CELLS.append(fig(f"\n{a}\n{b}\n", b, n(b) * 1e6, "money", "đồng",
                     "Kinh phí chi trả trợ cấp ưu đãi tháng 6/2024", M6h, location=d))
    CELLS.append(fig(f"\n{b}\n{c}\n", c, n(c) * 1e6, "money", "đồng",
                     "Kinh phí chi trả trợ cấp ưu đãi tháng 7/2024", M7h, location=d))

F = [
    fig("hơn 8.400 người", "8.400", 8400, "count", "người có công",
        "người có công được chi trả trợ cấp ưu đãi theo mức chuẩn mới", inh(M7), approx="over"),
    fig("cho 8.415 người", "8.415", 8415, "count", "người có công",
        "người có công và thân nhân được chi trả trợ cấp ưu đãi theo mức chuẩn mới", M7),
    fig("kinh phí 25.917,4 triệu", "25.917,4", 25917400000, "money", "đồng",
        "tổng kinh phí chi trả trợ cấp ưu đãi", M7,
        change=chg("increase", 35.2, baseline="tháng 6/2024")),
    fig("đạt 63,8%", "63,8", 63.8, "percent", "%",
        "tỷ lệ chi trả qua tài khoản cá nhân", inh(M7),
        change=chg("increase", 11.5, "điểm phần trăm", baseline="đầu năm")),
] + CELLS + [
    fig("tặng 9.126 suất quà", "9.126", 9126, "count", "suất quà",
        "suất quà tặng nhân kỷ niệm Ngày Thương binh - Liệt sĩ"),
    fig("hơn 4,1 tỷ đồng", "4,1", 4100000000, "money", "đồng",
        "tổng trị giá quà tặng", approx="over"),
    fig("bàn giao 15 căn", "15", 15, "count", "căn nhà tình nghĩa",
        "nhà tình nghĩa được bàn giao"),
    fig("80 triệu đồng/căn", "80", 80000000, "money", "đồng/căn",
        "trị giá nhà tình nghĩa"),
    fig("ít nhất 80%", "80", 80, "percent", "%",
        "tỷ lệ chi trả qua tài khoản", per("Năm 2025", "2025-01-01", "2025-12-31"),
        approx="at_least", status="target"),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH TP. Cần Thơ): menu line, no dateline (published absent), footer address/phone/visit counter.",
    "One-cell-per-line table with units in the column headers ('(người)', '(triệu đồng)'): every cell is a figure; the district row",
    "label goes to location, the subject is the column label with the table's indicator; money columns take their period from the",
    "header (scored); the 'Số người hưởng' column has no period. The table covers 'một số quận, huyện': no total.",
    "'tăng 35,2% so với tháng 6/2024' is the change of 25.917,4 triệu; 'cao hơn 11,5 điểm phần trăm so với đầu năm' the change of 63,8%.",
    "Distractors: '77 năm' (anniversary), '27/7/1947 - 27/7/2024', decree number, 'đường 3 Tháng 2', 'Số 6', phone, 'Tổng lượt truy cập: 2.516.904'.",
]

write("p536-7", TEXT, NOTES, F, location="Cần Thơ")
