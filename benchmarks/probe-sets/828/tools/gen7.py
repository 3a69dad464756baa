"""p828-7: department site without dateline (Sở VH&TT Quảng Ninh), ethnic-minority amateur arts festival 2023,
one-cell-per-line table by district, footer with address, phone and a visit counter."""
from lib import F, write, year, up

HEAD = ["Đơn vị", "Số tiết mục", "Số diễn viên", "Huy chương Vàng"]
ROWS = [("Bình Liêu", ["10", "78", "4"]), ("Tiên Yên", ["9", "71", "3"]), ("Ba Chẽ", ["8", "62", "2"]),
        ("Đầm Hà", ["8", "54", "2"]), ("Hải Hà", ["7", "51", "1"]), ("Tổng cộng", ["42", "316", "12"])]
TABLE = "\n".join(HEAD + [c for label, cells in ROWS for c in [label] + cells])

TEXT = """
SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Trang chủ > Tin tức > Văn hóa cơ sở

Bế mạc Liên hoan văn nghệ quần chúng các dân tộc thiểu số năm 2023

Tối 26/11, tại huyện Bình Liêu, Liên hoan văn nghệ quần chúng các dân tộc thiểu số tỉnh Quảng Ninh năm 2023 đã bế mạc. Liên hoan có 5 đoàn với 42 tiết mục và 316 diễn viên, nghệ nhân quần chúng tham gia, tăng 64 diễn viên so với liên hoan năm 2021. Các tiết mục tái hiện dân ca, dân vũ, lễ hội của đồng bào Tày, Dao, Sán Chỉ, Sán Dìu; nhiều tiết mục có nghệ nhân trên 70 tuổi tham gia.

Kết quả theo đơn vị:
""" + TABLE + """

Ban tổ chức trao 12 Huy chương Vàng, 18 Huy chương Bạc và 12 Huy chương Đồng; đoàn huyện Bình Liêu đoạt giải Nhất toàn đoàn. Kinh phí tổ chức liên hoan là 850 triệu đồng, trong đó ngân sách tỉnh 600 triệu đồng, các huyện đóng góp 250 triệu đồng. Mỗi đoàn được hỗ trợ 30 triệu đồng tiền dàn dựng.

Năm 2025, liên hoan dự kiến mở rộng cho 7 đoàn của các huyện, thị xã có đông đồng bào dân tộc thiểu số.

SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Địa chỉ: Tầng 9, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.542 - Fax: 0203.3835.543
Tổng lượt truy cập: 3.184.207 | Đang trực tuyến: 56
"""

Y23i = year("năm 2023", 2023, inh=True)
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("có 5 đoàn", "5", 5, "count", "đoàn", "đoàn tham gia Liên hoan", Y23i),
    F("với 42 tiết mục", "42", 42, "count", "tiết mục", "tiết mục tham gia Liên hoan", Y23i),
    F("316 diễn viên", "316", 316, "count", "diễn viên, nghệ nhân", "diễn viên, nghệ nhân quần chúng tham gia Liên hoan", Y23i,
      change=up(64, "diễn viên", "liên hoan năm 2021")),
    F("trên 70 tuổi", "70", 70, "measure", "tuổi", "tuổi của nghệ nhân tham gia", approx="over", optional=True),
]
COLS = [("số tiết mục", "tiết mục"), ("số diễn viên", "diễn viên"), ("Huy chương Vàng", "huy chương")]
for label, cells in ROWS:
    prev = label
    for (col, unit), cell in zip(COLS, cells):
        anchor = f"{prev}\n{cell}\n"
        place = "Quảng Ninh" if label == "Tổng cộng" else label
        subj = f"tổng {col}" if label == "Tổng cộng" else col
        FIGS.append(F(anchor, cell, int(cell), "count", unit, subj, Y23i, location=place))
        prev = cell
FIGS += [
    F("trao 12 Huy chương Vàng", "12", 12, "count", "Huy chương Vàng", "Huy chương Vàng được trao", Y23i),
    F("18 Huy chương Bạc", "18", 18, "count", "Huy chương Bạc", "Huy chương Bạc được trao", Y23i),
    F("và 12 Huy chương Đồng", "12", 12, "count", "Huy chương Đồng", "Huy chương Đồng được trao", Y23i),
    F("là 850 triệu đồng", "850", 850e6, "money", "đồng", "kinh phí tổ chức liên hoan", Y23i),
    F("ngân sách tỉnh 600 triệu đồng", "600", 600e6, "money", "đồng", "kinh phí từ ngân sách tỉnh", Y23i, total=850e6),
    F("góp 250 triệu đồng", "250", 250e6, "money", "đồng", "kinh phí các huyện đóng góp", Y23i, total=850e6),
    F("hỗ trợ 30 triệu đồng", "30", 30e6, "money", "đồng/đoàn", "tiền dàn dựng hỗ trợ mỗi đoàn", Y23i),
    F("cho 7 đoàn", "7", 7, "count", "đoàn", "đoàn tham gia liên hoan", Y25, status="forecast"),
]

NOTES = [
    "Sở Văn hóa và Thể thao Quảng Ninh: Liên hoan văn nghệ quần chúng các dân tộc thiểu số năm 2023 (invented probe article).",
    "No dateline (no published). Table pasted one cell per line: every numeric cell is a figure; subject = column label,",
    "a district row label goes to location; the 'Tổng cộng' row (all 5 teams of the festival) is located in Quảng Ninh.",
    "Distractors: 'Tối 26/11', 'năm 2021' (baseline), 'Tầng 9', 'Trụ sở Liên cơ quan số 3', phone/fax numbers,",
    "'Tổng lượt truy cập: 3.184.207', 'Đang trực tuyến: 56', the place name 'Ba Chẽ' (number word 'Ba'), 'giải Nhất toàn đoàn'.",
    "'trên 70 tuổi' is a category threshold (optional). Mỗi đoàn 30 triệu đồng is a per-team amount written without '/đoàn': unit đồng/đoàn (a per-team amount).",
]

if __name__ == "__main__":
    write(7, TEXT, NOTES, FIGS, location="Quảng Ninh")
