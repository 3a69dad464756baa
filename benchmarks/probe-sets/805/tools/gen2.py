"""p805-2: huyện Thường Tín (Hà Nội) district portal, thêu Quất Động, 10 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN
Trang chủ / Kinh tế - Xã hội
Quất Động giữ nghề thêu truyền thống
Ngày đăng: 16/11/2023 15:05

Thường Tín là huyện có nhiều làng nghề nhất thành phố Hà Nội với 126 làng có nghề, trong đó 48 làng được UBND thành phố công nhận danh hiệu làng nghề truyền thống. Riêng nghề thêu có 12 làng, tập trung ở các xã Quất Động, Thắng Lợi, Dũng Tiến, Nghiêm Xuyên.

Xã Quất Động hiện có 1.150 hộ, trong đó khoảng 780 hộ làm nghề thêu, chiếm 67,8% tổng số hộ toàn xã. Nghề thêu thu hút khoảng 2.300 lao động thường xuyên, trong đó có 600 lao động đến từ các xã lân cận.

10 tháng năm 2023, giá trị sản xuất hàng thêu của xã ước đạt 168 tỷ đồng, tăng 9,5% so với cùng kỳ năm 2022. Hàng xuất khẩu chiếm khoảng 60% giá trị sản xuất, chủ yếu sang Nhật Bản, Hàn Quốc và châu Âu. Thu nhập bình quân của thợ thêu đạt 5,5 triệu đồng/người/tháng; thợ lành nghề có thu nhập 8-10 triệu đồng/tháng.

Từ đầu năm đến nay, huyện đã mở 5 lớp dạy nghề thêu ren tại các xã; 175 lao động nông thôn được đào tạo, đạt 100% kế hoạch. Dự kiến năm 2024, huyện mở thêm hai lớp thêu nâng cao cho thợ trẻ.

Phấn đấu đến năm 2025, giá trị sản xuất hàng thêu của xã Quất Động đạt trên 200 tỷ đồng, 100% cơ sở sản xuất bảo đảm vệ sinh môi trường.

Bà Nguyễn Thị Hương, Chủ tịch Hội thêu xã cho biết, hội đang xây dựng phòng trưng bày sản phẩm tại thôn Quất Động 2, cạnh Đường tỉnh 427, để giới thiệu sản phẩm tới du khách.

Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-16")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("với 126 làng", "126", "count", "làng", "làng có nghề"),
    F("trong đó 48 làng", "48", "count", "làng", "làng nghề truyền thống được thành phố công nhận", total=126),
    F("có 12 làng", "12", "count", "làng", "làng nghề thêu"),
    F("có 1.150 hộ", "1.150", "count", "hộ", "hộ toàn xã Quất Động"),
    F("khoảng 780 hộ", "780", "count", "hộ", "hộ làm nghề thêu", approx="about", total=1150, percent=67.8),
    F("khoảng 2.300 lao động", "2.300", "count", "lao động", "lao động nghề thêu thường xuyên", approx="about"),
    F("có 600 lao động", "600", "count", "lao động", "lao động đến từ các xã lân cận", total=2300),
    F("ước đạt 168 tỷ đồng", "168", "money", "đồng", "giá trị sản xuất hàng thêu", mult=10**9, status="estimate",
      change=C("increase", 9.5, baseline="cùng kỳ năm 2022"), period=M10),
    F("khoảng 60%", "60", "percent", "%", "tỷ trọng hàng xuất khẩu trong giá trị sản xuất", approx="about",
      period=I(M10)),
    F("đạt 5,5 triệu đồng/người/tháng", "5,5", "money", "đồng/người/tháng", "thu nhập bình quân của thợ thêu",
      mult=10**6),
    F("8-10 triệu đồng/tháng", "8", "money", "đồng/tháng", "thu nhập của thợ lành nghề", mult=10**6, vmax="10"),
    F("mở 5 lớp", "5", "count", "lớp", "lớp dạy nghề thêu ren", period=YTD),
    F("175 lao động", "175", "count", "lao động", "lao động nông thôn được đào tạo", percent=100, period=YTD),
    F("thêm hai lớp", "hai", "count", "lớp", "lớp thêu nâng cao cho thợ trẻ", status="forecast",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 200 tỷ đồng", "200", "money", "đồng", "giá trị sản xuất hàng thêu của xã Quất Động", mult=10**9,
      approx="over", status="target", period=TO25),
    F("100% cơ sở", "100", "percent", "%", "cơ sở sản xuất bảo đảm vệ sinh môi trường", status="target", period=TO25),
]

COMMENTS = [
    "District portal (huyện Thường Tín, Hà Nội): thêu Quất Động; villages, households, workers, production value, classes.",
    "Location is the district for every figure (xã Quất Động lies in it). 'Riêng nghề thêu có 12 làng' has no part-of cue: no total.",
    "'Từ đầu năm đến nay' ends at the dateline 16/11/2023. 'thôn Quất Động 2', 'Đường tỉnh 427' are names.",
    "'đạt 100% kế hoạch' is the share of the 175 trained workers (its own clause), not of the 5 classes.",
]

write("p805-2", TEXT, FIGS, COMMENTS, published="2023-11-16", location="Thường Tín")
