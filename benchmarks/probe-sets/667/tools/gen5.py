"""p667-5: Party newspaper (Báo Hải Phòng) — dust from construction sites and material trucks, 10 months 2023."""
from lib import F, P, I, CH, emit

TEXT = """BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Thời sự › Đô thị

Kiên quyết xử lý ô nhiễm bụi từ công trình xây dựng, xe chở vật liệu

Nồng độ bụi tại nhiều nút giao vượt quy chuẩn, hơn 1.100 trường hợp xe chở vật liệu vi phạm bị xử lý… thành phố đang siết chặt kiểm soát bụi từ hoạt động xây dựng.

Theo Sở Tài nguyên và Môi trường, số liệu trạm quan trắc tự động tại nút giao Quốc lộ 5 - đường 208 cho thấy nồng độ bụi PM10 trung bình tháng 10/2023 là 98 µg/m³, vượt 1,4 lần quy chuẩn. Tại huyện Thủy Nguyên, nơi tập trung nhiều dự án hạ tầng, có 12/31 ngày trong tháng 10 chỉ số AQI ở mức kém.

10 tháng năm 2023, lực lượng Cảnh sát giao thông và Thanh tra giao thông đã kiểm tra 5.420 lượt phương tiện chở vật liệu xây dựng, phát hiện 1.136 trường hợp vi phạm, tăng 18,5% so với cùng kỳ năm 2022; phạt tiền hơn 4,7 tỷ đồng, tước giấy phép lái xe 213 trường hợp. Sở Xây dựng kiểm tra 87 công trình, xử phạt 14 chủ đầu tư, nhà thầu do không che chắn, để phát tán bụi với tổng số tiền 560 triệu đồng.

Theo quy định hiện hành, cá nhân điều khiển xe chở vật liệu rơi vãi ra đường bị phạt từ 2 đến 4 triệu đồng.

Ông Nguyễn Văn Tùng, Phó Giám đốc Sở Tài nguyên và Môi trường cho biết, thành phố phấn đấu đến hết năm 2024, 100% công trình xây dựng có quy mô từ cấp II trở lên lắp đặt hệ thống phun sương, rửa xe trước khi ra khỏi công trường. Dự kiến trong năm 2024, thành phố lắp đặt thêm 6 trạm quan trắc không khí tự động, nâng tổng số trạm lên 15 trạm.

"Chúng tôi sẽ công khai danh sách công trình vi phạm trên Cổng thông tin điện tử thành phố", ông Tùng nói.

Bài, ảnh: HOÀNG DŨNG
22/11/2023 06:30
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1.100 trường hợp", "1.100", 1100, "count", "trường hợp", "trường hợp xe chở vật liệu vi phạm bị xử lý",
      approx="over"),
    F("là 98 µg/m³", "98", 98, "measure", "µg/m³", "nồng độ bụi PM10 trung bình tại nút giao Quốc lộ 5 - đường 208",
      P("tháng 10/2023", "2023-10-01", "2023-10-31"), change=CH("increase", 1.4, "lần", "quy chuẩn")),
    F("có 12/31 ngày", "12", 12, "count", "ngày", "ngày chỉ số AQI ở mức kém",
      P("tháng 10", "2023-10-01", "2023-10-31"), total=31, location="Thủy Nguyên"),
    F("5.420 lượt", "5.420", 5420, "count", "lượt phương tiện", "lượt phương tiện chở vật liệu xây dựng được kiểm tra", M10),
    F("phát hiện 1.136 trường hợp", "1.136", 1136, "count", "trường hợp", "trường hợp vi phạm", M10,
      change=CH("increase", 18.5, "%", "cùng kỳ năm 2022")),
    F("hơn 4,7 tỷ đồng", "4,7", 4.7e9, "money", "đồng", "tiền phạt", M10, approx="over"),
    F("xe 213 trường hợp", "213", 213, "count", "trường hợp", "trường hợp bị tước giấy phép lái xe", M10),
    F("kiểm tra 87 công trình", "87", 87, "count", "công trình", "công trình được Sở Xây dựng kiểm tra", I(M10)),
    F("xử phạt 14 chủ đầu tư", "14", 14, "count", "chủ đầu tư, nhà thầu",
      "chủ đầu tư, nhà thầu bị xử phạt do không che chắn, để phát tán bụi", I(M10)),
    F("số tiền 560 triệu", "560", 560e6, "money", "đồng", "tổng số tiền xử phạt chủ đầu tư, nhà thầu", I(M10)),
    F("từ 2 đến 4 triệu", "2", 2e6, "money", "đồng", "mức phạt cá nhân điều khiển xe chở vật liệu rơi vãi ra đường",
      value_max=4e6),
    F("100% công trình", "100", 100, "percent", "%",
      "công trình xây dựng có quy mô từ cấp II trở lên lắp đặt hệ thống phun sương, rửa xe",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
    F("thêm 6 trạm", "6", 6, "count", "trạm", "trạm quan trắc không khí tự động lắp đặt thêm", Y24, status="forecast"),
    F("lên 15 trạm", "15", 15, "count", "trạm", "tổng số trạm quan trắc không khí tự động", Y24, status="forecast"),
]

COMMENTS = [
    "Báo Hải Phòng (Party newspaper): bụi từ công trình xây dựng và xe chở vật liệu — PM10 at a junction, AQI days, 10-month",
    "enforcement (checks, violations, fines), fine range, 2024 targets and plans. Byline 'Bài, ảnh: HOÀNG DŨNG' and",
    "'22/11/2023 06:30' at the end (published). Location Hải Phòng; '12/31 ngày' in huyện Thủy Nguyên → total 31, location Thủy Nguyên.",
    "'vượt 1,4 lần quy chuẩn' after 98 µg/m³ is its change (lần, baseline quy chuẩn). The sapo's 'hơn 1.100' has no period.",
    "The Sở Xây dựng sentence has no period phrase: inherited '10 tháng năm 2023'. 'từ 2 đến 4 triệu đồng' is a money range.",
    "'phấn đấu đến hết năm 2024' → target (as-of end 2024); 'Dự kiến trong năm 2024' → forecast, continuing into 'nâng tổng số … lên'.",
    "Distractors: 'Quốc lộ 5 - đường 208', 'cấp II', 'PM10', byline time 06:30.",
]

if __name__ == "__main__":
    emit("p667-5", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Hải Phòng")
