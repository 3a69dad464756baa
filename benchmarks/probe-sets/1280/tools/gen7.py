"""p1280-7: department site (Sở NN&PTNT Tiền Giang), no dateline: anti-tide works in Mỹ Tho and Gò Công, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TIỀN GIANG
Trang chủ | Giới thiệu | Tin tức | Phòng, chống thiên tai | Văn bản | Liên hệ

Đầu tư công trình chống ngập do triều cường tại TP Mỹ Tho và thị xã Gò Công

Những năm gần đây, triều cường ngày càng cao, thường gây ngập tại TP Mỹ Tho và thị xã Gò Công từ tháng 9 đến tháng 11. Năm 2023, đỉnh triều tại trạm Vàm Kênh đạt 1,85 m, cao hơn năm 2022 là 6 cm.

Kết quả giải ngân vốn đầu tư công trình chống ngập năm 2024
Đơn vị tính: tỷ đồng
Hạng mục
Kế hoạch 2024
Ước thực hiện 2024
So với kế hoạch (%)
Kè chống sạt lở, chống tràn
85
79,5
93,5
Cống ngăn triều
120
102
85,0
Nạo vét kênh, rạch nội ô
25
25,8
103,2
Tổng số
230
207,3
90,1

Đến nay, tỉnh đã hoàn thành 6,8 km kè ven sông Tiền đoạn qua TP Mỹ Tho, đạt 85% chiều dài theo quy hoạch. Cống ngăn triều trên rạch Gò Công đã thi công đạt 70% khối lượng, khi hoàn thành dự kiến bảo vệ khoảng 1.500 ha khu dân cư nội thị thị xã Gò Công. Mục tiêu đến năm 2030, 100% khu vực nội ô TP Mỹ Tho không còn ngập do triều cường.

Bài viết liên quan:
- Tiền Giang triển khai Kế hoạch số 156/KH-UBND về phòng, chống thiên tai
- Lịch thời vụ vụ lúa Đông Xuân 2024-2025

Địa chỉ: Số 23 đường 30 Tháng 4, Phường 1, TP Mỹ Tho, tỉnh Tiền Giang
Điện thoại: 0273.3872.105
Lượt truy cập: 1.204.577 | Đang trực tuyến: 25
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
P24 = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = [("kế hoạch 2024", K24, "target"), ("ước thực hiện 2024", E24, "estimate"),
        ("so với kế hoạch", P24, "estimate")]
ROWS = [("Kè chống sạt lở, chống tràn", ["85", "79,5", "93,5"]),
        ("Cống ngăn triều", ["120", "102", "85,0"]),
        ("Nạo vét kênh, rạch nội ô", ["25", "25,8", "103,2"]),
        ("Tổng số", ["230", "207,3", "90,1"])]


def read(n):
    return float(n.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        row = label.lower()
        if col.startswith("so với"):
            CELLS.append(fig(f"{prev}\n{n}", n, read(n), "percent", "%",
                             subject=f"vốn {row} ước thực hiện so với kế hoạch", period=p, status=st))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, read(n) * 1e9, "money", "đồng",
                             subject=f"vốn đầu tư {row} {col}", period=p, status=st))
        prev = n

FIGS = [
    fig("đạt 1,85 m", "1,85", 1.85, "measure", "m", change=chg("increase", 6, "cm", "năm 2022"),
        subject="đỉnh triều tại trạm Vàm Kênh", period=Y23),
] + CELLS + [
    fig("6,8 km", "6,8", 6.8, "measure", "km", percent=85, subject="kè ven sông Tiền đã hoàn thành",
        location="Mỹ Tho"),
    fig("đạt 70%", "70", 70, "percent", "%", subject="khối lượng thi công cống ngăn triều trên rạch Gò Công",
        location="Gò Công"),
    fig("khoảng 1.500 ha", "1.500", 1500, "measure", "ha", approx="about", status="forecast",
        subject="khu dân cư nội thị được cống bảo vệ", location="Gò Công"),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="khu vực nội ô không còn ngập do triều cường", period=T30, location="Mỹ Tho"),
]

NOTES = [
    "Department site (Sở NN&PTNT Tiền Giang), no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'từ tháng 9 đến tháng 11', 'năm 2022' (baseline), 'Kế hoạch số 156/KH-UBND', 'Đông Xuân 2024-2025', 'Số 23 đường 30 Tháng 4',",
    "'Phường 1', phone 0273.3872.105, 'Lượt truy cập: 1.204.577', 'Đang trực tuyến: 25'.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' (×10^9 đồng); 'Kế hoạch 2024' → target, 'Ước thực hiện 2024' → estimate (periods",
    "from the headers, scored). 'So với kế hoạch (%)' cells are percent figures, the ratio of an estimate to the plan → estimate",
    "(a choice: the column is neither a plan nor a result); their year is only in the caption → inherited. Subject = indicator + row + column.",
    "'6,8 km …, đạt 85% chiều dài theo quy hoạch' → percent attribute; 'Đến nay' without a dateline → no period.",
    "'thi công đạt 70% khối lượng' is a percent figure; '1.500 ha' follows 'dự kiến' → forecast; 'Mục tiêu đến năm 2030, 100% …' → target.",
    "Location: province figures Tiền Giang (station Vàm Kênh, table); Mỹ Tho and Gò Công where the sentence names them.",
]

if __name__ == "__main__":
    write("p1280-7", TEXT, NOTES, FIGS, location="Tiền Giang")
