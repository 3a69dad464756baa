"""p667-1: Bắc Ninh province portal — air quality Q1/2024 (AQI by locality, days above thresholds, PM2.5, stations)."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Quý I/2024: Bắc Ninh có 19 ngày chất lượng không khí ở mức kém
Cập nhật: 08/04/2024 14:20
Lượt xem: 1.284

(BNP) - Theo Sở Tài nguyên và Môi trường, quý I/2024, kết quả từ 8 trạm quan trắc không khí tự động, liên tục trên địa bàn tỉnh cho thấy chất lượng không khí có xu hướng suy giảm so với cùng kỳ. Số ngày có chỉ số chất lượng không khí (AQI) ở mức kém là 19 ngày, tăng 7 ngày so với quý I/2023; số ngày ở mức xấu là 3 ngày, tập trung vào cuối tháng 1 và đầu tháng 2.

Chỉ số AQI trung bình quý I toàn tỉnh là 118, cao nhất tại thị xã Quế Võ (146), tiếp đến là TP Bắc Ninh (132) và TP Từ Sơn (127); thấp nhất là huyện Lương Tài (84). Nồng độ bụi PM2.5 trung bình ngày dao động từ 28 đến 112 µg/m³; trung bình cả quý là 46,5 µg/m³, cao hơn 1,9 lần giới hạn của QCVN 05:2023/BTNMT.

Nguyên nhân chủ yếu do hoạt động giao thông, sản xuất công nghiệp, đốt rơm rạ và thời tiết bất lợi (nghịch nhiệt, ít gió). Riêng tháng 1, tỉnh ghi nhận 23 điểm đốt rơm rạ, phụ phẩm nông nghiệp ngoài trời.

Tính đến ngày 31/3/2024, 38/46 cơ sở thuộc diện phải quan trắc khí thải tự động đã lắp đặt và truyền số liệu về Sở, đạt 82,6%. Năm 2023, tỉnh đầu tư thêm ba trạm quan trắc không khí tự động với tổng kinh phí hơn 21,6 tỷ đồng.

Phấn đấu đến năm 2025, toàn tỉnh có 12 trạm quan trắc không khí tự động; 100% khu công nghiệp đang hoạt động có trạm quan trắc khí thải tự động, truyền dữ liệu trực tiếp về Sở Tài nguyên và Môi trường.

Sở Tài nguyên và Môi trường tỉnh Bắc Ninh - số 11 đường Nguyễn Đăng Đạo, TP Bắc Ninh. Điện thoại: 0222.3822.553.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
QI = P("quý I", "2024-01-01", "2024-03-31")
END25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Bắc Ninh có 19 ngày", "19", 19, "count", "ngày", "ngày chất lượng không khí ở mức kém",
      P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("từ 8 trạm", "8", 8, "count", "trạm", "trạm quan trắc không khí tự động, liên tục", Q1),
    F("là 19 ngày", "19", 19, "count", "ngày", "số ngày có chỉ số chất lượng không khí (AQI) ở mức kém", I(Q1),
      change=CH("increase", 7, "ngày", "quý I/2023")),
    F("là 3 ngày", "3", 3, "count", "ngày", "số ngày ở mức xấu", I(Q1)),
    F("toàn tỉnh là 118", "118", 118, "measure", "AQI", "chỉ số AQI trung bình quý I toàn tỉnh", QI),
    F("Quế Võ (146)", "146", 146, "measure", "AQI", "chỉ số AQI trung bình quý I", QI, location="Quế Võ"),
    F("Bắc Ninh (132)", "132", 132, "measure", "AQI", "chỉ số AQI trung bình quý I", QI, location="Bắc Ninh"),
    F("Từ Sơn (127)", "127", 127, "measure", "AQI", "chỉ số AQI trung bình quý I", QI, location="Từ Sơn"),
    F("Lương Tài (84)", "84", 84, "measure", "AQI", "chỉ số AQI trung bình quý I", QI, location="Lương Tài"),
    F("từ 28 đến 112", "28", 28, "measure", "µg/m³", "nồng độ bụi PM2.5 trung bình ngày", I(Q1), value_max=112),
    F("là 46,5 µg/m³", "46,5", 46.5, "measure", "µg/m³", "nồng độ bụi PM2.5 trung bình cả quý", I(Q1),
      change=CH("increase", 1.9, "lần", "giới hạn của QCVN 05:2023/BTNMT")),
    F("ghi nhận 23 điểm", "23", 23, "count", "điểm", "điểm đốt rơm rạ, phụ phẩm nông nghiệp ngoài trời",
      P("tháng 1", "2024-01-01", "2024-01-31")),
    F("38/46 cơ sở", "38", 38, "count", "cơ sở",
      "cơ sở thuộc diện phải quan trắc khí thải tự động đã lắp đặt và truyền số liệu",
      P("Tính đến ngày 31/3/2024", None, "2024-03-31"), total=46, percent=82.6),
    F("thêm ba trạm", "ba", 3, "count", "trạm", "trạm quan trắc không khí tự động đầu tư thêm",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", "tổng kinh phí đầu tư trạm quan trắc không khí tự động",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 12 trạm", "12", 12, "count", "trạm", "trạm quan trắc không khí tự động", END25, status="target"),
    F("100% khu công nghiệp", "100", 100, "percent", "%",
      "khu công nghiệp đang hoạt động có trạm quan trắc khí thải tự động", END25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh: chất lượng không khí quý I/2024 — days at 'kém'/'xấu', AQI by locality, PM2.5, stations, 2025 targets.",
    "Province portal: breadcrumb, 'Cập nhật: 08/04/2024 14:20' (published), 'Lượt xem: 1.284' (counter, not a figure).",
    "AQI values are measures with unit 'AQI' (an index with no written unit; the unit names what is measured).",
    "Locality list 'Quế Võ (146), TP Bắc Ninh (132) …' shares the indicator 'chỉ số AQI trung bình quý I'; each place is the location.",
    "'cao hơn 1,9 lần giới hạn của QCVN' after 46,5 µg/m³ is its change (lần). 'PM2.5', 'QCVN 05:2023/BTNMT', 'cuối tháng 1',",
    "'số 11 đường …', the phone number are not figures. 'ba trạm' is a number word. 'cả quý' has no year: period inherited.",
]

if __name__ == "__main__":
    emit("p667-1", TEXT, COMMENTS, FIGS, published="2024-04-08", location="Bắc Ninh")
