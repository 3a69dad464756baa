"""p1408-7: department site, no dateline (Sở VHTTDL Bắc Ninh): one-cell-per-line table of monument restoration 2022-2025."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC NINH
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Di sản văn hóa | Liên hệ

Kết quả tu bổ tượng đài, công trình tưởng niệm giai đoạn 2022-2024

Thực hiện Nghị quyết số 14/NQ-HĐND của HĐND tỉnh, những năm qua tỉnh Bắc Ninh quan tâm bố trí kinh phí tu bổ các tượng đài, đài tưởng niệm trên địa bàn. Kết quả cụ thể như sau:

Chỉ tiêu
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
1. Số công trình được tu bổ (công trình)
14
17
21
24
2. Tổng số kinh phí (tỷ đồng)
23,8
30,3
36,8
40
Trong đó: Ngân sách tỉnh
18,6
22,4
27,5
30
Xã hội hóa
5,2
7,9
9,3
10

Năm 2024, tỷ lệ tượng đài, đài tưởng niệm được tu bổ định kỳ ước đạt 86%, tăng 9 điểm phần trăm so với năm 2022. Giai đoạn 2022-2024, Sở đã tổ chức 6 lớp tập huấn cho hơn 450 lượt cán bộ văn hóa cấp xã về bảo quản tượng đài ngoài trời. Mục tiêu đến năm 2025, 100% tượng đài trên địa bàn có hồ sơ quản lý và được kiểm tra ít nhất hai lần mỗi năm.

Tin liên quan:
- Hội nghị tổng kết công tác gia đình năm 2023
- Phát động cuộc thi ảnh "Bắc Ninh - 10 năm đổi mới"

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC NINH
Địa chỉ: Số 10 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.456 - Email: svhttdl@bacninh.gov.vn
Lượt truy cập: 1.204.337 | Đang truy cập: 25
"""

C = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
     ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
     ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
     ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]

TABLE_ROWS = [
    ("1. Số công trình được tu bổ (công trình)", "count", "công trình", 1, "số công trình được tu bổ",
     ["14", "17", "21", "24"]),
    ("2. Tổng số kinh phí (tỷ đồng)", "money", "đồng", 1e9, "tổng số kinh phí tu bổ",
     ["23,8", "30,3", "36,8", "40"]),
    ("Trong đó: Ngân sách tỉnh", "money", "đồng", 1e9, "kinh phí ngân sách tỉnh",
     ["18,6", "22,4", "27,5", "30"]),
    ("Xã hội hóa", "money", "đồng", 1e9, "kinh phí xã hội hóa",
     ["5,2", "7,9", "9,3", "10"]),
]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, kind, unit, mult, subj, cells in TABLE_ROWS:
    for i, cell in enumerate(cells):
        before = label if i == 0 else cells[i - 1]
        anchor = f"{before}\n{cell}\n"
        kw = {"status": C[i][2]} if C[i][2] != "actual" else {}
        TABLE.append(fig(anchor, cell, n(cell) * mult, kind, unit,
                         subject=f"{subj} {C[i][0]}", period=C[i][1], **kw))

FIGS = TABLE + [
    fig("ước đạt 86%", "86", 86, "percent", "%", status="estimate",
        change=chg("increase", 9, "điểm phần trăm", "năm 2022"),
        subject="tỷ lệ tượng đài, đài tưởng niệm được tu bổ định kỳ",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp tập huấn",
        subject="lớp tập huấn Sở đã tổ chức", period=per("Giai đoạn 2022-2024", "2022-01-01", "2024-12-31")),
    fig("hơn 450 lượt", "450", 450, "count", "lượt cán bộ", approx="over",
        subject="lượt cán bộ văn hóa cấp xã được tập huấn", period=per("Giai đoạn 2022-2024", "2022-01-01", "2024-12-31")),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="tượng đài trên địa bàn có hồ sơ quản lý",
        period=per("đến năm 2025", None, "2025-12-31")),
    fig("ít nhất hai lần", "hai", 2, "measure", "lần/năm", approx="at_least", status="target",
        subject="số lần kiểm tra tượng đài mỗi năm", period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Department site (Sở VHTTDL Bắc Ninh) with no dateline: menu, related links, footer with address, phone, e-mail, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: Nghị quyết số 14/NQ-HĐND, row numbers '1.' and '2.', 'giai đoạn 2022-2024' in the title, 'năm 2023' and '10 năm đổi mới' in links,",
    "'Số 10 đường Lý Thái Tổ', phone 0222.3822.456, 'Lượt truy cập: 1.204.337', 'Đang truy cập: 25'.",
    "One-cell-per-line table: each numeric cell is a figure; subject = row label + column label; '(tỷ đồng)' gives ×10^9; column headers give",
    "period and status (Ước thực hiện → estimate, Kế hoạch → target). Table cells get no total (the 'Trong đó' rows are still cells).",
    "'ước đạt 86%, tăng 9 điểm phần trăm so với năm 2022': percent figure (estimate) with a change in điểm phần trăm.",
    "'Mục tiêu đến năm 2025, 100% ...' and 'ít nhất hai lần mỗi năm' are targets; 'hai lần mỗi năm' is a rate (measure, lần/năm).",
    "No dateline: published absent.",
]

if __name__ == "__main__":
    write("p1408-7", TEXT, NOTES, FIGS, published=None, location="Bắc Ninh")
