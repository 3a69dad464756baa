"""p863-3: Quảng Trị formal report on the local press in 2023, flattened '|' table (2024-02-28)."""
from lib import F, write, period, inherit, change

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 46/BC-UBND
Quảng Trị, ngày 28 tháng 02 năm 2024

BÁO CÁO
Kết quả công tác quản lý nhà nước về báo chí năm 2023

I. TÌNH HÌNH CHUNG
Thực hiện Quyết định số 362/QĐ-TTg ngày 03/4/2019 của Thủ tướng Chính phủ, hiện tỉnh có 3 cơ quan báo chí địa phương với 286 cán bộ, viên chức, người lao động, trong đó 112 người có thẻ nhà báo.

II. KẾT QUẢ THỰC HIỆN
1. Sản lượng tin, bài
Năm 2023, các cơ quan báo chí địa phương đăng, phát 19.842 tin, bài, tăng 5,6% so với năm 2022 (chi tiết tại Bảng 1).

Bảng 1. Sản lượng tin, bài
Đơn vị tính: tin, bài
Cơ quan báo chí | Năm 2022 | Năm 2023 | Kế hoạch 2024
Báo Quảng Trị | 8.215 | 8.730 | 9.000
Đài PT-TH tỉnh | 9.870 | 10.452 | 10.800
Tạp chí Cửa Việt | 704 | 660 | 700
Tổng cộng | 18.789 | 19.842 | 20.500

2. Phát hành và truy cập
Báo Quảng Trị in phát hành 3 kỳ/tuần, bình quân 4.200 bản/kỳ, giảm khoảng 12% so với năm 2022; Tạp chí Cửa Việt phát hành 12 số/năm, mỗi số 1.000 bản. Báo Quảng Trị điện tử đạt 31,5 triệu lượt truy cập, gấp 1,4 lần năm 2022.

3. Kinh tế báo chí
Tổng doanh thu của 3 cơ quan báo chí năm 2023 đạt 41,7 tỷ đồng, trong đó doanh thu quảng cáo 9,8 tỷ đồng, chiếm 23,5%; kinh phí ngân sách tỉnh đặt hàng 26,4 tỷ đồng. Thu nhập bình quân của người lao động khoảng 9,2 triệu đồng/người/tháng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% cơ quan báo chí triển khai chuyển đổi số; doanh thu ngoài ngân sách tăng tối thiểu 10%; dự kiến bồi dưỡng nghiệp vụ cho 150 lượt phóng viên, biên tập viên.

Nơi nhận: Bộ TT&TT; TT Tỉnh ủy; Lưu: VT.
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = period("năm 2023", "2023-01-01", "2023-12-31")
K24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
H24 = period("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
U = "tin, bài"

FIGS = [
    F("có 3 cơ quan báo chí", "3", 3, "count", "cơ quan báo chí", "cơ quan báo chí địa phương"),
    F("với 286 cán bộ", "286", 286, "count", "cán bộ, viên chức, người lao động",
      "cán bộ, viên chức, người lao động của các cơ quan báo chí địa phương"),
    F("trong đó 112 người", "112", 112, "count", "người", "người có thẻ nhà báo", total=286),
    F("đăng, phát 19.842 tin, bài", "19.842", 19842, "count", U,
      "tin, bài các cơ quan báo chí địa phương đăng, phát", Y23,
      change=change("increase", 5.6, "%", "năm 2022")),
    # table, unit from 'Đơn vị tính', period from the column header
    F("Quảng Trị | 8.215", "8.215", 8215, "count", U, "sản lượng tin, bài Báo Quảng Trị", Y22),
    F("| 8.730", "8.730", 8730, "count", U, "sản lượng tin, bài Báo Quảng Trị", Y23),
    F("| 9.000", "9.000", 9000, "count", U, "sản lượng tin, bài Báo Quảng Trị kế hoạch", K24,
      status="target"),
    F("| 9.870", "9.870", 9870, "count", U, "sản lượng tin, bài Đài PT-TH tỉnh", Y22),
    F("| 10.452", "10.452", 10452, "count", U, "sản lượng tin, bài Đài PT-TH tỉnh", Y23),
    F("| 10.800", "10.800", 10800, "count", U, "sản lượng tin, bài Đài PT-TH tỉnh kế hoạch", K24,
      status="target"),
    F("| 704", "704", 704, "count", U, "sản lượng tin, bài Tạp chí Cửa Việt", Y22),
    F("| 660", "660", 660, "count", U, "sản lượng tin, bài Tạp chí Cửa Việt", Y23),
    F("| 700", "700", 700, "count", U, "sản lượng tin, bài Tạp chí Cửa Việt kế hoạch", K24,
      status="target"),
    F("| 18.789", "18.789", 18789, "count", U, "tổng cộng sản lượng tin, bài", Y22),
    F("| 19.842", "19.842", 19842, "count", U, "tổng cộng sản lượng tin, bài", Y23),
    F("| 20.500", "20.500", 20500, "count", U, "tổng cộng sản lượng tin, bài kế hoạch", K24,
      status="target"),
    # section 2
    F("phát hành 3 kỳ/tuần", "3", 3, "measure", "kỳ/tuần", "kỳ phát hành Báo Quảng Trị in",
      inherit(Y23)),
    F("bình quân 4.200 bản/kỳ", "4.200", 4200, "measure", "bản/kỳ",
      "số bản Báo Quảng Trị in phát hành bình quân mỗi kỳ", inherit(Y23),
      change=change("decrease", 12, "%", "năm 2022", approx="about")),
    F("12 số/năm", "12", 12, "measure", "số/năm", "số Tạp chí Cửa Việt phát hành", inherit(Y23)),
    F("mỗi số 1.000 bản", "1.000", 1000, "measure", "bản/số", "số bản Tạp chí Cửa Việt mỗi số",
      inherit(Y23)),
    F("31,5 triệu lượt truy cập", "31,5", 31.5e6, "count", "lượt truy cập",
      "lượt truy cập Báo Quảng Trị điện tử", inherit(Y23),
      change=change("increase", 1.4, "lần", "năm 2022")),
    # section 3
    F("của 3 cơ quan báo chí", "3", 3, "count", "cơ quan báo chí", "cơ quan báo chí", optional=True),
    F("đạt 41,7 tỷ đồng", "41,7", 41.7e9, "money", "đồng",
      "tổng doanh thu của 3 cơ quan báo chí", Y23s),
    F("quảng cáo 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "doanh thu quảng cáo", Y23s,
      total=41.7e9, percent=23.5),
    F("đặt hàng 26,4 tỷ đồng", "26,4", 26.4e9, "money", "đồng", "kinh phí ngân sách tỉnh đặt hàng",
      Y23s, total=41.7e9),
    F("khoảng 9,2 triệu đồng/người/tháng", "9,2", 9.2e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của người lao động", inherit(Y23s), approx="about"),
    # section III
    F("Phấn đấu 100% cơ quan", "100", 100, "percent", "%",
      "cơ quan báo chí triển khai chuyển đổi số", H24, status="target"),
    F("tối thiểu 10%", "10", 10, "percent", "%", "tăng doanh thu ngoài ngân sách", H24,
      approx="at_least", status="target"),
    F("cho 150 lượt phóng viên", "150", 150, "count", "lượt phóng viên, biên tập viên",
      "lượt phóng viên, biên tập viên được bồi dưỡng nghiệp vụ", H24, status="forecast"),
]

NOTES = [
    "UBND tỉnh Quảng Trị report on the local press in 2023 with a flattened '|' table (Bảng 1).",
    "Not figures: 'Số: 46/BC-UBND', the date line, 'Quyết định số 362/QĐ-TTg ngày 03/4/2019', sections I-III and 1-3, 'Bảng 1'.",
    "Table cells: unit 'tin, bài' from 'Đơn vị tính', period from the column header, 'Kế hoạch 2024' gives status target;",
    "no totals on cells (the 'Tổng cộng' row is its own figure).",
    "'gấp 1,4 lần năm 2022' after a count with a base amount is read as that count's change (increase 1.4 lần),",
    "like 'tăng hơn 2,8 lần so với cùng kỳ' in FIGURES.md; 'doanh thu ... tăng tối thiểu 10%' (no base) is a percent figure.",
    "Section III heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the targets' period (inherited, another line).",
    "'của 3 cơ quan báo chí' repeats the count of section I inside a subject: optional.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, published="2024-02-28", location="Quảng Trị", notes=NOTES)
