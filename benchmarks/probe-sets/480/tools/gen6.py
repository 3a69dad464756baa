"""p480-6: national press (VnExpress style), Hà Nội blood stock shortage in summer 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Sức khỏe

Kho máu Hà Nội chỉ còn đủ dùng 5 ngày

Thứ ba, 16/7/2024, 06:30 (GMT+7)

Lượng máu dự trữ tại Viện Huyết học - Truyền máu Trung ương giảm còn khoảng 6.000 đơn vị, chỉ bằng 50% mức dự trữ an toàn, trong khi mỗi ngày các bệnh viện cần 1.500-1.800 đơn vị.

TS Lê Minh Quân, Phó viện trưởng, cho biết từ đầu tháng 6 đến nay, lượng người hiến máu giảm 25-30% so với các tháng trước do sinh viên nghỉ hè, nhiều điểm hiến máu lưu động tại trường đại học phải tạm dừng. Trong tuần qua, Viện chỉ tiếp nhận 5.300 đơn vị máu, trong khi đã cấp phát cho 180 bệnh viện hơn 8.600 đơn vị.

Đáng lo ngại nhất là nhóm máu O và A, hiện chỉ còn lần lượt khoảng 1.400 và 1.700 đơn vị. Nhóm máu O chiếm khoảng 40% nhu cầu điều trị.

Năm 2023, Viện tiếp nhận 476.300 đơn vị máu, tăng 3,2% so với năm 2022. 7 tháng đầu năm nay, con số này ước đạt 265.000 đơn vị, tương đương 53% kế hoạch 500.000 đơn vị.

Nhờ các chương trình Lễ hội Xuân hồng, Chủ nhật Đỏ, Hà Nội hiện có tỷ lệ người dân hiến máu đạt 3,1% dân số, cao nhất cả nước, song lượng máu vẫn chưa đủ cho 44 tỉnh, thành phía Bắc mà Viện đảm nhận cung cấp.

Người dân có thể hiến máu tại số 26 Phạm Văn Bạch (quận Cầu Giấy) hoặc các điểm hiến máu cố định tại 132 Quán Thánh, 1 Nguyễn Đình Chiểu, từ 7h30 đến 17h hằng ngày, kể cả thứ bảy và chủ nhật; đường dây nóng 1900 9095.

Lê Nga
"""

SINCE = P("từ đầu tháng 6 đến nay", "2024-06-01", "2024-07-16")

FIGS = [
    F("đủ dùng 5 ngày", "5", 5, "measure", "ngày", "kho máu Hà Nội còn đủ dùng"),
    F("khoảng 6.000 đơn vị", "6.000", 6000, "count", "đơn vị", "lượng máu dự trữ tại Viện Huyết học - Truyền máu Trung ương",
      approx="about", percent=50),
    F("cần 1.500-1.800 đơn vị", "1.500", 1500, "count", "đơn vị", "đơn vị máu các bệnh viện cần mỗi ngày", value_max=1800),
    F("giảm 25-30%", "25", 25, "percent", "%", "lượng người hiến máu giảm so với các tháng trước", SINCE, value_max=30),
    F("tiếp nhận 5.300 đơn vị máu", "5.300", 5300, "count", "đơn vị máu", "đơn vị máu Viện tiếp nhận trong tuần qua"),
    F("cho 180 bệnh viện", "180", 180, "count", "bệnh viện", "bệnh viện được cấp phát máu"),
    F("hơn 8.600 đơn vị", "8.600", 8600, "count", "đơn vị", "đơn vị máu đã cấp phát", approx="over"),
    F("khoảng 1.400", "1.400", 1400, "count", "đơn vị", "đơn vị máu nhóm O còn trong kho", approx="about"),
    F("và 1.700 đơn vị", "1.700", 1700, "count", "đơn vị", "đơn vị máu nhóm A còn trong kho", approx="about"),
    F("khoảng 40%", "40", 40, "percent", "%", "nhóm máu O trong nhu cầu điều trị", approx="about"),
    F("tiếp nhận 476.300 đơn vị máu", "476.300", 476300, "count", "đơn vị máu", "đơn vị máu Viện tiếp nhận",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 3.2, "%", "năm 2022")),
    F("ước đạt 265.000 đơn vị", "265.000", 265000, "count", "đơn vị", "đơn vị máu Viện tiếp nhận",
      P("7 tháng đầu năm nay", "2024-01-01", "2024-07-31"), percent=53, target=TG(500000, "đơn vị"),
      status="estimate"),
    F("đạt 3,1% dân số", "3,1", 3.1, "percent", "%", "tỷ lệ người dân hiến máu"),
    F("cho 44 tỉnh", "44", 44, "count", "tỉnh, thành", "tỉnh, thành phía Bắc mà Viện đảm nhận cung cấp máu",
      location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ ba, 16/7/2024, 06:30 (GMT+7)'): Hà Nội blood stock shortage, summer 2024.",
    "Distractors: (GMT+7), '26 Phạm Văn Bạch', '132 Quán Thánh', '1 Nguyễn Đình Chiểu', '7h30 đến 17h', hotline '1900 9095'.",
    "'đủ dùng 5 ngày' is the headline's claim (a measure), not a duration that locates a figure. 'chỉ bằng 50% mức dự trữ an toàn' is",
    "the share of 6.000. 'giảm 25-30%' has no base amount: a percent figure (range), no change. 'Trong tuần qua' and 'hiện' give no period.",
    "'lần lượt khoảng 1.400 và 1.700': 'khoảng' covers both items. 'ước đạt 265.000 ..., tương đương 53% kế hoạch 500.000 đơn vị':",
    "share 53, target 500.000 (the plan), status estimate; '7 tháng đầu năm nay' takes the year of the dateline.",
    "The Viện's stock and Hà Nội's rate are Hà Nội's; '44 tỉnh, thành phía Bắc' is a count of provinces -> Việt Nam.",
]

if __name__ == "__main__":
    emit("p480-6", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Hà Nội")
