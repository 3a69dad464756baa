"""p932-5: Báo Lạng Sơn feature, billiards halls boom in TP Lạng Sơn (2023); byline and bare date at the end."""
from lib import F, period, inherit, change, write

TEXT = """Nở rộ quán bi-a, cần siết chặt quản lý

Những năm gần đây, quán bi-a mọc lên ngày càng nhiều tại TP Lạng Sơn, nhất là ở các phường Vĩnh Trại, Đông Kinh và Hoàng Văn Thụ. Theo thống kê của Phòng Văn hóa và Thông tin thành phố, đến tháng 6/2023, thành phố có 146 cơ sở kinh doanh bi-a, gấp gần 2 lần so với năm 2019, trong đó 37 cơ sở chưa đăng ký kinh doanh. Nhiều quán đầu tư bài bản với 10-15 bàn, giá chơi từ 30.000 đến 60.000 đồng/giờ tùy loại bàn. Năm 2022, các cơ sở bi-a trên địa bàn nộp thuế khoán khoảng 1,3 tỷ đồng.

Anh Nông Văn Bảy, chủ một quán bi-a ở số 82 đường Bà Triệu cho biết, quán có 12 bàn, mỗi tối đón khoảng 80 lượt khách, doanh thu khoảng 90 triệu đồng/tháng.

Tuy nhiên, đi kèm là không ít hệ lụy. Từ đầu năm đến nay, lực lượng chức năng thành phố đã kiểm tra 58 cơ sở, phát hiện 11 cơ sở vi phạm, chủ yếu là hoạt động sau 24 giờ, để khách uống rượu bia, gây mất trật tự; xử phạt tổng số tiền 52 triệu đồng. Công an thành phố cũng phát hiện 2 vụ đánh bạc dưới hình thức cá cược bi-a, bắt giữ 9 đối tượng.

Bà Lương Thị Hạnh, Trưởng phòng Văn hóa và Thông tin thành phố cho biết: “Thời gian tới, chúng tôi phấn đấu kiểm tra 100% cơ sở kinh doanh bi-a trên địa bàn, đồng thời đề nghị tỉnh sớm quy định khung giờ hoạt động, không quá 24 giờ hằng ngày”.

MINH ANH
25/07/2023
"""

ASOF = period("đến tháng 6/2023", None, "2023-06-30")
Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-07-25")

FIGS = [
    F("có 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở kinh doanh bi-a", ASOF,
      change=change("increase", 2, "lần", "năm 2019", approx="nearly")),
    F("trong đó 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở bi-a chưa đăng ký kinh doanh", ASOF, total=146),
    F("với 10-15 bàn", "10", 10, "count", "bàn", "số bàn của mỗi quán bi-a đầu tư bài bản", value_max=15),
    F("từ 30.000 đến 60.000 đồng/giờ", "30.000", 30000, "money", "đồng/giờ", "giá chơi bi-a", value_max=60000),
    F("khoảng 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "thuế khoán các cơ sở bi-a nộp", Y22, approx="about"),
    F("quán có 12 bàn", "12", 12, "count", "bàn", "bàn bi-a của quán"),
    F("khoảng 80 lượt khách", "80", 80, "count", "lượt khách", "lượt khách mỗi tối", approx="about"),
    F("khoảng 90 triệu đồng/tháng", "90", 90e6, "money", "đồng/tháng", "doanh thu của quán", approx="about"),
    F("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở được kiểm tra", YTD),
    F("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở vi phạm", YTD),
    F("số tiền 52 triệu đồng", "52", 52e6, "money", "đồng", "tổng số tiền xử phạt", YTD),
    F("phát hiện 2 vụ", "2", 2, "count", "vụ", "vụ đánh bạc dưới hình thức cá cược bi-a", inherit(YTD)),
    F("bắt giữ 9 đối tượng", "9", 9, "count", "đối tượng", "đối tượng bị bắt giữ", inherit(YTD)),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở kinh doanh bi-a được kiểm tra", status="target"),
]

NOTES = [
    "Báo Lạng Sơn feature (byline MINH ANH, bare date 25/07/2023): billiards halls in TP Lạng Sơn.",
    "Location Lạng Sơn (the city; same name as the province). 'gấp gần 2 lần so với năm 2019' after 146 is its change.",
    "Not figures: 'Nông Văn Bảy' (a name), 'số 82 đường Bà Triệu', 'sau 24 giờ' and 'không quá 24 giờ' (closing times).",
    "'Từ đầu năm đến nay' ends at the printed date. '100%' in a quoted plan with 'phấn đấu' is a target with no period.",
]

write(5, TEXT, FIGS, NOTES, published="2023-07-25", location="Lạng Sơn")
