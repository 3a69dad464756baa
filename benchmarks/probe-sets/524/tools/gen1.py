"""p524-1: province portal (Bình Dương), social housing progress to 30/6/2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xây dựng
Bình Dương: Hơn 11.000 căn nhà ở xã hội đã đưa vào sử dụng
Cập nhật: 15/07/2024 10:25 | Lượt xem: 3.482

Theo Sở Xây dựng tỉnh Bình Dương, tính đến ngày 30/6/2024, toàn tỉnh có 28 dự án nhà ở xã hội đang triển khai với quy mô khoảng 40.500 căn, tổng vốn đầu tư hơn 18.652,4 tỷ đồng. Trong đó, 9 dự án đã hoàn thành với 11.240 căn; 12 dự án đang thi công với 19.860 căn; 7 dự án đang hoàn thiện thủ tục đầu tư.

Các dự án tập trung chủ yếu tại TP. Thuận An (8 dự án), TP. Dĩ An (7 dự án), TX. Bến Cát (6 dự án) và TP. Thủ Dầu Một (4 dự án); còn lại thuộc huyện Bàu Bàng và Bắc Tân Uyên. Giá bán nhà ở xã hội trên địa bàn dao động từ 9,5 đến 12,8 triệu đồng/m², thấp hơn khoảng 30% so với nhà ở thương mại cùng khu vực.

Riêng 6 tháng đầu năm 2024, tỉnh đã khởi công mới 3 dự án với 4.350 căn và hoàn thành 2 dự án với 2.120 căn, tăng 18,5% so với cùng kỳ năm 2023. Ngân hàng Chính sách xã hội chi nhánh tỉnh đã giải ngân 412,6 tỷ đồng, đạt 68,8% kế hoạch năm, cho 1.286 khách hàng vay mua, thuê mua nhà ở xã hội; lãi suất cho vay 6,6%/năm.

Theo Kế hoạch số 1823/KH-UBND, tỉnh phấn đấu đến năm 2025 hoàn thành 45.000 căn nhà ở xã hội, đến năm 2030 đạt 86.900 căn và nâng diện tích nhà ở bình quân toàn tỉnh lên 35 m² sàn/người.

Người dân có nhu cầu liên hệ Sở Xây dựng, tầng 8, tháp A, Trung tâm Hành chính tỉnh, đường Lê Lợi, phường Hòa Phú, TP. Thủ Dầu Một; điện thoại 0274.3822.315.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SH = "dự án nhà ở xã hội"

FIGS = [
    F("Hơn 11.000 căn", "11.000", 11000, "count", "căn", "căn nhà ở xã hội đã đưa vào sử dụng", approx="over"),
    F("có 28 dự án", "28", 28, "count", "dự án", "dự án nhà ở xã hội đang triển khai", ASOF),
    F("khoảng 40.500 căn", "40.500", 40500, "count", "căn", "quy mô dự án nhà ở xã hội đang triển khai", ASOF, approx="about"),
    F("hơn 18.652,4 tỷ đồng", "18.652,4", 18652400000000, "money", "đồng", "tổng vốn đầu tư dự án nhà ở xã hội", ASOF, approx="over"),
    F("9 dự án đã hoàn thành", "9", 9, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", I(ASOF), total=28),
    F("với 11.240 căn", "11.240", 11240, "count", "căn", "căn nhà ở xã hội đã hoàn thành", I(ASOF), total=40500),
    F("12 dự án đang thi công", "12", 12, "count", "dự án", "dự án nhà ở xã hội đang thi công", I(ASOF), total=28),
    F("với 19.860 căn", "19.860", 19860, "count", "căn", "căn nhà ở xã hội đang thi công", I(ASOF), total=40500),
    F("7 dự án đang hoàn thiện", "7", 7, "count", "dự án", "dự án nhà ở xã hội đang hoàn thiện thủ tục đầu tư", I(ASOF), total=28),
    F("Thuận An (8 dự án)", "8", 8, "count", "dự án", SH, location="Thuận An"),
    F("Dĩ An (7 dự án)", "7", 7, "count", "dự án", SH, location="Dĩ An"),
    F("Bến Cát (6 dự án)", "6", 6, "count", "dự án", SH, location="Bến Cát"),
    F("Thủ Dầu Một (4 dự án)", "4", 4, "count", "dự án", SH, location="Thủ Dầu Một"),
    F("từ 9,5 đến 12,8 triệu đồng/m²", "9,5", 9500000, "money", "đồng/m²", "giá bán nhà ở xã hội",
      value_max=12800000, change=CH("decrease", 30, "%", "nhà ở thương mại cùng khu vực", approx="about")),
    F("khởi công mới 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở xã hội khởi công mới", H1),
    F("với 4.350 căn", "4.350", 4350, "count", "căn", "căn nhà ở xã hội khởi công mới", H1),
    F("hoàn thành 2 dự án", "2", 2, "count", "dự án", "dự án nhà ở xã hội hoàn thành", H1),
    F("với 2.120 căn", "2.120", 2120, "count", "căn", "căn nhà ở xã hội hoàn thành", H1,
      change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("giải ngân 412,6 tỷ đồng", "412,6", 412600000000, "money", "đồng",
      "vốn Ngân hàng Chính sách xã hội giải ngân cho vay nhà ở xã hội", percent=68.8),
    F("cho 1.286 khách hàng", "1.286", 1286, "count", "khách hàng", "khách hàng vay mua, thuê mua nhà ở xã hội"),
    F("cho vay 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay mua, thuê mua nhà ở xã hội"),
    F("hoàn thành 45.000 căn", "45.000", 45000, "count", "căn", "căn nhà ở xã hội hoàn thành", T25, status="target"),
    F("đạt 86.900 căn", "86.900", 86900, "count", "căn", "căn nhà ở xã hội hoàn thành", T30, status="target"),
    F("lên 35 m² sàn/người", "35", 35, "measure", "m² sàn/người", "diện tích nhà ở bình quân toàn tỉnh", T30, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Dương (province portal): nhà ở xã hội tính đến 30/6/2024, 6 tháng đầu năm 2024, targets 2025/2030.",
    "Breadcrumb, 'Cập nhật: 15/07/2024 10:25', 'Lượt xem: 3.482' (counter). Distractors: Kế hoạch số 1823/KH-UBND, tầng 8, tháp A,",
    "phone 0274.3822.315, dates. Parts after 'Trong đó': dự án parts take 28, căn parts take 40.500 (same thing counted).",
    "District list in brackets (8+7+6+4 = 25 ≠ 28, no cue) gets no total; each item's place is its location.",
    "'thấp hơn khoảng 30% so với nhà ở thương mại' is the change of the price range. 6,6%/năm: percent, unit '%'.",
]

if __name__ == "__main__":
    emit("p524-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Bình Dương")
