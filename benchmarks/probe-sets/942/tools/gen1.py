"""p942-1: Đồng Tháp province portal, Tràm Chim, quý I/2024."""
from lib import F, write, period, year, change, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường
Cập nhật: 05/04/2024 10:15 | Lượt xem: 2.316

Quý I, Tràm Chim đón 11 cá thể sếu đầu đỏ trở về

Theo Ban Quản lý Vườn quốc gia Tràm Chim, trong quý I/2024 đơn vị đã ghi nhận 11 cá thể sếu đầu đỏ về kiếm ăn tại các phân khu A1 và A5, tăng 7 cá thể so với cùng kỳ năm 2023. Cá thể đầu tiên được phát hiện lúc 6 giờ 30 sáng ngày 18/1. Đàn đông nhất có sáu cá thể, lưu lại khoảng 12 ngày. Số sếu về Vườn năm nay gấp gần 3 lần năm trước.

Để tạo sinh cảnh cho sếu, năm 2023 Vườn đã phục hồi 450 ha đồng cỏ năng, đạt 112,5% kế hoạch, trong đó phân khu A1 có 280 ha, phân khu A5 có 170 ha. Mực nước tại các vùng cỏ năng được duy trì ở mức 0,3-0,5 m, phù hợp tập tính đào củ năng của sếu. Hiện Vườn ghi nhận 232 loài chim, trong đó 16 loài có tên trong Sách đỏ thế giới.

Từ đầu năm đến nay, Vườn đón 28.540 lượt khách tham quan, tăng 18% so với cùng kỳ; doanh thu dịch vụ ước đạt 3,2 tỷ đồng. Tuyến đường từ Quốc lộ 30 vào Vườn đã được nâng cấp, mỗi tour ngắm sếu có giá 350.000 đồng/người.

Thực hiện Quyết định số 1284/QĐ-UBND ngày 20/10/2023 của UBND tỉnh Đồng Tháp, năm 2024 tỉnh đã bố trí 4,5 tỷ đồng cho công tác bảo tồn sếu, tăng 1,2 tỷ đồng so với năm 2023. Tỉnh phấn đấu đến năm 2030 có ít nhất 30 cá thể sếu về Tràm Chim mỗi năm và nâng diện tích đồng cỏ năng lên 1.200 ha.
"""

Q1 = period("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = year("năm 2023", 2023)
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-04-05")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Quý I, Tràm Chim đón 11 cá thể", "11", 11, "count", "cá thể", "sếu đầu đỏ về Tràm Chim",
      period("Quý I", "2024-01-01", "2024-03-31")),
    F("ghi nhận 11 cá thể sếu", "11", 11, "count", "cá thể", "sếu đầu đỏ về kiếm ăn", Q1,
      change=change("increase", 7, "cá thể", "cùng kỳ năm 2023")),
    F("có sáu cá thể", "sáu", 6, "count", "cá thể", "sếu trong đàn đông nhất",
      period("quý I/2024", "2024-01-01", "2024-03-31", inherited=True)),
    F("khoảng 12 ngày", "12", 12, "measure", "ngày", "thời gian lưu lại của đàn sếu",
      period("quý I/2024", "2024-01-01", "2024-03-31", inherited=True), approx="about"),
    F("gấp gần 3 lần", "3", 3, "multiple", "lần", "số sếu về Vườn năm nay so với năm trước",
      year("năm nay", 2024), approx="nearly"),
    F("phục hồi 450 ha", "450", 450, "measure", "ha", "đồng cỏ năng được phục hồi", Y23, percent=112.5),
    F("A1 có 280 ha", "280", 280, "measure", "ha", "đồng cỏ năng phục hồi tại phân khu A1", Y23, total=450),
    F("A5 có 170 ha", "170", 170, "measure", "ha", "đồng cỏ năng phục hồi tại phân khu A5", Y23, total=450),
    F("mức 0,3-0,5 m", "0,3", 0.3, "measure", "m", "mực nước tại các vùng cỏ năng", value_max=0.5),
    F("ghi nhận 232 loài", "232", 232, "count", "loài", "loài chim ghi nhận tại Vườn"),
    F("16 loài có tên", "16", 16, "count", "loài", "loài chim có tên trong Sách đỏ thế giới", total=232),
    F("đón 28.540 lượt khách", "28.540", 28540, "count", "lượt khách", "lượt khách tham quan", YTD,
      change=change("increase", 18, "%", "cùng kỳ")),
    F("ước đạt 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "doanh thu dịch vụ", YTD, status="estimate"),
    F("giá 350.000 đồng/người", "350.000", 350000, "money", "đồng/người", "giá tour ngắm sếu"),
    F("bố trí 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "kinh phí bảo tồn sếu", year("năm 2024", 2024),
      change=change("increase", 1.2e9, "đồng", "năm 2023")),
    F("ít nhất 30 cá thể", "30", 30, "count", "cá thể", "sếu về Tràm Chim mỗi năm", T30,
      approx="at_least", status="target"),
    F("lên 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích đồng cỏ năng", T30, status="target"),
]

NOTES = [
    "Đồng Tháp province portal: Tràm Chim National Park, red-crowned cranes in Q1/2024, cỏ năng habitat, visitors, budget, 2030 targets.",
    "The headline figure (11 cá thể, 'Quý I' without a year -> 2024 from the update line) and the body's 11 are both recorded.",
    "'sáu cá thể' and 'khoảng 12 ngày' take quý I/2024 from the previous sentence (inherited). 'gấp gần 3 lần' standing alone: multiple.",
    "Distractors: Lượt xem 2.316, phân khu A1/A5, 6 giờ 30, ngày 18/1, Quốc lộ 30, Quyết định số 1284/QĐ-UBND ngày 20/10/2023.",
]

write("p942-1", TEXT, FIGS, NOTES, published="2024-04-05", location="Đồng Tháp")
