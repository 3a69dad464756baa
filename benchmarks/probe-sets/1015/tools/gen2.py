"""p1015-2: huyện Bình Giang (Hải Dương) district portal, check of gold/silver shops at Châu Khê, 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH GIANG
Trang chủ / Tin tức - Sự kiện / Kinh tế

Kiểm tra hoạt động kinh doanh vàng bạc tại làng nghề Châu Khê

Thứ Năm, 14/09/2023 - 10:20

Thực hiện Kế hoạch số 86/KH-UBND của UBND huyện, từ ngày 21/8 đến ngày 8/9/2023, Đội Quản lý thị trường số 4 phối hợp với Phòng Kinh tế - Hạ tầng và Công an huyện kiểm tra 32/47 cơ sở kinh doanh vàng bạc trên địa bàn huyện.

Qua kiểm tra, đoàn phát hiện 11 cơ sở vi phạm (6 cơ sở không niêm yết giá, 3 cơ sở sử dụng cân chưa được kiểm định, 2 cơ sở không có hóa đơn, chứng từ chứng minh nguồn gốc hàng hóa), xử phạt vi phạm hành chính 64,5 triệu đồng. Đoàn cũng lấy 15 mẫu vàng trang sức để kiểm tra hàm lượng; kết quả có 2 mẫu không đạt, hàm lượng vàng thấp hơn mức công bố từ 1,5 đến 3%.

Châu Khê (xã Thúc Kháng) là làng nghề kim hoàn có lịch sử hơn 500 năm. Hiện làng có 19 cơ sở sản xuất, gia công vàng bạc với khoảng 320 lao động, thu nhập bình quân từ 8 đến 10 triệu đồng/người/tháng. Mỗi năm, các cơ sở cung cấp ra thị trường khoảng 1,2 tấn sản phẩm vàng bạc các loại; phần lớn cửa hàng nằm dọc Quốc lộ 38 và đường tỉnh 392.

Ông Nguyễn Văn Hai, Phó Chủ tịch UBND huyện cho biết, năm 2023 huyện đặt mục tiêu 100% cơ sở kinh doanh vàng bạc niêm yết giá công khai và sử dụng cân đã kiểm định. Dự kiến trong quý IV/2023, huyện sẽ tổ chức thêm 2 đợt kiểm tra tại các xã Thúc Kháng, Thái Học và thị trấn Kẻ Sặt, tập trung vào nguồn gốc hàng hóa và hóa đơn bán hàng.

Thu Hà (Trung tâm Văn hóa - Thông tin và Thể thao huyện)
"""

CAMP = P("từ ngày 21/8 đến ngày 8/9/2023", "2023-08-21", "2023-09-08")
FIG = [
    F("kiểm tra 32/47 cơ sở", "32", 32, "count", "cơ sở", "cơ sở kinh doanh vàng bạc được kiểm tra", CAMP, total=47),
    F("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở vi phạm", I(CAMP)),
    F("(6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở không niêm yết giá", I(CAMP), total=11),
    F("3 cơ sở sử dụng cân", "3", 3, "count", "cơ sở", "cơ sở sử dụng cân chưa được kiểm định", I(CAMP), total=11),
    F("2 cơ sở không có hóa đơn", "2", 2, "count", "cơ sở",
      "cơ sở không có hóa đơn, chứng từ chứng minh nguồn gốc hàng hóa", I(CAMP), total=11),
    F("hành chính 64,5 triệu đồng", "64,5", 64_500_000, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(CAMP)),
    F("lấy 15 mẫu", "15", 15, "count", "mẫu", "mẫu vàng trang sức lấy kiểm tra hàm lượng", I(CAMP)),
    F("có 2 mẫu", "2", 2, "count", "mẫu", "mẫu vàng trang sức không đạt hàm lượng", I(CAMP)),
    F("từ 1,5 đến 3%", "1,5", 1.5, "percent", "%", "hàm lượng vàng thấp hơn mức công bố", I(CAMP), value_max=3),
    F("lịch sử hơn 500 năm", "500", 500, "measure", "năm", "lịch sử làng nghề kim hoàn Châu Khê",
      approx="over", optional=True),
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở sản xuất, gia công vàng bạc"),
    F("khoảng 320 lao động", "320", 320, "count", "lao động", "lao động làng nghề", approx="about"),
    F("từ 8 đến 10 triệu", "8", 8_000_000, "money", "đồng/người/tháng", "thu nhập bình quân",
      value_max=10_000_000),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn", "sản phẩm vàng bạc cung cấp ra thị trường mỗi năm",
      approx="about"),
    F("mục tiêu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở kinh doanh vàng bạc niêm yết giá công khai và sử dụng cân đã kiểm định",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("thêm 2 đợt kiểm tra", "2", 2, "count", "đợt kiểm tra", "đợt kiểm tra tổ chức thêm",
      P("quý IV/2023", "2023-10-01", "2023-12-31"), status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Bình Giang (Hải Dương): kiểm tra cơ sở kinh doanh vàng bạc, làng nghề kim hoàn Châu Khê, 21/8-8/9/2023.",
    "Location: the district Bình Giang for all figures (Châu Khê / xã Thúc Kháng lie in it).",
    "'32/47' -> total 47; the bracketed breakdown 6 + 3 + 2 = 11 -> total 11. '15 mẫu ... có 2 mẫu không đạt': no part-of cue, no total.",
    "'thấp hơn mức công bố từ 1,5 đến 3%' has no base amount: a percent figure (range), no change.",
    "'lịch sử hơn 500 năm' (age of the craft village) is optional. 'Hiện', 'Mỗi năm' give no period.",
    "Not figures: Kế hoạch số 86/KH-UBND, 'Đội Quản lý thị trường số 4', 'Quốc lộ 38', 'đường tỉnh 392', 'Nguyễn Văn Hai',",
    "dates 21/8, 8/9/2023, dateline 14/09/2023 - 10:20.",
]

write_set("p1015-2", TEXT, FIG, NOTES, published="2023-09-14", location="Bình Giang")
