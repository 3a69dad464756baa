from lib import F, P, write

TEXT = """Cổng Thông tin điện tử tỉnh Hà Giang
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hệ thống truyền thanh cơ sở phát huy hiệu quả ở vùng cao
Cập nhật: 14/10/2024 08:15 | Lượt xem: 2.314

(HGP) - 9 tháng năm 2024, hệ thống thông tin cơ sở trên địa bàn tỉnh Hà Giang tiếp tục được củng cố, trở thành kênh thông tin thiết yếu đến với đồng bào các dân tộc vùng cao, biên giới.

Theo Sở Thông tin và Truyền thông, tính đến ngày 30/9/2024, toàn tỉnh có 185 đài truyền thanh cấp xã, trong đó 118 đài đã ứng dụng công nghệ thông tin - viễn thông (chiếm 63,8%) với 642 cụm loa thông minh. Hệ thống đã phủ sóng 176/193 xã, phường, thị trấn, đạt 91,2%. Trong 9 tháng, các đài truyền thanh cấp xã đã phát 15.480 tin, bài, tăng 12,6% so với cùng kỳ; tổng thời lượng phát sóng ước đạt 21.350 giờ.

Đài Phát thanh và Truyền hình tỉnh sản xuất 1.386 chương trình phát thanh tiếng dân tộc với tổng thời lượng 20.790 phút, gồm tiếng Mông 8.640 phút, tiếng Dao 6.480 phút và tiếng Tày 5.670 phút, được tiếp sóng trên loa của các xã.

Một số huyện có tỷ lệ đài xã ứng dụng công nghệ thông tin - viễn thông cao là Quản Bạ (100%), Yên Minh (88,9%), Bắc Mê (84,6%); thấp nhất là Hoàng Su Phì với 41,7%.

Tổng kinh phí đầu tư cho hệ thống truyền thanh cơ sở từ đầu năm đến nay khoảng 18,7 tỷ đồng, trong đó nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi là 12,4 tỷ đồng.

Thực hiện Quyết định số 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ, tỉnh phấn đấu đến hết năm 2025 có 100% xã, phường, thị trấn có đài truyền thanh, trong đó ít nhất 80% số đài ứng dụng công nghệ thông tin - viễn thông.

Mọi ý kiến phản ánh về hoạt động truyền thanh cơ sở xin gửi về Phòng Thông tin cơ sở, điện thoại 0219.3866.125.
Minh Anh
"""

H = "Hà Giang"
Q3 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
T25 = P("đến hết năm 2025", None, "2025-12-31")
SUBJ_RATE = "tỷ lệ đài xã ứng dụng công nghệ thông tin - viễn thông"

figs = [
    F("có 185 đài", "185", "count", "đài truyền thanh cấp xã", "đài truyền thanh cấp xã", period=Q3),
    F("trong đó 118 đài", "118", "count", "đài", "đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông",
      total=185, percent=63.8, period=Q3),
    F("với 642 cụm loa", "642", "count", "cụm loa thông minh", "cụm loa thông minh", period=Q3),
    F("phủ sóng 176/193", "176", "count", "xã, phường, thị trấn", "xã, phường, thị trấn được hệ thống phủ sóng",
      total=193, percent=91.2, period=P("tính đến ngày 30/9/2024", None, "2024-09-30", True)),
    F("phát 15.480 tin, bài", "15.480", "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã đã phát",
      change={"direction": "increase", "value": 12.6, "unit": "%", "baseline": "cùng kỳ"}, period=M9),
    F("ước đạt 21.350 giờ", "21.350", "measure", "giờ", "tổng thời lượng phát sóng", status="estimate", period=M9),
    F("sản xuất 1.386 chương trình", "1.386", "count", "chương trình", "chương trình phát thanh tiếng dân tộc",
      period=M9i),
    F("thời lượng 20.790 phút", "20.790", "measure", "phút", "tổng thời lượng chương trình phát thanh tiếng dân tộc",
      period=M9i),
    F("tiếng Mông 8.640 phút", "8.640", "measure", "phút", "thời lượng phát thanh tiếng Mông", total=20790, period=M9i),
    F("tiếng Dao 6.480 phút", "6.480", "measure", "phút", "thời lượng phát thanh tiếng Dao", total=20790, period=M9i),
    F("tiếng Tày 5.670 phút", "5.670", "measure", "phút", "thời lượng phát thanh tiếng Tày", total=20790, period=M9i),
    F("Quản Bạ (100%)", "100", "percent", "%", SUBJ_RATE, location="Quản Bạ", period=M9i),
    F("Yên Minh (88,9%)", "88,9", "percent", "%", SUBJ_RATE, location="Yên Minh", period=M9i),
    F("Bắc Mê (84,6%)", "84,6", "percent", "%", SUBJ_RATE, location="Bắc Mê", period=M9i),
    F("Hoàng Su Phì với 41,7%", "41,7", "percent", "%", SUBJ_RATE, location="Hoàng Su Phì", period=M9i),
    F("khoảng 18,7 tỷ đồng", "18,7", "money", "đồng", "tổng kinh phí đầu tư cho hệ thống truyền thanh cơ sở",
      approx="about", period=YTD),
    F("là 12,4 tỷ đồng", "12,4", "money", "đồng",
      "kinh phí nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
      total=18.7e9, period=YTD),
    F("có 100% xã", "100", "percent", "%", "xã, phường, thị trấn có đài truyền thanh", status="target", period=T25),
    F("ít nhất 80% số đài", "80", "percent", "%", "đài ứng dụng công nghệ thông tin - viễn thông", approx="at_least",
      status="target", period=T25),
]

write("p358-1", [
    "Cổng TTĐT tỉnh Hà Giang (HGP tag): truyền thanh cơ sở 9 tháng năm 2024 — đài xã, cụm loa thông minh, tin bài, phút tiếng dân tộc, kinh phí.",
    "Dateline 'Cập nhật: 14/10/2024 08:15' then a view counter (furniture). Distractors: Quyết định số 135/QĐ-TTg ngày 20/01/2020, phone 0219.3866.125.",
    "118 đài after 'trong đó' is part of 185 đài (same thing, same as-of date) with its share (chiếm 63,8%). 176/193 with 'đạt 91,2%' as percent.",
    "Language parts after 'gồm' add up to 20.790 phút: total. District list items: place = location, subject = the list's indicator.",
    "'từ đầu năm đến nay' ends at the dateline (2024-10-14). 'đến hết năm 2025' targets: start null. Year-less 'Trong 9 tháng' takes 2024.",
], TEXT, figs, published="2024-10-14", location=H)
