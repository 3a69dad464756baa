"""p957-7: department site (Chi cục Thủy sản Bình Thuận), huyện đảo Phú Quý; no dateline; one-cell-per-line table."""
from lib import F, P, I, C, T, write_set, main_guard

TEXT = """SỞ NÔNG NGHIỆP VÀ PTNT TỈNH BÌNH THUẬN
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Phú Quý: nuôi bào ngư, ốc hương, nhum biển trên lồng bè phát triển ổn định

Huyện đảo Phú Quý hiện có 126 hộ nuôi hải sản lồng bè với 2.140 lồng; trong đó 760 lồng nuôi bào ngư, 1.050 lồng nuôi ốc hương và 330 lồng nuôi nhum biển. Năm 2024, tổng sản lượng nuôi biển của huyện đạt 37,9 tấn, tăng 29,8% so với năm 2023; giá trị sản xuất ước khoảng 68 tỷ đồng.

Giá bào ngư thương phẩm tại đảo dao động 900.000 - 1,1 triệu đồng/kg; bình quân mỗi lồng bào ngư cho thu nhập 12-15 triệu đồng/năm. Trong năm, Chi cục phối hợp với Trung tâm Khuyến nông tỉnh tổ chức 4 lớp tập huấn cho 160 lượt người nuôi và cấp 45.000 con giống bào ngư.

Sản lượng nuôi biển tại huyện Phú Quý
Đơn vị tính: tấn
Đối tượng nuôi
Năm 2023
Năm 2024
Kế hoạch 2025
Bào ngư
3,2
4,5
6
Ốc hương
18,6
24,3
30
Nhum biển
7,4
9,1
12
Tổng cộng
29,2
37,9
48

Năm 2025, Chi cục phấn đấu nâng tỷ lệ lồng nuôi áp dụng quy trình kỹ thuật mới lên 60%, đồng thời hướng dẫn người nuôi di dời lồng bè ra khỏi luồng tàu vào cảng Phú Quý.

CHI CỤC THỦY SẢN TỈNH BÌNH THUẬN
Địa chỉ: số 12 Tôn Đức Thắng, phường Phú Thủy, TP Phan Thiết
Điện thoại: 0252.3821.457 - Fax: 0252.3821.458
Tổng lượt truy cập: 1.208.334 | Đang trực tuyến: 27
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
INYEAR = P("Trong năm", "2024-01-01", "2024-12-31")


def trow(label, subj, a, b, c, va, vb, vc):
    return [
        F(f"{label}\n{a}", a, va, "measure", "tấn", subj + " năm 2023", Y23),
        F(f"{a}\n{b}", b, vb, "measure", "tấn", subj + " năm 2024", Y24),
        F(f"{b}\n{c}\n", c, vc, "measure", "tấn", subj + " kế hoạch 2025", K25, status="target"),
    ]


FIGS = [
    F("có 126 hộ", "126", 126, "count", "hộ", "hộ nuôi hải sản lồng bè"),
    F("với 2.140 lồng", "2.140", 2140, "count", "lồng", "lồng nuôi hải sản"),
    F("trong đó 760 lồng", "760", 760, "count", "lồng", "lồng nuôi bào ngư", total=2140),
    F("1.050 lồng nuôi", "1.050", 1050, "count", "lồng", "lồng nuôi ốc hương", total=2140),
    F("330 lồng nuôi", "330", 330, "count", "lồng", "lồng nuôi nhum biển", total=2140),
    F("đạt 37,9 tấn", "37,9", 37.9, "measure", "tấn", "tổng sản lượng nuôi biển", Y24,
      change=C("increase", 29.8, "%", "năm 2023")),
    F("ước khoảng 68 tỷ đồng", "68", 68e9, "money", "đồng", "giá trị sản xuất nuôi biển", Y24, approx="about",
      status="estimate"),
    F("dao động 900.000 - 1,1 triệu đồng/kg", "900.000", 900000, "money", "đồng/kg", "giá bào ngư thương phẩm",
      value_max=1.1e6),
    F("thu nhập 12-15 triệu đồng/năm", "12", 12e6, "money", "đồng/năm", "thu nhập bình quân mỗi lồng bào ngư",
      value_max=15e6),
    F("tổ chức 4 lớp", "4", 4, "count", "lớp", "lớp tập huấn", INYEAR),
    F("cho 160 lượt người", "160", 160, "count", "lượt người", "lượt người nuôi được tập huấn", INYEAR),
    F("cấp 45.000 con giống", "45.000", 45000, "count", "con giống", "con giống bào ngư được cấp", INYEAR),
    *trow("Bào ngư", "sản lượng bào ngư", "3,2", "4,5", "6", 3.2, 4.5, 6),
    *trow("Ốc hương", "sản lượng ốc hương", "18,6", "24,3", "30", 18.6, 24.3, 30),
    *trow("Nhum biển", "sản lượng nhum biển", "7,4", "9,1", "12", 7.4, 9.1, 12),
    *trow("Tổng cộng", "tổng cộng sản lượng nuôi biển", "29,2", "37,9", "48", 29.2, 37.9, 48),
    F("lên 60%", "60", 60, "percent", "%", "tỷ lệ lồng nuôi áp dụng quy trình kỹ thuật mới",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

NOTES = [
    "Chi cục Thủy sản Bình Thuận site, no dateline (published absent); footer with address, phone, fax, counters.",
    "All figures are huyện đảo Phú Quý. 'Trong năm' stands in its figures' own sentence and is the year reported in the",
    "sentence before ('Năm 2024', not the baseline 'năm 2023'). Table pasted one cell per line:",
    "header cells, then label + 3 cells per row; periods from column headers (Năm 2023, Năm 2024, Kế hoạch 2025 ->",
    "target); unit from 'Đơn vị tính: tấn'; the Tổng cộng row is a figure of its own. Cell subjects = indicator of",
    "the table title + row label + column label (FIGURES.md: 'the row label and the column label').",
    "revised after the first run: the column label was added to the 12 table-cell subjects (the spec's table rule).",
    "'900.000 - 1,1 triệu đồng/kg' is a range 900000..1100000. Parts after 'trong đó' get total 2.140.",
    "Not figures: phone/fax, số 12 Tôn Đức Thắng, Tổng lượt truy cập 1.208.334, Đang trực tuyến 27.",
]

if __name__ == "__main__":
    main_guard(write_set("p957-7", TEXT, FIGS, NOTES, published=None, location="Phú Quý"))
