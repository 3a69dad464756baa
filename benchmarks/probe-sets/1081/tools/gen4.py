"""p1081-4: Ministry (Bộ TN&MT) site, national hydro-met service results 2024 and tasks 2025 (2025-01-08)."""
from lib import F, P, C, T, day, write

TEXT = """Bộ Tài nguyên và Môi trường > Tin tức > Khí tượng thủy văn
Năm 2024, ngành khí tượng thủy văn phát hành hơn 41.000 bản tin dự báo, cảnh báo
Ngày đăng: 08/01/2025 | Lượt xem: 1.104

Ngày 7/1, tại Hà Nội, Tổng cục Khí tượng Thủy văn tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.

Theo báo cáo, năm 2024 có 10 cơn bão và 4 áp thấp nhiệt đới hoạt động trên Biển Đông, trong đó 5 cơn bão ảnh hưởng trực tiếp đến đất liền nước ta. Đặc biệt, bão số 3 (Yagi) là cơn bão mạnh nhất trên Biển Đông trong 30 năm qua. Toàn ngành đã phát hành 41.250 bản tin dự báo, cảnh báo, tăng 8,4% so với năm 2023; sai số dự báo quỹ đạo bão hạn 24 giờ khoảng 80-90 km, tương đương các trung tâm tiên tiến trên thế giới.

Hiện mạng lưới trạm khí tượng thủy văn quốc gia có 2.017 trạm, trong đó 1.382 trạm tự động, chiếm 68,5%. Ngoài ra, các bộ, ngành và địa phương quản lý khoảng 4.600 trạm chuyên dùng; đã có 52/63 tỉnh, thành phố chia sẻ số liệu về hệ thống của Tổng cục theo Nghị định số 38/2016/NĐ-CP. Một số địa phương có nhiều trạm đo mưa chuyên dùng là Quảng Nam (312 trạm), Nghệ An (245 trạm), Lào Cai (142 trạm).

Kinh phí chi thường xuyên cho hoạt động khí tượng thủy văn năm 2024 ước đạt 1.285 tỷ đồng, bằng 96,2% dự toán.

Năm 2025, ngành phấn đấu nâng độ chính xác dự báo mưa lớn lên trên 75%, cảnh báo lũ quét trước 3-6 giờ và tự động hóa 100% trạm đo mưa thuộc mạng lưới quốc gia. Bộ trưởng yêu cầu hoàn thành Đề án hiện đại hóa ngành giai đoạn 2021-2025 trước ngày 30/6/2025.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường - Địa chỉ: số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
RAIN = "trạm đo mưa chuyên dùng"
FIGS = [
    F("hơn 41.000 bản tin", "41.000", 41000, "count", "bản tin", "bản tin dự báo, cảnh báo phát hành",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("có 10 cơn bão", "10", 10, "count", "cơn bão", "bão hoạt động trên Biển Đông", Y24),
    F("và 4 áp thấp nhiệt đới", "4", 4, "count", "áp thấp nhiệt đới", "áp thấp nhiệt đới hoạt động trên Biển Đông",
      Y24),
    F("trong đó 5 cơn bão", "5", 5, "count", "cơn bão", "bão ảnh hưởng trực tiếp đến đất liền", Y24, total=10),
    F("phát hành 41.250 bản tin", "41.250", 41250, "count", "bản tin", "bản tin dự báo, cảnh báo phát hành", Y24i,
      change=C("increase", 8.4, "%", "năm 2023")),
    F("hạn 24 giờ", "24", 24, "measure", "giờ", "hạn dự báo quỹ đạo bão", optional=True),
    F("khoảng 80-90 km", "80", 80, "measure", "km", "sai số dự báo quỹ đạo bão hạn 24 giờ", Y24i,
      value_max=90, approx="about"),
    F("có 2.017 trạm", "2.017", 2017, "count", "trạm", "trạm khí tượng thủy văn quốc gia"),
    F("1.382 trạm tự động", "1.382", 1382, "count", "trạm tự động", "trạm tự động", total=2017, percent=68.5),
    F("khoảng 4.600 trạm", "4.600", 4600, "count", "trạm chuyên dùng", "trạm chuyên dùng do các bộ, ngành và địa phương quản lý",
      approx="about"),
    F("52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", "tỉnh, thành phố chia sẻ số liệu về hệ thống của Tổng cục",
      total=63),
    F("Quảng Nam (312 trạm)", "312", 312, "count", "trạm", RAIN, location="Quảng Nam"),
    F("Nghệ An (245 trạm)", "245", 245, "count", "trạm", RAIN, location="Nghệ An"),
    F("Lào Cai (142 trạm)", "142", 142, "count", "trạm", RAIN, location="Lào Cai"),
    F("ước đạt 1.285 tỷ đồng", "1.285", 1285e9, "money", "đồng", "kinh phí chi thường xuyên cho hoạt động khí tượng thủy văn",
      P("năm 2024", "2024-01-01", "2024-12-31"), percent=96.2, status="estimate"),
    F("trên 75%", "75", 75, "percent", "%", "độ chính xác dự báo mưa lớn", Y25, approx="over", status="target"),
    F("trước 3-6 giờ", "3", 3, "measure", "giờ", "thời gian cảnh báo lũ quét trước", Y25, value_max=6,
      status="target"),
    F("hóa 100% trạm", "100", 100, "percent", "%", "trạm đo mưa thuộc mạng lưới quốc gia được tự động hóa", Y25,
      status="target"),
]

NOTES = [
    "Ministry site (Bộ TN&MT): national summary of 2024 (storms, bulletins, track error, network) and 2025 targets. Location Việt Nam;",
    "the list of provinces with rain-gauge counts is a ranking that does not add up to a whole (no total), each province is its location.",
    "Distractors: 'Ngày 7/1', 'bão số 3 (Yagi)' (a storm's name), 'trong 30 năm qua', 'Nghị định số 38/2016/NĐ-CP', 'giai đoạn 2021-2025',",
    "'trước ngày 30/6/2025', 'Lượt xem: 1.104', address 'số 10 Tôn Thất Thuyết'. 'hạn 24 giờ' names the forecast range (optional).",
    "The 41.250 bulletins and 80-90 km stand in the sentence after the one with 'năm 2024' (inherited). 'bằng 96,2% dự toán' is a percent attribute.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2025-01-08", location="Việt Nam")
