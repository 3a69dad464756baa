"""p734-5: Party newspaper (Báo Thừa Thiên Huế) — socialised public toilets in Huế city; byline and date at the end."""
from lib import F, P, I, CH, T, emit

TEXT = """Xã hội hóa nhà vệ sinh công cộng: Cách làm hay ở TP Huế

(BTTH) - Sau 3 năm thực hiện Đề án xã hội hóa nhà vệ sinh công cộng, đến nay TP Huế có 62 nhà vệ sinh công cộng được đầu tư mới hoặc nâng cấp, phục vụ miễn phí người dân và du khách.

Theo Phòng Quản lý đô thị thành phố, trong số đó có 38 nhà do doanh nghiệp đầu tư theo hình thức đổi quyền khai thác quảng cáo, 24 nhà sử dụng ngân sách thành phố. Tổng vốn đầu tư khoảng 31,5 tỷ đồng; trong đó doanh nghiệp đóng góp 19,8 tỷ đồng, ngân sách thành phố 11,7 tỷ đồng.

Mỗi nhà vệ sinh có diện tích từ 25 đến 40 m², chi phí xây dựng bình quân 480 triệu đồng/nhà. Các nhà được bố trí tại những nơi đông khách như bờ sông Hương, đường Lê Lợi, chợ Đông Ba, công viên Thương Bạc và đường 23 Tháng 8 trước Đại Nội.

Năm 2022, các nhà vệ sinh công cộng trên địa bàn phục vụ hơn 1,1 triệu lượt khách; 6 tháng đầu năm 2023 phục vụ 720.000 lượt, tăng 45% so với cùng kỳ. Theo khảo sát của thành phố, 87% du khách đánh giá nhà vệ sinh sạch sẽ, tăng 23 điểm phần trăm so với năm 2019.

Tuy vậy, hiện vẫn còn khoảng 15% số nhà vệ sinh xuống cấp, thường xuyên thiếu nước. Thành phố đặt mục tiêu đến năm 2025 có 100 nhà vệ sinh công cộng, bình quân 1,5 nhà vệ sinh/vạn dân.

Người dân, du khách có thể phản ánh về nhà vệ sinh công cộng qua ứng dụng Hue-S hoặc số điện thoại 0234.3822.199.

HOÀI THƯƠNG

12/08/2023
"""

NOW = P("đến nay", None, "2023-08-12")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
NVS = "nhà vệ sinh"

FIGS = [
    F("TP Huế có 62 nhà vệ sinh", "62", 62, "count", NVS, "nhà vệ sinh công cộng được đầu tư mới hoặc nâng cấp", NOW),
    F("có 38 nhà", "38", 38, "count", "nhà", "nhà vệ sinh do doanh nghiệp đầu tư theo hình thức đổi quyền khai thác quảng cáo",
      I(NOW), total=62),
    F("24 nhà sử dụng", "24", 24, "count", "nhà", "nhà vệ sinh sử dụng ngân sách thành phố", I(NOW), total=62),
    F("khoảng 31,5 tỷ đồng", "31,5", 31.5e9, "money", "đồng", "tổng vốn đầu tư nhà vệ sinh công cộng", approx="about"),
    F("góp 19,8 tỷ đồng", "19,8", 19.8e9, "money", "đồng", "vốn doanh nghiệp đóng góp", total=31.5e9),
    F("thành phố 11,7 tỷ đồng", "11,7", 11.7e9, "money", "đồng", "vốn ngân sách thành phố", total=31.5e9),
    F("từ 25 đến 40 m²", "25", 25, "measure", "m²", "diện tích mỗi nhà vệ sinh", value_max=40),
    F("bình quân 480 triệu", "480", 480e6, "money", "đồng/nhà", "chi phí xây dựng bình quân mỗi nhà vệ sinh"),
    F("hơn 1,1 triệu lượt khách", "1,1", 1.1e6, "count", "lượt khách", "lượt khách được nhà vệ sinh công cộng phục vụ", Y22,
      approx="over"),
    F("phục vụ 720.000 lượt", "720.000", 720000, "count", "lượt", "lượt khách được nhà vệ sinh công cộng phục vụ", H1,
      change=CH("increase", 45, baseline="cùng kỳ")),
    F("87% du khách", "87", 87, "percent", "%", "du khách đánh giá nhà vệ sinh sạch sẽ",
      change=CH("increase", 23, unit="điểm phần trăm", baseline="năm 2019")),
    F("khoảng 15%", "15", 15, "percent", "%", "nhà vệ sinh xuống cấp, thường xuyên thiếu nước", approx="about"),
    F("có 100 nhà vệ sinh", "100", 100, "count", NVS, "nhà vệ sinh công cộng", T25, status="target"),
    F("bình quân 1,5 nhà vệ sinh/vạn dân", "1,5", 1.5, "measure", "nhà vệ sinh/vạn dân", "nhà vệ sinh công cộng bình quân trên vạn dân",
      T25, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Thừa Thiên Huế, '(BTTH)'): socialised public toilets in TP Huế; byline 'HOÀI THƯƠNG' and bare date 12/08/2023 at the end.",
    "Not figures: 'Sau 3 năm thực hiện' (a duration that only locates the result in time), 'đường 23 Tháng 8' (street name), 'Hue-S', the phone.",
    "'đến nay' is an as-of period ending at the date line. 'trong số đó có 38 ..., 24 ...' are parts of the 62 before (total 62).",
    "'87% ..., tăng 23 điểm phần trăm so với năm 2019': a level with its change (unit điểm phần trăm), not a growth rate.",
    "Location Huế (the city, not the province).",
]

if __name__ == "__main__":
    emit("p734-5", TEXT, COMMENTS, FIGS, published="2023-08-12", location="Huế")
