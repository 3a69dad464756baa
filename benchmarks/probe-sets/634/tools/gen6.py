"""p634-6: national press (VnExpress style) — Hà Nội dự kiến thu hồi đất cho 1.126 dự án năm 2025."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự › Hà Nội
Thứ hai, 9/12/2024, 07:00 (GMT+7)

Hà Nội dự kiến thu hồi hơn 2.300 ha đất cho 1.126 dự án năm 2025

Năm 2025, thành phố dự kiến thu hồi 2.342,6 ha đất để thực hiện 1.126 dự án, tăng 134 dự án so với năm 2024; trong đó 687 dự án thuộc danh mục mới với 1.458,3 ha, 439 dự án chuyển tiếp với 884,3 ha.

Nội dung trên nêu trong tờ trình UBND TP Hà Nội gửi HĐND thành phố, dự kiến xem xét tại kỳ họp thứ 21 ngày 10/12. Huyện Gia Lâm dự kiến có nhiều dự án nhất (96 dự án), tiếp đến là Đông Anh (82 dự án) và Sóc Sơn (71 dự án). Thành phố cũng dự kiến chuyển mục đích 1.032,5 ha đất trồng lúa cho 412 dự án.

Theo Sở Tài nguyên và Môi trường, tính đến cuối tháng 11/2024, thành phố mới thu hồi đất được 538 dự án, chỉ đạt 41,5% số dự án trong danh mục; diện tích thu hồi khoảng 1.120 ha. Số dự án bị hủy bỏ năm 2024 là 127 dự án, gấp gần 2 lần năm 2023.

Ông Nguyễn Huy Cường, Phó giám đốc Sở, cho biết giá bồi thường đất nông nghiệp tại các huyện ngoại thành hiện dao động từ 252.000 đến 405.000 đồng/m2. Các dự án có trong danh mục quá 3 năm mà chưa thu hồi đất sẽ bị hủy bỏ theo Luật Đất đai 2024.

Tại dự án đường Vành đai 4 - Vùng Thủ đô, thành phố đã bàn giao khoảng 99% mặt bằng; riêng đoạn qua huyện Mê Linh còn 14 hộ chưa nhận tiền bồi thường.

Đường dây nóng tiếp nhận phản ánh về bồi thường: 1900.1255.

Võ Hải
"""

Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NOV = per("tính đến cuối tháng 11/2024", None, "2024-11-30")
S = "dự án thu hồi đất"

FIGS = [
    fig("hơn 2.300 ha", "2.300", 2300, "measure", "ha",
        "diện tích đất thu hồi", per("năm 2025", "2025-01-01", "2025-12-31"),
        approx="over", status="forecast"),
    fig("cho 1.126 dự án", "1.126", 1126, "count", "dự án",
        "dự án thu hồi đất", per("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    fig("2.342,6 ha", "2.342,6", 2342.6, "measure", "ha",
        "diện tích đất thu hồi", Y25, status="forecast"),
    fig("thực hiện 1.126 dự án", "1.126", 1126, "count", "dự án", S, Y25, status="forecast",
        change=chg("increase", 134, "dự án", "năm 2024")),
    fig("687 dự án", "687", 687, "count", "dự án",
        "dự án thuộc danh mục mới", Y25, total=1126, status="forecast"),
    fig("1.458,3 ha", "1.458,3", 1458.3, "measure", "ha",
        "diện tích dự án thuộc danh mục mới", Y25, total=2342.6, status="forecast"),
    fig("439 dự án", "439", 439, "count", "dự án",
        "dự án chuyển tiếp", Y25, total=1126, status="forecast"),
    fig("884,3 ha", "884,3", 884.3, "measure", "ha",
        "diện tích dự án chuyển tiếp", Y25, total=2342.6, status="forecast"),
    fig("(96 dự án)", "96", 96, "count", "dự án", S, inh(Y25), status="forecast", location="Gia Lâm"),
    fig("(82 dự án)", "82", 82, "count", "dự án", S, inh(Y25), status="forecast", location="Đông Anh"),
    fig("(71 dự án)", "71", 71, "count", "dự án", S, inh(Y25), status="forecast", location="Sóc Sơn"),
    fig("1.032,5 ha", "1.032,5", 1032.5, "measure", "ha",
        "diện tích đất trồng lúa chuyển mục đích", inh(Y25), status="forecast"),
    fig("cho 412 dự án", "412", 412, "count", "dự án",
        "dự án chuyển mục đích đất trồng lúa", inh(Y25), status="forecast"),
    fig("được 538 dự án", "538", 538, "count", "dự án",
        "dự án đã thu hồi đất", NOV, percent=41.5),
    fig("khoảng 1.120 ha", "1.120", 1120, "measure", "ha",
        "diện tích đất đã thu hồi", NOV, approx="about"),
    fig("là 127 dự án", "127", 127, "count", "dự án",
        "dự án bị hủy bỏ", per("năm 2024", "2024-01-01", "2024-12-31"),
        change=chg("increase", 2, "lần", "năm 2023", approx="nearly")),
    fig("từ 252.000 đến 405.000", "252.000", 252000, "money", "đồng/m2",
        "giá bồi thường đất nông nghiệp tại các huyện ngoại thành", None, value_max=405000),
    fig("quá 3 năm", "3", 3, "measure", "năm",
        "thời gian dự án có trong danh mục", None, approx="over", optional=True),
    fig("khoảng 99%", "99", 99, "percent", "%",
        "mặt bằng dự án đường Vành đai 4 - Vùng Thủ đô đã bàn giao", None, approx="about"),
    fig("còn 14 hộ", "14", 14, "count", "hộ",
        "hộ chưa nhận tiền bồi thường", None, location="Mê Linh"),
]

NOTES = [
    "National press (VnExpress style, 'Thứ hai, 9/12/2024, 07:00 (GMT+7)', byline at the end): Hà Nội danh mục thu hồi đất năm 2025.",
    "Not figures: (GMT+7), 07:00, kỳ họp thứ 21, ngày 10/12, Luật Đất đai 2024, Vành đai 4 (a road name), hotline 1900.1255.",
    "'dự kiến' governs its sentence and the '; trong đó' parts (forecast); the district list has its own 'dự kiến'. Parts after 'trong đó' take the",
    "whole of the same thing (count → 1.126, ha → 2.342,6). 'gấp gần 2 lần năm 2023' after 127 dự án is its change (lần, nearly).",
    "'chỉ đạt 41,5% số dự án trong danh mục' is the percent of 538. Price range in đồng/m2. '14 hộ … đoạn qua huyện Mê Linh': location Mê Linh.",
    "'quá 3 năm' (threshold for cancelling a project) optional.",
]

if __name__ == "__main__":
    write("p634-6", TEXT, NOTES, FIGS, published="2024-12-09", location="Hà Nội")
