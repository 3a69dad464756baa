"""p986-7: CDC Lâm Đồng department site (no dateline) — 2023 results, one-cell-per-line table 2022 / 2023 / plan 2024."""
from lib import F, P, I, CH, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH LÂM ĐỒNG
Trang chủ » Phòng chống bệnh không lây nhiễm

Lâm Đồng: Quản lý tăng huyết áp, đái tháo đường tại tuyến xã chuyển biến rõ

Năm 2023, 142/142 trạm y tế xã, phường, thị trấn trong tỉnh triển khai quản lý bệnh không lây nhiễm. Số người tăng huyết áp được quản lý đạt 21.675 người, tăng 18,8% so với năm 2022; số người đái tháo đường được quản lý là 7.482 người. Tỷ lệ người bệnh tăng huyết áp điều trị đạt huyết áp mục tiêu là 58,4%, tăng 6,2 điểm phần trăm so với năm 2022.

Huyện Đơn Dương và Lâm Hà có tỷ lệ người bệnh được quản lý cao nhất, lần lượt 72,5% và 69,8%; thành phố Bảo Lộc thấp nhất với 41,3%. Tổng kinh phí Chương trình mục tiêu y tế - dân số hỗ trợ hoạt động sàng lọc năm 2023 khoảng 4,6 tỷ đồng, bình quân hơn 32 triệu đồng/trạm.

Kết quả quản lý tăng huyết áp, đái tháo đường tại tuyến xã
Đơn vị tính: người
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Người tăng huyết áp được quản lý
18.240
21.675
24.000
Người đái tháo đường được quản lý
6.130
7.482
8.500
Người được khám sàng lọc
142.300
168.950
180.000

Năm 2024, Trung tâm dự kiến tổ chức "Ngày hội sàng lọc" lần thứ 3 tại 12 huyện, thành phố.

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH LÂM ĐỒNG
Địa chỉ: số 36 Trần Phú, Phường 4, TP. Đà Lạt
Điện thoại: 0263.3822.186 - Email: cdc@lamdong.gov.vn
Tổng lượt truy cập: 1.384.902 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = P("năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ người bệnh được quản lý"
R1, R2, R3 = ("Người tăng huyết áp được quản lý", "Người đái tháo đường được quản lý",
              "Người được khám sàng lọc")

FIGS = [
    F("142/142 trạm", "142", 142, "count", "trạm y tế",
      "trạm y tế xã, phường, thị trấn triển khai quản lý bệnh không lây nhiễm", Y23, total=142),
    F("đạt 21.675 người", "21.675", 21675, "count", "người", "người tăng huyết áp được quản lý", I(Y23),
      change=CH("increase", 18.8, "%", "năm 2022")),
    F("là 7.482 người", "7.482", 7482, "count", "người", "người đái tháo đường được quản lý", I(Y23)),
    F("là 58,4%", "58,4", 58.4, "percent", "%",
      "tỷ lệ người bệnh tăng huyết áp điều trị đạt huyết áp mục tiêu", I(Y23),
      change=CH("increase", 6.2, "điểm phần trăm", "năm 2022")),
    F("lần lượt 72,5%", "72,5", 72.5, "percent", "%", RATE, I(Y23), location="Đơn Dương"),
    F("và 69,8%", "69,8", 69.8, "percent", "%", RATE, I(Y23), location="Lâm Hà"),
    F("với 41,3%", "41,3", 41.3, "percent", "%", RATE, I(Y23), location="Bảo Lộc"),
    F("khoảng 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng",
      "tổng kinh phí Chương trình mục tiêu y tế - dân số hỗ trợ hoạt động sàng lọc", Y23s, approx="about"),
    F("hơn 32 triệu đồng/trạm", "32", 32000000, "money", "đồng/trạm", "kinh phí bình quân mỗi trạm", Y23s,
      approx="over"),
    F("quản lý\n18.240", "18.240", 18240, "count", "người", R1, Y22),
    F("18.240\n21.675", "21.675", 21675, "count", "người", R1, Y23),
    F("21.675\n24.000", "24.000", 24000, "count", "người", R1 + " kế hoạch", K24, status="target"),
    F("quản lý\n6.130", "6.130", 6130, "count", "người", R2, Y22),
    F("6.130\n7.482", "7.482", 7482, "count", "người", R2, Y23),
    F("7.482\n8.500", "8.500", 8500, "count", "người", R2 + " kế hoạch", K24, status="target"),
    F("sàng lọc\n142.300", "142.300", 142300, "count", "người", R3, Y22),
    F("142.300\n168.950", "168.950", 168950, "count", "người", R3, Y23),
    F("168.950\n180.000", "180.000", 180000, "count", "người", R3 + " kế hoạch", K24, status="target"),
    F("tại 12 huyện", "12", 12, "count", "huyện, thành phố",
      "huyện, thành phố tổ chức Ngày hội sàng lọc", Y24, status="forecast"),
]

COMMENTS = [
    "CDC Lâm Đồng department site: no dateline (published absent), footer with address, phone, e-mail and visit counter.",
    "One-cell-per-line table (Đơn vị tính: người; columns Năm 2022 / Năm 2023 / Kế hoạch 2024): periods from the column headers (scored), plan column is target.",
    "Not figures: Tổng lượt truy cập 1.384.902, Đang trực tuyến: 37, số 36 Trần Phú, Phường 4, 0263.3822.186, lần thứ 3, năm 2022 (baseline).",
    "'lần lượt 72,5% và 69,8%' distributes over Đơn Dương and Lâm Hà (locations). 12 huyện: forecast ('dự kiến').",
    "21.675 and 7.482 stand both in the text and in the table: four figures.",
]

write("p986-7", TEXT, FIGS, COMMENTS, location="Lâm Đồng")
