"""p1052-7: department site (Chi cục Thủy lợi Đắk Lắk), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write_set

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK LẮK
CHI CỤC THỦY LỢI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả cấp nước tưới cho cây trồng mùa khô 2023-2024

Mùa khô 2023-2024, các công trình thủy lợi trên địa bàn tỉnh Đắk Lắk đã cấp nước tưới cho 118.640 ha cây trồng, đạt 98,7% kế hoạch. Trong đó, Công ty TNHH MTV Quản lý công trình thủy lợi Đắk Lắk phục vụ 52.300 ha, các địa phương và tổ chức thủy lợi cơ sở phục vụ 66.340 ha.

Do nắng hạn kéo dài, toàn tỉnh có khoảng 4.850 ha cây trồng bị thiếu nước, trong đó 1.270 ha lúa phải bỏ hoang không gieo cấy; 38 hồ chứa nhỏ bị cạn đến mực nước chết. Tỉnh đã hỗ trợ 14,2 tỷ đồng cho các địa phương nạo vét, đắp đập tạm và bơm chống hạn.

Diện tích được tưới từ công trình thủy lợi theo nhóm cây trồng:

Đơn vị tính: ha
Nhóm cây trồng
Năm 2022
Năm 2023
Kế hoạch 2024
Lúa nước
41.250
40.980
41.500
Cà phê
58.760
60.140
61.000
Cây ăn quả, rau màu
12.830
14.620
16.000
Tổng số
112.840
115.740
118.500

Thực hiện Nghị định số 96/2018/NĐ-CP, năm 2023 tổng kinh phí hỗ trợ tiền sử dụng dịch vụ công ích thủy lợi của tỉnh là 92,6 tỷ đồng, trong đó cấp cho Công ty 61,4 tỷ đồng.

Chi cục Thủy lợi Đắk Lắk
Địa chỉ: Số 47 Nguyễn Tất Thành, TP. Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.413 - Fax: 0262.3856.140
Tổng lượt truy cập: 1.208.664 | Đang trực tuyến: 37
"""

DRY = P("Mùa khô 2023-2024")
COLS = [P("Năm 2022", "2022-01-01", "2022-12-31"),
        P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Kế hoạch 2024", "2024-01-01", "2024-12-31")]
ROWS = [("Lúa nước", ["41.250", "40.980", "41.500"], "diện tích được tưới lúa nước"),
        ("Cà phê", ["58.760", "60.140", "61.000"], "diện tích được tưới cà phê"),
        ("Cây ăn quả, rau màu", ["12.830", "14.620", "16.000"], "diện tích được tưới cây ăn quả, rau màu"),
        ("Tổng số", ["112.840", "115.740", "118.500"], "tổng số diện tích được tưới từ công trình thủy lợi")]
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("cho 118.640 ha", "118.640", 118640, "measure", "ha",
      "diện tích cây trồng được cấp nước tưới", DRY, percent=98.7),
    F("phục vụ 52.300 ha", "52.300", 52300, "measure", "ha",
      "diện tích do Công ty TNHH MTV Quản lý công trình thủy lợi Đắk Lắk phục vụ", I(DRY), total=118640),
    F("phục vụ 66.340 ha", "66.340", 66340, "measure", "ha",
      "diện tích do các địa phương và tổ chức thủy lợi cơ sở phục vụ", I(DRY), total=118640),
    F("khoảng 4.850 ha", "4.850", 4850, "measure", "ha",
      "diện tích cây trồng bị thiếu nước", I(DRY), approx="about"),
    F("1.270 ha lúa", "1.270", 1270, "measure", "ha",
      "diện tích lúa phải bỏ hoang", I(DRY), total=4850),
    F("38 hồ chứa nhỏ", "38", 38, "count", "hồ chứa", "hồ chứa nhỏ bị cạn đến mực nước chết", I(DRY)),
    F("hỗ trợ 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng",
      "kinh phí tỉnh hỗ trợ nạo vét, đắp đập tạm và bơm chống hạn", I(DRY)),
]
for label, cells, subj in ROWS:
    for i, (cell, per) in enumerate(zip(cells, COLS)):
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        anchor = f"{label}\n{cell}" if i == 0 else f"{cells[i-1]}\n{cell}"
        kw = {"status": "target"} if i == 2 else {}
        # revised after the first run: FIGURES.md says a cell's subject is the row label and the
        # column label; the first gold used the caption + row label ("diện tích được tưới lúa nước").
        subj_cell = f"{label} {per['text']}"
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "measure", "ha", subj_cell, per, **kw))
FIGS += [
    F("là 92,6 tỷ đồng", "92,6", 92.6e9, "money", "đồng",
      "tổng kinh phí hỗ trợ tiền sử dụng dịch vụ công ích thủy lợi", Y23),
    F("Công ty 61,4 tỷ đồng", "61,4", 61.4e9, "money", "đồng",
      "kinh phí hỗ trợ cấp cho Công ty", Y23, total=92.6e9),
]

NOTES = [
    "Chi cục Thủy lợi Đắk Lắk (department site, no dateline): water supply in the 2023-2024 dry season, one-cell-per-line table.",
    "'Mùa khô 2023-2024' is a season (Nov-Apr), not the years 2023-2024: a period with text only.",
    "Table cells: unit from 'Đơn vị tính: ha', period from the column header, 'Kế hoạch 2024' column = target; no totals on cells.",
    "revised: table-cell subjects changed from caption + row label to row label + column label, as FIGURES.md (Tables) says.",
    "Footer (address Số 47 Nguyễn Tất Thành, phone, fax, 'Tổng lượt truy cập: 1.208.664', 'Đang trực tuyến: 37') is not figures.",
]

write_set("p1052-7", TEXT, FIGS, NOTES, published=None, location="Đắk Lắk")
