"""p773-1: Quảng Bình province portal, wheelchairs and assistive devices, 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Quảng Bình
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Quảng Bình trao tặng 1.150 xe lăn cho người khuyết tật trong 6 tháng đầu năm

Cập nhật: 08/07/2024 10:25
Lượt xem: 1.874

Theo Sở Lao động - Thương binh và Xã hội, tính đến ngày 30/6/2024, toàn tỉnh có 27.436 người khuyết tật, trong đó 8.912 người khuyết tật đặc biệt nặng và nặng, chiếm 32,5%.

Trong 6 tháng đầu năm 2024, các cơ quan, tổ chức đã trao tặng 1.150 xe lăn, tăng 18,6% so với cùng kỳ năm 2023, cùng 640 dụng cụ trợ giúp khác như nạng, khung tập đi, máy trợ thính. Nhiều nhất là huyện Lệ Thủy (265 chiếc), tiếp đến Quảng Ninh (190 chiếc), Bố Trạch (172 chiếc) và thị xã Ba Đồn (148 chiếc). Tổng kinh phí mua sắm ước khoảng 3,45 tỷ đồng, bình quân 3 triệu đồng/chiếc; trong đó nguồn xã hội hóa chiếm 62%.

Về phục hồi chức năng dựa vào cộng đồng, hiện có 98/151 xã, phường, thị trấn triển khai chương trình, đạt 64,9%; phấn đấu đến năm 2025 nâng tỷ lệ này lên 80%. Trong 6 tháng, 2.315 lượt người khuyết tật được khám sàng lọc, 436 trẻ em khuyết tật được can thiệp sớm tại Trung tâm Bảo trợ xã hội tỉnh.

Nhân dịp kỷ niệm Ngày Người khuyết tật Việt Nam 18/4, UBND tỉnh đã tặng Bằng khen cho 12 tập thể và 25 cá nhân có thành tích trong công tác trợ giúp người khuyết tật theo Quyết định số 1024/QĐ-UBND.

Mọi thông tin xin liên hệ Phòng Bảo trợ xã hội, số 6 đường Hùng Vương, TP Đồng Hới; điện thoại 0232.3822.615.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
XL = "xe lăn trao tặng cho người khuyết tật"

FIGS = [
    F("trao tặng 1.150 xe lăn cho", "1.150", 1150, "count", "xe lăn", XL,
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("có 27.436 người", "27.436", 27436, "count", "người khuyết tật", "người khuyết tật", ASOF),
    F("trong đó 8.912 người", "8.912", 8912, "count", "người khuyết tật",
      "người khuyết tật đặc biệt nặng và nặng", ASOF, total=27436, percent=32.5),
    F("trao tặng 1.150 xe lăn, tăng", "1.150", 1150, "count", "xe lăn", XL, H1,
      change=CH("increase", 18.6, baseline="cùng kỳ năm 2023")),
    F("cùng 640 dụng cụ", "640", 640, "count", "dụng cụ trợ giúp",
      "dụng cụ trợ giúp khác như nạng, khung tập đi, máy trợ thính", H1),
    F("Lệ Thủy (265 chiếc)", "265", 265, "count", "chiếc", XL, I(H1), location="Lệ Thủy"),
    F("Quảng Ninh (190 chiếc)", "190", 190, "count", "chiếc", XL, I(H1), location="Quảng Ninh"),
    F("Bố Trạch (172 chiếc)", "172", 172, "count", "chiếc", XL, I(H1), location="Bố Trạch"),
    F("Ba Đồn (148 chiếc)", "148", 148, "count", "chiếc", XL, I(H1), location="Ba Đồn"),
    F("ước khoảng 3,45 tỷ đồng", "3,45", 3450000000, "money", "đồng", "tổng kinh phí mua sắm",
      I(H1), approx="about", status="estimate"),
    F("bình quân 3 triệu đồng/chiếc", "3", 3000000, "money", "đồng/chiếc", "kinh phí mua sắm bình quân mỗi chiếc xe lăn",
      I(H1), status="estimate"),
    F("xã hội hóa chiếm 62%", "62", 62, "percent", "%", "nguồn xã hội hóa trong tổng kinh phí mua sắm",
      I(H1), status="estimate"),
    F("hiện có 98/151 xã", "98", 98, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn triển khai chương trình phục hồi chức năng dựa vào cộng đồng",
      total=151, percent=64.9),
    F("lên 80%", "80", 80, "percent", "%",
      "tỷ lệ xã, phường, thị trấn triển khai chương trình phục hồi chức năng dựa vào cộng đồng",
      P("đến năm 2025", end="2025-12-31"), status="target"),
    F("2.315 lượt", "2.315", 2315, "count", "lượt người khuyết tật", "lượt người khuyết tật được khám sàng lọc",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("436 trẻ em", "436", 436, "count", "trẻ em khuyết tật", "trẻ em khuyết tật được can thiệp sớm",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("cho 12 tập thể", "12", 12, "count", "tập thể",
      "tập thể được tặng Bằng khen có thành tích trong công tác trợ giúp người khuyết tật"),
    F("25 cá nhân", "25", 25, "count", "cá nhân",
      "cá nhân được tặng Bằng khen có thành tích trong công tác trợ giúp người khuyết tật"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình: xe lăn, dụng cụ trợ giúp và phục hồi chức năng dựa vào cộng đồng, 6 tháng đầu năm 2024.",
    "Headline '6 tháng đầu năm' takes the year of published (nothing earlier). District list items: location = district, no total",
    "(no cue, do not add up to 1.150). 'ước khoảng' governs the kinh phí clause and the clauses continuing it (bình quân, trong đó).",
    "Not figures: Lượt xem 1.874, 18/4, Quyết định số 1024/QĐ-UBND, số 6 đường Hùng Vương, phone 0232.3822.615.",
]

if __name__ == "__main__":
    emit("p773-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Quảng Bình")
