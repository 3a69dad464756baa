"""p685-4: Bộ Tài nguyên và Môi trường (ministry site) — national BT, HT, TĐC after Luật Đất đai 2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ › Tin tức › Đất đai

63/63 địa phương đã ban hành quy định về bồi thường, hỗ trợ, tái định cư theo Luật Đất đai 2024
Thứ Năm, 21/11/2024 | 14:05

(MONRE) - Theo báo cáo của Cục Quản lý đất đai, tính đến ngày 15/11/2024, 63/63 tỉnh, thành phố trực thuộc Trung ương đã ban hành văn bản quy định chi tiết về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất theo Luật Đất đai số 31/2024/QH15 và Nghị định số 88/2024/NĐ-CP; 58 địa phương đã điều chỉnh bảng giá đất để làm căn cứ tính tiền bồi thường.

Trong 10 tháng năm 2024, cả nước đã thu hồi khoảng 18.650 ha đất để thực hiện 4.270 dự án, công trình; tổng kinh phí bồi thường, hỗ trợ, tái định cư đã chi trả ước đạt 96.400 tỷ đồng, tăng 12,7% so với cùng kỳ năm 2023. Trong đó, kinh phí cho các dự án giao thông chiếm khoảng 61%.

Đối với 12 dự án thành phần đường bộ cao tốc Bắc - Nam phía Đông giai đoạn 2021 - 2025, các địa phương đã bàn giao 3.711,4/3.736,2 ha, đạt 99,3%; diện tích còn lại khoảng 24,8 ha, tập trung tại Khánh Hòa (9,6 ha), Bình Định (7,2 ha) và Hà Tĩnh (4,5 ha). Về giải ngân vốn bồi thường, Quảng Trị đạt 98,2%, đứng thứ 1; Hà Tĩnh và Nghệ An lần lượt đứng thứ 2 và 3.

Cũng trong 10 tháng, các địa phương đã tiếp nhận 1.284 đơn khiếu nại, kiến nghị liên quan đến bồi thường, giảm 9,4% so với cùng kỳ; đã giải quyết 1.106 đơn, đạt 86,1%.

Bộ đặt mục tiêu đến năm 2025 có 100% khu tái định cư được xây dựng đồng bộ hạ tầng trước khi thu hồi đất. Thông tin phản ánh xin gửi về đường dây nóng của Bộ: 024.3795.6868.
"""

ASOF = P("tính đến ngày 15/11/2024", end="2024-11-15")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10b = P("trong 10 tháng", "2024-01-01", "2024-10-31")

FIGS = [
    F("63/63 địa phương", "63", 63, "count", "địa phương",
      "địa phương đã ban hành quy định về bồi thường, hỗ trợ, tái định cư", I(ASOF), total=63),
    F("2024, 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố trực thuộc Trung ương đã ban hành văn bản quy định chi tiết về bồi thường, hỗ trợ, tái định cư",
      ASOF, total=63),
    F("58 địa phương", "58", 58, "count", "địa phương", "địa phương đã điều chỉnh bảng giá đất", ASOF),
    F("khoảng 18.650 ha", "18.650", 18650, "measure", "ha", "diện tích đất thu hồi", M10, approx="about"),
    F("4.270 dự án", "4.270", 4270, "count", "dự án", "dự án, công trình thu hồi đất", M10),
    F("ước đạt 96.400 tỷ đồng", "96.400", 96400e9, "money", "đồng",
      "tổng kinh phí bồi thường, hỗ trợ, tái định cư đã chi trả", M10, status="estimate",
      change=CH("increase", 12.7, baseline="cùng kỳ năm 2023")),
    F("chiếm khoảng 61%", "61", 61, "percent", "%",
      "tỷ trọng kinh phí bồi thường cho các dự án giao thông", I(M10), approx="about", status="estimate"),
    F("Đối với 12 dự án", "12", 12, "count", "dự án", "dự án thành phần đường bộ cao tốc Bắc - Nam phía Đông", I(ASOF)),
    F("bàn giao 3.711,4/3.736,2 ha", "3.711,4", 3711.4, "measure", "ha", "diện tích đã bàn giao", I(ASOF),
      total=3736.2, percent=99.3),
    F("khoảng 24,8 ha", "24,8", 24.8, "measure", "ha", "diện tích còn lại chưa bàn giao", I(ASOF), approx="about"),
    F("Khánh Hòa (9,6 ha)", "9,6", 9.6, "measure", "ha", "diện tích còn lại chưa bàn giao", I(ASOF),
      location="Khánh Hòa"),
    F("Bình Định (7,2 ha)", "7,2", 7.2, "measure", "ha", "diện tích còn lại chưa bàn giao", I(ASOF),
      location="Bình Định"),
    F("Hà Tĩnh (4,5 ha)", "4,5", 4.5, "measure", "ha", "diện tích còn lại chưa bàn giao", I(ASOF),
      location="Hà Tĩnh"),
    F("Quảng Trị đạt 98,2%", "98,2", 98.2, "percent", "%", "tỷ lệ giải ngân vốn bồi thường", location="Quảng Trị"),
    F("đứng thứ 1", "1", 1, "rank", "hạng", "giải ngân vốn bồi thường", location="Quảng Trị"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "giải ngân vốn bồi thường", location="Hà Tĩnh"),
    F("2 và 3", "3", 3, "rank", "hạng", "giải ngân vốn bồi thường", location="Nghệ An"),
    F("tiếp nhận 1.284 đơn", "1.284", 1284, "count", "đơn",
      "đơn khiếu nại, kiến nghị liên quan đến bồi thường", M10b,
      change=CH("decrease", 9.4, baseline="cùng kỳ")),
    F("giải quyết 1.106 đơn", "1.106", 1106, "count", "đơn", "đơn khiếu nại, kiến nghị đã giải quyết", M10b,
      percent=86.1),
    F("có 100% khu", "100", 100, "percent", "%",
      "khu tái định cư được xây dựng đồng bộ hạ tầng trước khi thu hồi đất",
      P("đến năm 2025", end="2025-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT): national BT, HT, TĐC results, 'Thứ Năm, 21/11/2024 | 14:05'. Location Việt Nam; provinces in",
    "lists and ranks go to location. Distractors: Luật Đất đai số 31/2024/QH15, Nghị định số 88/2024/NĐ-CP, 'Luật Đất đai 2024',",
    "'giai đoạn 2021 - 2025' (programme name), 'cao tốc Bắc - Nam', hotline 024.3795.6868, '(MONRE)'.",
    "'Trong đó, … chiếm khoảng 61%' is a share with no base amount of its own: a percent figure, estimate (continues 'ước đạt').",
    "The bracketed provinces after 'khoảng 24,8 ha' do not add up to it and follow no part cue: no total.",
    "The expressway paragraph states no period of its own: the as-of date of the lead is inherited (unscored).",
    "'Cũng trong 10 tháng' takes 2024 from the earlier '10 tháng năm 2024'. 'mục tiêu đến năm 2025' → target ending 2025-12-31.",
]

emit("p685-4", TEXT, COMMENTS, FIGS, published="2024-11-21", location="Việt Nam")
