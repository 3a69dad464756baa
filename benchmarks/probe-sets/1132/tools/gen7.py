"""p1132-7: department site (Sở NN&PTNT Lâm Đồng), no dateline: seedlings of rare conifers, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Nhân giống các loài thông quý hiếm phục vụ trồng rừng

Lâm Đồng hiện có 8 loài thông bản địa, trong đó 5 loài được xếp vào nhóm quý hiếm cần bảo tồn như thông năm lá Đà Lạt, thông hai lá dẹt, thông đỏ, pơ mu, bách xanh. Năm 2024, các ban quản lý rừng và vườn ươm trong tỉnh đã ươm 356.000 cây giống, tăng 11,2% so với năm 2023; tỷ lệ cây đạt tiêu chuẩn xuất vườn 92%.

Kết quả ươm cây giống một số loài thông quý hiếm:
Đơn vị tính: cây
Loài cây
Năm 2023
Năm 2024
Kế hoạch 2025
Thông năm lá Đà Lạt
48.000
52.500
60.000
Thông hai lá dẹt
21.000
26.800
30.000
Pơ mu
35.500
41.200
45.000
Tổng số
104.500
120.500
135.000

Vườn quốc gia Bidoup - Núi Bà (huyện Lạc Dương) đang quản lý quần thể thông hai lá dẹt với khoảng 7.000 cá thể trên diện tích gần 500 ha, trong đó 45 cây được công nhận Cây Di sản Việt Nam. Mỗi năm vườn thu hái khoảng 80 kg hạt giống để gieo ươm.

Bài viết liên quan:
- Hội thảo bảo tồn nguồn gen cây lá kim lần thứ 3
- Đà Lạt: Khánh thành vườn ươm giống công nghệ cao số 2

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Địa chỉ: Số 14 Trần Hưng Đạo, Phường 10, TP Đà Lạt
Điện thoại: 0263.3822.264
Tổng lượt truy cập: 2.604.118 | Đang trực tuyến: 41
"""

Y23C = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24C = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, col, period, **kw):
    return F(anchor, number, value, "count", "cây", subject=f"cây giống {row} {col.lower()}",
             period=period, **kw)


ROWS = [("Thông năm lá Đà Lạt", ["48.000", "52.500", "60.000"]),
        ("Thông hai lá dẹt", ["21.000", "26.800", "30.000"]),
        ("Pơ mu", ["35.500", "41.200", "45.000"]),
        ("Tổng số", ["104.500", "120.500", "135.000"])]
COLS = [("Năm 2023", Y23C, {}), ("Năm 2024", Y24C, {}), ("Kế hoạch 2025", K25, {"status": "target"})]


def table():
    out = []
    for row, cells in ROWS:
        prev = row
        for (col, per, kw), num in zip(COLS, cells):
            out.append(cell(f"{prev}\n{num}", num, float(num.replace(".", "")), row.lower(), col, per, **kw))
            prev = num
    return out


FIGS = [
    F("có 8 loài", "8", 8, "count", "loài", subject="loài thông bản địa"),
    F("5 loài được", "5", 5, "count", "loài", total=8, subject="loài thông quý hiếm cần bảo tồn"),
    F("ươm 356.000 cây", "356.000", 356000, "count", "cây giống",
      change=C("increase", 11.2, "%", "năm 2023"), subject="cây giống ươm", period=Y24),
    F("xuất vườn 92%", "92", 92, "percent", "%", subject="tỷ lệ cây đạt tiêu chuẩn xuất vườn", period=Y24),
    *table(),
    F("khoảng 7.000 cá thể", "7.000", 7000, "count", "cá thể", approx="about",
      subject="quần thể thông hai lá dẹt", location="Lạc Dương"),
    F("gần 500 ha", "500", 500, "measure", "ha", approx="nearly",
      subject="diện tích quần thể thông hai lá dẹt", location="Lạc Dương"),
    F("45 cây", "45", 45, "count", "cây", total=7000,
      subject="cây thông hai lá dẹt được công nhận Cây Di sản Việt Nam", location="Lạc Dương"),
    F("khoảng 80 kg", "80", 80, "measure", "kg", approx="about",
      subject="hạt giống vườn thu hái mỗi năm", location="Lạc Dương"),
]

NOTES = [
    "Department site (Sở NN&PTNT Lâm Đồng), no dateline: menu, related links, footer address, phone, 'Tổng lượt truy cập', 'Đang trực tuyến'.",
    "One-cell-per-line table ('Đơn vị tính: cây'): rows are species; subject = 'cây giống' + row label + column label;",
    "period from the column header (scored), 'Kế hoạch 2025' → target. Cells get no total; the 'Tổng số' row is figures of its own.",
    "Names with number words are not figures: 'thông năm lá Đà Lạt', 'thông hai lá dẹt' (species), 'vườn ươm … số 2', 'lần thứ 3', 'Phường 10', 'Số 14'.",
    "'8 loài …, trong đó 5 loài' → total 8. 'tăng 11,2% so với năm 2023' is the change of 356.000; '92%' a percent figure.",
    "Bidoup - Núi Bà passage placed in huyện Lạc Dương; '45 cây' after 'trong đó' is part of the ~7.000 individuals.",
]

if __name__ == "__main__":
    write("p1132-7", TEXT, NOTES, FIGS, published=None, location="Lâm Đồng")
