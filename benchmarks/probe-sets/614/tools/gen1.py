from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe
Cập nhật: 18/07/2024 08:30 | Lượt xem: 1.482

An Giang: Tuần 28 ghi nhận 146 ca sốt xuất huyết, tăng 31 ca so với tuần trước

Theo báo cáo của Sở Y tế, trong tuần 28 (từ ngày 8/7 đến 14/7/2024), toàn tỉnh ghi nhận 146 ca mắc sốt xuất huyết, tăng 31 ca so với tuần trước. Cộng dồn từ đầu năm đến ngày 14/7/2024, toàn tỉnh có 2.317 ca mắc, tăng 18,6% so với cùng kỳ năm 2023; trong đó có 412 ca sốt xuất huyết nặng và 2 ca tử vong.

Các địa phương có số ca mắc cao gồm: thành phố Long Xuyên (468 ca), huyện Chợ Mới (395 ca), huyện Châu Phú (287 ca) và thị xã Tân Châu (214 ca). Trẻ em dưới 15 tuổi chiếm khoảng 62% tổng số ca mắc.

Từ đầu năm đến nay, ngành y tế đã phát hiện và xử lý 184/191 ổ dịch, đạt 96,3%; tổ chức 3 đợt chiến dịch diệt lăng quăng tại 156 xã, phường, thị trấn với hơn 285.000 hộ gia đình được kiểm tra. Kết quả giám sát côn trùng cho thấy chỉ số nhà có lăng quăng (HI) dao động từ 12 đến 18%, cao hơn ngưỡng cảnh báo.

Ông Trần Văn Hải, Phó Giám đốc Sở Y tế, cho biết tỉnh đã bố trí 4,5 tỷ đồng kinh phí phòng, chống dịch năm 2024, trong đó 1,2 tỷ đồng dành cho mua hóa chất diệt muỗi. Thực hiện Công văn số 2145/SYT-NVY, tỉnh phấn đấu giảm 10% số ca mắc so với năm 2023, không để dịch lớn xảy ra.

Người dân có dấu hiệu sốt cao liên tục từ 2 đến 7 ngày cần đến ngay cơ sở y tế hoặc gọi đường dây nóng 0296.3852.115 để được tư vấn.
"""

WEEK = P("tuần 28 (từ ngày 8/7 đến 14/7/2024)", "2024-07-08", "2024-07-14")
CUM = P("Cộng dồn từ đầu năm đến ngày 14/7/2024", "2024-01-01", "2024-07-14")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
WK_CH = CH("increase", 31, "ca", "tuần trước")

FIGS = [
    F("Tuần 28 ghi nhận 146 ca", "146", 146, "count", "ca", "ca sốt xuất huyết",
      P("Tuần 28", "2024-07-08", "2024-07-14"), change=WK_CH),
    F("toàn tỉnh ghi nhận 146 ca mắc", "146", 146, "count", "ca", "ca mắc sốt xuất huyết", WEEK, change=WK_CH),
    F("có 2.317 ca mắc", "2.317", 2317, "count", "ca", "ca mắc sốt xuất huyết cộng dồn", CUM,
      change=CH("increase", 18.6, "%", "cùng kỳ năm 2023")),
    F("có 412 ca sốt xuất huyết nặng", "412", 412, "count", "ca", "ca sốt xuất huyết nặng", CUM, total=2317),
    F("nặng và 2 ca tử vong", "2", 2, "count", "ca", "ca tử vong do sốt xuất huyết", CUM, total=2317),
    F("Long Xuyên (468 ca)", "468", 468, "count", "ca", "số ca mắc sốt xuất huyết", I(CUM), location="Long Xuyên"),
    F("Chợ Mới (395 ca)", "395", 395, "count", "ca", "số ca mắc sốt xuất huyết", I(CUM), location="Chợ Mới"),
    F("Châu Phú (287 ca)", "287", 287, "count", "ca", "số ca mắc sốt xuất huyết", I(CUM), location="Châu Phú"),
    F("Tân Châu (214 ca)", "214", 214, "count", "ca", "số ca mắc sốt xuất huyết", I(CUM), location="Tân Châu"),
    F("dưới 15 tuổi", "15", 15, "measure", "tuổi", approx="under", optional=True),
    F("chiếm khoảng 62%", "62", 62, "percent", "%", "trẻ em dưới 15 tuổi trong tổng số ca mắc", I(CUM), approx="about"),
    F("xử lý 184/191 ổ dịch", "184", 184, "count", "ổ dịch", "ổ dịch được phát hiện và xử lý", YTD,
      total=191, percent=96.3),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt chiến dịch diệt lăng quăng", YTD),
    F("tại 156 xã", "156", 156, "count", "xã, phường, thị trấn", "xã, phường, thị trấn tổ chức chiến dịch diệt lăng quăng", YTD),
    F("hơn 285.000 hộ", "285.000", 285000, "count", "hộ gia đình", "hộ gia đình được kiểm tra", YTD, approx="over"),
    F("từ 12 đến 18%", "12", 12, "percent", "%", "chỉ số nhà có lăng quăng (HI)", value_max=18),
    F("bố trí 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "kinh phí phòng, chống dịch", Y24),
    F("trong đó 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí mua hóa chất diệt muỗi", Y24, total=4.5e9),
    F("giảm 10% số ca", "10", 10, "percent", "%", "giảm số ca mắc so với năm 2023", status="target"),
    F("từ 2 đến 7 ngày", "2", 2, "measure", "ngày", "sốt cao liên tục", value_max=7, optional=True),
]

COMMENTS = [
    "Probe 614-1. Province portal (An Giang): weekly dengue update, tuần 28/2024. Breadcrumb, Cập nhật line, Lượt xem counter.",
    "Week periods: 'tuần 28' is dated by the article itself (8/7-14/7/2024), also in the headline. Deaths and severe cases after",
    "'trong đó' take the cumulative 2.317 as total. District list items: location = district, inherited period.",
    "Optional: ages (dưới 15 tuổi) and the symptom duration (từ 2 đến 7 ngày). Not figures: Công văn số 2145/SYT-NVY, hotline, dates.",
]

if __name__ == "__main__":
    emit("p614-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="An Giang")
