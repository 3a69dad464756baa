"""p1461-7: department site (Sở Tài nguyên và Môi trường Đồng Nai), no dateline: treatment of waste cartridges and toner;
one-cell-per-line table by waste type."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Dịch vụ công | Hỏi đáp

Đồng Nai: nâng cao năng lực xử lý hộp mực in thải

Trên địa bàn tỉnh hiện có 3 cơ sở được cấp phép xử lý chất thải nguy hại có chức năng tiếp nhận hộp mực, bột mực thải, với tổng công suất khoảng 12.500 tấn/năm. Lớn nhất là nhà máy của Công ty TNHH Môi trường Tân Phú Thịnh tại huyện Trảng Bom, công suất 6.000 tấn/năm, chiếm 48% tổng công suất toàn tỉnh.

Năm 2024, các cơ sở đã tiếp nhận, xử lý ước đạt 2.864 tấn hộp mực và bột mực thải, tăng 15,2% so với năm 2023, trong đó từ các doanh nghiệp FDI khoảng 2.100 tấn.

Kết quả thu gom, xử lý hộp mực in thải
Đơn vị tính: tấn
Loại chất thải
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Hộp mực in laser
1.615
1.872
2.050
Hộp mực in phun
298
326
350
Bột mực thải
573
666
720
Tổng cộng
2.486
2.864
3.120

Theo Sở, tỷ lệ vỏ hộp mực được tái chế thành hạt nhựa hiện đạt khoảng 42%, phần còn lại được đốt tại lò công suất 2 tấn/giờ. Tỉnh phấn đấu đến năm 2025 có 100% doanh nghiệp phát sinh hộp mực thải trong các khu công nghiệp ký hợp đồng chuyển giao với đơn vị có chức năng; đến năm 2030 nâng tỷ lệ tái chế lên ít nhất 65%.

Tin khác:
- Hướng dẫn đăng ký chủ nguồn thải chất thải nguy hại theo Thông tư 02/2022/TT-BTNMT
- Tập huấn nghiệp vụ quản lý chất thải năm 2024 đợt 2

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.316
Lượt truy cập: 4.512.087 | Trực tuyến: 52
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = {
    "năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "kế hoạch 2025": (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [("Hộp mực in laser", ["1.615", "1.872", "2.050"]),
        ("Hộp mực in phun", ["298", "326", "350"]),
        ("Bột mực thải", ["573", "666", "720"]),
        ("Tổng cộng", ["2.486", "2.864", "3.120"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            per, st = COLS[col]
            kw = {"status": st} if st else {}
            out.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "tấn",
                         subject=f"khối lượng {label.lower()} thu gom, xử lý {col}", period=per, **kw))
            prev = n
    return out


FIGS = [
    F("có 3 cơ sở", "3", 3, "count", "cơ sở",
      subject="cơ sở được cấp phép xử lý chất thải nguy hại có chức năng tiếp nhận hộp mực, bột mực thải"),
    F("khoảng 12.500 tấn", "12.500", 12500, "measure", "tấn/năm", approx="about",
      subject="tổng công suất các cơ sở xử lý"),
    F("suất 6.000 tấn", "6.000", 6000, "measure", "tấn/năm", percent=48,
      subject="công suất nhà máy của Công ty TNHH Môi trường Tân Phú Thịnh", location="Trảng Bom"),
    F("ước đạt 2.864 tấn", "2.864", 2864, "measure", "tấn", status="estimate",
      change=C("increase", 15.2, "%", "năm 2023"),
      subject="hộp mực và bột mực thải các cơ sở tiếp nhận, xử lý", period=Y24),
    F("khoảng 2.100 tấn", "2.100", 2100, "measure", "tấn", approx="about", status="estimate", total=2864,
      subject="hộp mực và bột mực thải từ các doanh nghiệp FDI", period=Y24),
] + cells() + [
    F("khoảng 42%", "42", 42, "percent", "%", approx="about",
      subject="tỷ lệ vỏ hộp mực được tái chế thành hạt nhựa"),
    F("suất 2 tấn/giờ", "2", 2, "measure", "tấn/giờ", subject="công suất lò đốt"),
    F("có 100% doanh nghiệp", "100", 100, "percent", "%", status="target",
      subject="doanh nghiệp phát sinh hộp mực thải trong các khu công nghiệp ký hợp đồng chuyển giao",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("ít nhất 65%", "65", 65, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ tái chế", period=P("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Department site (Sở TN&MT Đồng Nai), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Thông tư 02/2022/TT-BTNMT', 'năm 2024 đợt 2' in a link, 'Số 2 Nguyễn Văn Trị', phone 0251.3822.316,",
    "counters 4.512.087 and 52, baseline 'năm 2023'.",
    "The Tân Phú Thịnh plant is in huyện Trảng Bom: its capacity gets Trảng Bom, 'chiếm 48% tổng công suất' is its percent attribute.",
    "'ước đạt 2.864 tấn, tăng 15,2% ..., trong đó ... khoảng 2.100 tấn': the part takes total 2.864 and the estimate status.",
    "One-cell-per-line table, 'Đơn vị tính: tấn': subject = indicator + row + column; period from the column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Table cells get no total.",
    "'hiện đạt khoảng 42%' and the furnace capacity have no period. 'phấn đấu' governs both targets; 'đến năm 2025/2030' start null.",
]

if __name__ == "__main__":
    write("p1461-7", TEXT, NOTES, FIGS, location="Đồng Nai")
