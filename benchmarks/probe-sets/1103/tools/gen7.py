"""p1103-7: CDC Sóc Trăng department site (no dateline) — screening results 2023, one-cell-per-line table."""
from lib import F, period, inherit, change, write_set

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH SÓC TRĂNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả khám sàng lọc tật khúc xạ học đường năm 2023

Năm 2023, Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng phối hợp với Sở Giáo dục và Đào tạo khám sàng lọc thị lực cho 28.640 học sinh, tăng 17% so với năm 2022. Qua khám, phát hiện 6.129 học sinh mắc tật khúc xạ, chiếm 21,4%; trong đó 4.870 em chưa có kính hoặc đeo kính không phù hợp. Tỷ lệ cận thị ở học sinh THPT là 34,7%, gấp 2,3 lần học sinh tiểu học (15,1%).

Các em được tư vấn chế độ học tập, sinh hoạt hợp lý; 935 em có hoàn cảnh khó khăn được cấp kính miễn phí với kinh phí 280,5 triệu đồng từ Quỹ Bảo trợ trẻ em tỉnh.

Số học sinh được khám sàng lọc qua các năm
Đơn vị tính: học sinh
Cấp học
Năm 2022
Năm 2023
Kế hoạch 2024
Tiểu học
12.450
14.380
16.000
Trung học cơ sở
8.915
10.206
12.000
Trung học phổ thông
3.120
4.054
5.000
Tổng cộng
24.485
28.640
33.000

Năm 2024, Trung tâm dự kiến bố trí khoảng 850 triệu đồng để mở rộng khám sàng lọc tại 11 huyện, thị xã, thành phố; ưu tiên học sinh vùng đồng bào Khmer.

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH SÓC TRĂNG
Địa chỉ: số 6 Châu Văn Tiếp, Phường 2, TP Sóc Trăng, tỉnh Sóc Trăng
Điện thoại: 0299.3822.160 - Email: cdc@soctrang.gov.vn
Lượt truy cập: 1.204.377
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = inherit(Y23)
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [(period("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"),
        (period("Năm 2023", "2023-01-01", "2023-12-31"), "actual", "năm 2023"),
        (period("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch 2024")]
ROWS = [("Tiểu học", "học sinh tiểu học được khám sàng lọc", ["12.450", "14.380", "16.000"]),
        ("Trung học cơ sở", "học sinh trung học cơ sở được khám sàng lọc", ["8.915", "10.206", "12.000"]),
        ("Trung học phổ thông", "học sinh trung học phổ thông được khám sàng lọc", ["3.120", "4.054", "5.000"]),
        ("Tổng cộng", "tổng số học sinh được khám sàng lọc", ["24.485", "28.640", "33.000"])]


def table_figs():
    out = []
    for label, subj, cells in ROWS:
        for i, cell in enumerate(cells):
            anchor = "\n".join(([label] + cells)[i:i + 2])  # the cell with the line before it
            per, status, col = COLS[i]
            extra = {"status": status} if status != "actual" else {}
            out.append(F(anchor, cell, float(cell.replace(".", "")), "count", "học sinh", subj + " " + col, per, **extra))
    return out


FIGS = [
    F("cho 28.640 học sinh", "28.640", 28640, "count", "học sinh", "học sinh được khám sàng lọc thị lực", Y23,
      change=change("increase", 17, "%", "năm 2022")),
    F("phát hiện 6.129 học sinh", "6.129", 6129, "count", "học sinh", "học sinh mắc tật khúc xạ", Y23I,
      percent=21.4),
    F("trong đó 4.870 em", "4.870", 4870, "count", "em",
      "học sinh mắc tật khúc xạ chưa có kính hoặc đeo kính không phù hợp", Y23I, total=6129),
    F("THPT là 34,7%", "34,7", 34.7, "percent", "%", "tỷ lệ cận thị ở học sinh THPT", Y23I,
      change=change("increase", 2.3, "lần", "học sinh tiểu học")),
    F("(15,1%)", "15,1", 15.1, "percent", "%", "tỷ lệ cận thị ở học sinh tiểu học", Y23I),
    F("935 em", "935", 935, "count", "em", "học sinh có hoàn cảnh khó khăn được cấp kính miễn phí", Y23I),
    F("kinh phí 280,5 triệu đồng", "280,5", 280.5e6, "money", "đồng", "kinh phí cấp kính miễn phí", Y23I),
] + table_figs() + [
    F("khoảng 850 triệu đồng", "850", 850e6, "money", "đồng", "kinh phí mở rộng khám sàng lọc", Y24,
      approx="about", status="forecast"),
    F("tại 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố mở rộng khám sàng lọc",
      Y24, status="forecast"),
]

NOTES = [
    "CDC Sóc Trăng site: no dateline (published null); footer address, phone, 'Lượt truy cập: 1.204.377'.",
    "Not figures: 'số 6 Châu Văn Tiếp', 'Phường 2', phone 0299.3822.160, the visit counter.",
    "Table pasted one cell per line: unit from 'Đơn vị tính: học sinh', period from the column header (scored),",
    "'Kế hoạch 2024' column -> status target; 'Tổng cộng' row is a figure of its own; cells get no totals.",
    "revised: table subjects now carry the column label too (spec: row label and column label), e.g. '... năm 2022'.",
    "'gấp 2,3 lần học sinh tiểu học' is the change of 34,7% (unit lần); '(15,1%)' is a percent figure of its own.",
]

write_set("p1103-7", TEXT, FIGS, NOTES, published=None, location="Sóc Trăng")
