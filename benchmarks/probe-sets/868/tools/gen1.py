"""p868-1: Hải Dương province portal - clean-water output, loss rate, meters replaced, household bills (H1/2024)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Hải Dương: Tỷ lệ thất thoát nước sạch giảm còn 17,8%
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317

Theo báo cáo của Sở Xây dựng, 6 tháng đầu năm 2024, các đơn vị cấp nước trên địa bàn tỉnh Hải Dương đã sản xuất khoảng 42,6 triệu m3 nước sạch, tăng 6,4% so với cùng kỳ năm 2023; sản lượng nước thương phẩm ước đạt 35 triệu m3. Tỷ lệ thất thoát, thất thu nước sạch bình quân toàn tỉnh giảm còn 17,8%, thấp hơn 1,9 điểm phần trăm so với cuối năm 2023.

Hiện toàn tỉnh có 96 nhà máy, trạm cấp nước tập trung với tổng công suất thiết kế hơn 330.000 m3/ngày đêm. Tính đến 30/6/2024, có 452.380 hộ dân sử dụng nước sạch qua đồng hồ đo nước, trong đó khu vực nông thôn 318.905 hộ. Tỷ lệ dân số nông thôn được sử dụng nước sạch đạt chuẩn đạt 86,5%; khu vực đô thị đạt 100%.

Công ty cổ phần Kinh doanh nước sạch Hải Dương đã thay thế 14.620 đồng hồ nước cơ hết hạn kiểm định, đạt 73,1% kế hoạch năm; lắp mới 3.250 đồng hồ điện tử đọc chỉ số từ xa tại thành phố Hải Dương. Nhờ vậy, số hóa đơn tiền nước bị khiếu nại về chỉ số chỉ còn 41 trường hợp, giảm gần 60% so với cùng kỳ. Riêng tuyến ống truyền tải dọc Quốc lộ 5 đã được thay mới toàn bộ theo Quyết định số 1566/QĐ-UBND.

Giá nước sạch sinh hoạt bình quân đang áp dụng là 9.800 đồng/m3 (chưa gồm thuế và phí bảo vệ môi trường). Một hộ gia đình 4 người sử dụng trung bình khoảng 16 m3/tháng, tiền nước phải trả khoảng 180.000 đồng/tháng.

Mục tiêu đến năm 2025, tỷ lệ thất thoát, thất thu nước sạch của tỉnh giảm xuống dưới 15%; 100% hộ dân khu vực nông thôn được sử dụng nước sạch từ công trình cấp nước tập trung.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
LOSS = "tỷ lệ thất thoát, thất thu nước sạch"

FIGS = [
    F("nước sạch giảm còn 17,8%", "17,8", 17.8, "percent", "%", LOSS),
    F("khoảng 42,6 triệu m3", "42,6", 42_600_000, "measure", "m3", "nước sạch sản xuất", H1, approx="about",
      change=C("increase", 6.4, "%", "cùng kỳ năm 2023")),
    F("ước đạt 35 triệu m3", "35", 35_000_000, "measure", "m3", "sản lượng nước thương phẩm", H1, status="estimate"),
    F("toàn tỉnh giảm còn 17,8%", "17,8", 17.8, "percent", "%", LOSS + " bình quân", I(H1),
      change=C("decrease", 1.9, "điểm phần trăm", "cuối năm 2023")),
    F("có 96 nhà máy", "96", 96, "count", "nhà máy", "nhà máy, trạm cấp nước tập trung"),
    F("hơn 330.000 m3/ngày đêm", "330.000", 330_000, "measure", "m3/ngày đêm", "tổng công suất thiết kế", approx="over"),
    F("có 452.380 hộ", "452.380", 452_380, "count", "hộ", "hộ dân sử dụng nước sạch qua đồng hồ đo nước", ASOF),
    F("nông thôn 318.905 hộ", "318.905", 318_905, "count", "hộ", "hộ dân khu vực nông thôn sử dụng nước sạch qua đồng hồ",
      ASOF, total=452_380),
    F("đạt chuẩn đạt 86,5%", "86,5", 86.5, "percent", "%", "tỷ lệ dân số nông thôn được sử dụng nước sạch đạt chuẩn",
      I(ASOF)),
    F("đô thị đạt 100%", "100", 100, "percent", "%", "tỷ lệ dân số đô thị được sử dụng nước sạch đạt chuẩn", I(ASOF)),
    F("thay thế 14.620 đồng hồ", "14.620", 14_620, "count", "đồng hồ", "đồng hồ nước cơ hết hạn kiểm định được thay thế",
      I(H1), percent=73.1),
    F("lắp mới 3.250 đồng hồ", "3.250", 3_250, "count", "đồng hồ", "đồng hồ điện tử đọc chỉ số từ xa lắp mới", I(H1)),
    F("chỉ còn 41 trường hợp", "41", 41, "count", "trường hợp", "hóa đơn tiền nước bị khiếu nại về chỉ số", I(H1),
      change=C("decrease", 60, "%", "cùng kỳ", "nearly")),
    F("là 9.800 đồng/m3", "9.800", 9_800, "money", "đồng/m3", "giá nước sạch sinh hoạt bình quân"),
    F("hộ gia đình 4 người", "4", 4, "count", "người", "người trong một hộ gia đình", optional=True),
    F("khoảng 16 m3/tháng", "16", 16, "measure", "m3/tháng", "lượng nước hộ gia đình sử dụng trung bình", approx="about"),
    F("khoảng 180.000 đồng/tháng", "180.000", 180_000, "money", "đồng/tháng", "tiền nước hộ gia đình phải trả",
      approx="about"),
    F("giảm xuống dưới 15%", "15", 15, "percent", "%", LOSS, T25, approx="under", status="target"),
    F("100% hộ dân khu vực nông thôn", "100", 100, "percent", "%",
      "hộ dân khu vực nông thôn được sử dụng nước sạch từ công trình cấp nước tập trung", T25, status="target"),
]

NOTES = [
    "Province portal (Hải Dương): clean water H1/2024, loss rate, meters, household bill. Breadcrumb, 'Cập nhật: 18/07/2024 09:45', 'Lượt xem: 2.317' (counter).",
    "Distractors: Lượt xem, 09:45, Quốc lộ 5, Quyết định số 1566/QĐ-UBND, 'cuối năm 2023' (baseline), 'năm 2023' in 'cùng kỳ năm 2023'.",
    "Headline 17,8% has no period phrase; the body's 17,8% carries the change in 'điểm phần trăm'. 'Hiện' sentences have no period.",
    "'hộ gia đình 4 người' is the example household's specification: optional.",
]

write("p868-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Hải Dương")
