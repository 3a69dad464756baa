from lib import *

TEXT = """UBND HUYỆN YÊN THÀNH - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Nông thôn mới

Yên Thành: Người dân hiến gần 3,8 ha đất mở rộng đường giao thông nông thôn

Thứ Năm, 14/03/2024 - 15:20

Năm 2023, phong trào hiến đất làm đường trên địa bàn huyện Yên Thành tiếp tục lan tỏa với 2.156 hộ tự nguyện hiến gần 37.800 m² đất ở, đất vườn để mở rộng nền đường từ 5 đến 7 m; trong đó, 318 hộ hiến từ 100 m² trở lên. Các xã có nhiều hộ hiến đất là Công Thành (214 hộ), Bắc Thành (187 hộ), Tăng Thành (165 hộ).

Tổng giá trị đất và tài sản trên đất người dân hiến tặng ước tính khoảng 41,5 tỷ đồng. Ngoài ra, nhân dân còn đóng góp 18,2 tỷ đồng tiền mặt và 46.500 ngày công.

Nhờ đó, năm 2023 toàn huyện đã bê tông hóa 86,4 km đường giao thông nông thôn với tổng kinh phí 97.312,4 triệu đồng; huyện hỗ trợ 9.720 tấn xi măng, 12 xã được hỗ trợ thêm ống cống. Khối lượng này gấp 1,6 lần năm 2022. Tỷ lệ đường trục xã, đường trục thôn và đường ngõ xóm được cứng hóa đến nay lần lượt đạt 100%, 96,5% và 88,2%.

Điển hình là tuyến đường từ Quốc lộ 7A vào xóm 5, xã Hoa Thành dài 1,2 km, được 43 hộ hiến 2.650 m² đất.

Quý I/2024, các xã đã khởi công 23 tuyến đường với chiều dài 14,7 km; dự kiến hoàn thành trước ngày 30/4/2024. Phấn đấu năm 2024, toàn huyện bê tông hóa thêm 90 km, trong đó đường trục xã 25 km, đường thôn xóm 65 km.

Văn phòng HĐND - UBND huyện Yên Thành. Điện thoại: 0238.3863.210
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NAY = P("đến nay", None, "2024-03-14")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
T24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("gần 3,8 ha", "3,8", 3.8, "measure", "ha", "đất người dân hiến mở rộng đường giao thông nông thôn", None, approx="nearly"),
    F("với 2.156 hộ", "2.156", 2156, "count", "hộ", "hộ tự nguyện hiến đất", Y23),
    F("gần 37.800 m²", "37.800", 37800, "measure", "m²", "đất ở, đất vườn hộ dân hiến", Y23, approx="nearly"),
    F("từ 5 đến 7 m", "5", 5, "measure", "m", "nền đường mở rộng", Y23, value_max=7),
    F("318 hộ", "318", 318, "count", "hộ", "hộ hiến từ 100 m² trở lên", Y23, total=2156),
    F("từ 100 m² trở lên", "100", 100, "measure", "m²", "diện tích đất hiến mỗi hộ", None, approx="at_least", optional=True),
    F("(214 hộ)", "214", 214, "count", "hộ", "hộ hiến đất", I(Y23)),
    F("(187 hộ)", "187", 187, "count", "hộ", "hộ hiến đất", I(Y23)),
    F("(165 hộ)", "165", 165, "count", "hộ", "hộ hiến đất", I(Y23)),
    F("khoảng 41,5 tỷ đồng", "41,5", 41.5e9, "money", "đồng", "tổng giá trị đất và tài sản trên đất người dân hiến tặng", I(Y23), approx="about", status="estimate"),
    F("góp 18,2 tỷ đồng", "18,2", 18.2e9, "money", "đồng", "tiền mặt nhân dân đóng góp", I(Y23)),
    F("46.500 ngày công", "46.500", 46500, "count", "ngày công", "ngày công nhân dân đóng góp", I(Y23)),
    F("hóa 86,4 km", "86,4", 86.4, "measure", "km", "đường giao thông nông thôn bê tông hóa", y23),
    F("phí 97.312,4 triệu đồng", "97.312,4", 97312.4e6, "money", "đồng", "tổng kinh phí bê tông hóa đường giao thông nông thôn", y23),
    F("9.720 tấn", "9.720", 9720, "measure", "tấn", "xi măng huyện hỗ trợ", y23),
    F("12 xã", "12", 12, "count", "xã", "xã được hỗ trợ thêm ống cống", y23),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "khối lượng đường bê tông hóa so với năm 2022", None),
    F("đạt 100%, 96,5%", "100", 100, "percent", "%", "tỷ lệ đường trục xã được cứng hóa", NAY),
    F("96,5% và", "96,5", 96.5, "percent", "%", "tỷ lệ đường trục thôn được cứng hóa", NAY),
    F("88,2%", "88,2", 88.2, "percent", "%", "tỷ lệ đường ngõ xóm được cứng hóa", NAY),
    F("dài 1,2 km", "1,2", 1.2, "measure", "km", "tuyến đường từ Quốc lộ 7A vào xóm 5", None),
    F("43 hộ", "43", 43, "count", "hộ", "hộ hiến đất tuyến đường từ Quốc lộ 7A vào xóm 5", None),
    F("2.650 m²", "2.650", 2650, "measure", "m²", "đất hộ dân hiến tuyến đường từ Quốc lộ 7A vào xóm 5", None),
    F("23 tuyến", "23", 23, "count", "tuyến đường", "tuyến đường khởi công", Q1),
    F("14,7 km", "14,7", 14.7, "measure", "km", "chiều dài tuyến đường khởi công", Q1),
    F("thêm 90 km", "90", 90, "measure", "km", "đường bê tông hóa thêm", T24, status="target"),
    F("xã 25 km", "25", 25, "measure", "km", "đường trục xã bê tông hóa thêm", T24, total=90, status="target"),
    F("xóm 65 km", "65", 65, "measure", "km", "đường thôn xóm bê tông hóa thêm", T24, total=90, status="target"),
]

emit("p576-2", TEXT, [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): hiến đất làm đường GTNT năm 2023, kế hoạch 2024 (district portal, weekday dateline).",
    "Distractors: Quốc lộ 7A, xóm 5, ngày 30/4/2024, phone. 'từ 100 m² trở lên' is a threshold (optional).",
    "Commune items (Công Thành, Bắc Thành, Tăng Thành, Hoa Thành) keep the district as location: the contract knows province, city, district.",
    "'Khối lượng này gấp 1,6 lần năm 2022' stands alone -> multiple. 'đến nay' ends at the dateline.",
], FIGS, published="2024-03-14", location="Yên Thành")
