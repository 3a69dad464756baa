"""p896-5: Báo Lâm Đồng style, Đà Lạt night market and street vendors, 2023; byline and bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Đà Lạt: Chợ đêm gọn gàng hơn sau khi sắp xếp lại hàng rong

Sau hơn 3 tháng triển khai phương án sắp xếp lại hoạt động buôn bán tại khu vực chợ đêm và các tuyến đường quanh chợ Đà Lạt, trật tự vỉa hè ở trung tâm thành phố đã có chuyển biến rõ rệt.

Theo UBND Phường 1, hiện khu vực chợ đêm có 312 hộ kinh doanh được cấp số thứ tự, trong đó 186 hộ bán hàng ăn uống, 94 hộ bán hàng lưu niệm, nông sản và 32 hộ bán quần áo, hàng thủ công. Mỗi hộ được bố trí một ô kích thước 1,5 m x 2 m, kẻ vạch sơn rõ ràng; phường thu phí 25.000 đồng/ô/đêm, bình quân mỗi tháng thu khoảng 230 triệu đồng.

Trong 10 tháng năm 2023, lực lượng trật tự đô thị thành phố đã nhắc nhở 2.460 lượt, lập biên bản 318 trường hợp bán hàng rong, lấn chiếm vỉa hè, giảm 27% so với cùng kỳ năm 2022; tạm giữ 146 xe đẩy, gánh hàng. Nhờ không gian thông thoáng hơn, lượng khách đến chợ đêm vào cuối tuần đạt 15.000-20.000 lượt/đêm, gấp 2 lần ngày thường.

Ông Nguyễn Văn Hai, Chủ tịch UBND Phường 1, cho biết hiện vẫn còn khoảng 60 hộ bán hàng rong tự do chưa vào khu vực quy hoạch. Năm 2024, phường phấn đấu đưa 100% số hộ này vào điểm kinh doanh tập trung trên đường Nguyễn Thị Minh Khai. Thành phố dự kiến đầu tư khoảng 4,5 tỷ đồng lắp đặt mái che, hệ thống chiếu sáng và 2 nhà vệ sinh công cộng phục vụ chợ đêm.

“Trước đây tôi phải chạy dạt mỗi khi có đoàn kiểm tra, giờ có chỗ cố định, mỗi đêm bán được 1-1,5 triệu đồng”, chị Trần Thị Mai, bán sữa đậu nành ở chợ đêm, chia sẻ.

HOÀNG YÊN
18/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 312 hộ kinh doanh", "312", 312, "count", "hộ kinh doanh",
      "hộ kinh doanh được cấp số thứ tự tại chợ đêm"),
    F("186 hộ bán hàng ăn uống", "186", 186, "count", "hộ", "hộ bán hàng ăn uống", total=312),
    F("94 hộ bán hàng lưu niệm", "94", 94, "count", "hộ", "hộ bán hàng lưu niệm, nông sản", total=312),
    F("32 hộ bán quần áo", "32", 32, "count", "hộ", "hộ bán quần áo, hàng thủ công", total=312),
    F("ô kích thước 1,5 m", "1,5", 1.5, "measure", "m", "kích thước ô kinh doanh", optional=True),
    F("x 2 m", "2", 2, "measure", "m", "kích thước ô kinh doanh", optional=True),
    F("25.000 đồng/ô/đêm", "25.000", 25000, "money", "đồng/ô/đêm", "phí thu mỗi ô"),
    F("khoảng 230 triệu đồng", "230", 230e6, "money", "đồng/tháng",
      "phí thu bình quân mỗi tháng", approx="about"),
    F("nhắc nhở 2.460 lượt", "2.460", 2460, "count", "lượt", "lượt nhắc nhở", M10),
    F("lập biên bản 318 trường hợp", "318", 318, "count", "trường hợp",
      "trường hợp bán hàng rong, lấn chiếm vỉa hè bị lập biên bản", M10,
      change=C("decrease", 27, "%", "cùng kỳ năm 2022")),
    F("tạm giữ 146 xe đẩy", "146", 146, "count", "xe đẩy", "xe đẩy, gánh hàng bị tạm giữ", M10),
    F("đạt 15.000-20.000 lượt/đêm", "15.000", 15000, "measure", "lượt/đêm",
      "lượng khách đến chợ đêm vào cuối tuần", value_max=20000,
      change=C("increase", 2, "lần", "ngày thường")),
    F("khoảng 60 hộ", "60", 60, "count", "hộ", "hộ bán hàng rong tự do chưa vào khu vực quy hoạch",
      approx="about"),
    F("đưa 100% số hộ", "100", 100, "percent", "%", "hộ bán hàng rong tự do đưa vào điểm kinh doanh tập trung",
      Y24, status="target"),
    F("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng",
      "kinh phí lắp đặt mái che, hệ thống chiếu sáng và nhà vệ sinh phục vụ chợ đêm",
      approx="about", status="forecast"),
    F("và 2 nhà vệ sinh", "2", 2, "count", "nhà vệ sinh", "nhà vệ sinh công cộng phục vụ chợ đêm",
      status="forecast"),
    F("bán được 1-1,5 triệu đồng", "1", 1e6, "money", "đồng/đêm",
      "doanh thu mỗi đêm của người bán hàng", value_max=1.5e6),
]

COMMENTS = [
    "Báo Lâm Đồng style: Đà Lạt night market vendors rearranged (invented); byline HOÀNG YÊN and bare date 18/11/2023 at the end.",
    "Not figures: 'Sau hơn 3 tháng triển khai' (a duration that only places the result in time), Phường 1, Nguyễn Văn Hai (a name),",
    "the bare date, đường Nguyễn Thị Minh Khai. Parts after 'trong đó' add up to 312 -> total 312.",
    "The stall size '1,5 m x 2 m' is an example's specification: optional. '230 triệu đồng' per month: unit đồng/tháng.",
    "'15.000-20.000 lượt/đêm' is a rate (measure, unit lượt/đêm); 'gấp 2 lần ngày thường' is its change (2 lần).",
    "'khoảng 60 hộ' is a present fact (own sentence, 'hiện'): actual. The 2024 target sentence gives 100% its period.",
    "'dự kiến đầu tư khoảng 4,5 tỷ đồng ... và 2 nhà vệ sinh' -> forecast for both.",
]

if __name__ == "__main__":
    build("p896-5", TEXT, FIGS, COMMENTS, published="2023-11-18", location="Đà Lạt")
