"""p1054-6: national newspaper (VnExpress style), May 2024: Thai jackfruit price high in Đắk Lắk, area, exporters, codes."""
from lib import F, period, inherit, change, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 16/5/2024, 14:30 (GMT+7)

Mít Thái hút hàng, nông dân Đắk Lắk thu tiền tỷ

Giá mít Thái tại Đắk Lắk tăng lên 35.000-38.000 đồng/kg, mức cao nhất trong 3 năm, nhiều vườn được thương lái đặt cọc trước cả tháng.

Vườn mít 3 ha của ông Y Thông Ênuôl ở xã Ea Kly, huyện Krông Pắc đang vào đợt thu hoạch thứ hai trong năm. "Mỗi ha cho khoảng 25 tấn, trừ chi phí tôi lãi hơn 600 triệu đồng mỗi ha", ông nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Đắk Lắk, toàn tỉnh hiện có khoảng 3.400 ha mít, trong đó huyện Krông Pắc có 1.120 ha, Ea Kar 860 ha, Cư M'gar 540 ha. Diện tích này gấp 4 lần năm 2019. Sản lượng năm 2023 đạt gần 42.000 tấn.

Giá mít tăng mạnh chủ yếu do nhu cầu từ thị trường Trung Quốc phục hồi, trong khi nguồn cung ở miền Tây giảm vì nhiều vườn bị chặt bỏ năm ngoái. Bình quân mỗi ngày, các doanh nghiệp thu mua tại TP Buôn Ma Thuột xuất đi 150-200 tấn mít.

Ông Lê Văn Hải, Giám đốc một công ty xuất khẩu nông sản ở Km 7, Quốc lộ 14, cho biết 4 tháng đầu năm 2024 công ty xuất khẩu 3.600 tấn mít, doanh thu khoảng 52 tỷ đồng, tăng 45% so với cùng kỳ năm trước.

Tuy nhiên, tỉnh mới có 6 vùng trồng mít được cấp mã số với tổng diện tích 310 ha, chiếm chưa đến 10% diện tích. Sở NN&PTNT dự kiến cuối năm 2024 sẽ đề nghị cấp thêm 8 mã số.

Chuyên gia khuyến cáo nông dân không nên mở rộng diện tích ồ ạt, bởi chu kỳ giá mít thường đảo chiều sau 2-3 năm.

Hoàng Nam
"""

NOTES = [
    "National newspaper style ('Thứ năm, 16/5/2024, 14:30 (GMT+7)', byline at end): Đắk Lắk Thai jackfruit prices, area, exporters.",
    "'gấp 4 lần năm 2019' stands as its own sentence: multiple; năm 2019 is its baseline, not its period.",
    "'trong đó huyện Krông Pắc có 1.120 ha, Ea Kar 860 ha, Cư M'gar 540 ha' are parts of 3.400 ha (total), districts as locations.",
    "Exporters 'tại TP Buôn Ma Thuột' -> location Buôn Ma Thuột; the farmer in huyện Krông Pắc -> Krông Pắc; 'Mỗi ha … 25 tấn' -> tấn/ha.",
    "'dự kiến cuối năm 2024' -> forecast, as-of end 2024. 'chu kỳ … sau 2-3 năm' is a general remark: optional.",
    "revised after the first run: subject of 'Vườn mít 3 ha' names the indicator (diện tích), as for the other farm areas.",
    "Distractors: 'trong 3 năm' (time span), 'đợt thu hoạch thứ hai' (ordinal), Km 7, Quốc lộ 14, 14:30, GMT+7.",
]
M4 = period("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
FIGS = [
    F("lên 35.000-38.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá mít Thái", value_max=38000),
    F("Vườn mít 3 ha", "3", 3, "measure", "ha", "diện tích vườn mít của ông Y Thông Ênuôl", location="Krông Pắc"),
    F("khoảng 25 tấn", "25", 25, "measure", "tấn/ha", "năng suất mít mỗi ha", approx="about", location="Krông Pắc"),
    F("hơn 600 triệu đồng mỗi ha", "600", 600e6, "money", "đồng/ha", "lãi mỗi ha", approx="over", location="Krông Pắc"),
    F("khoảng 3.400 ha", "3.400", 3400, "measure", "ha", "diện tích mít toàn tỉnh", approx="about"),
    F("có 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích mít", total=3400, location="Krông Pắc"),
    F("Ea Kar 860 ha", "860", 860, "measure", "ha", "diện tích mít", total=3400, location="Ea Kar"),
    F("Cư M'gar 540 ha", "540", 540, "measure", "ha", "diện tích mít", total=3400, location="Cư M'gar"),
    F("gấp 4 lần", "4", 4, "multiple", "lần", "diện tích mít"),
    F("gần 42.000 tấn", "42.000", 42000, "measure", "tấn", "sản lượng mít",
      period("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("150-200 tấn", "150", 150, "measure", "tấn/ngày", "mít các doanh nghiệp thu mua xuất đi mỗi ngày", value_max=200,
      location="Buôn Ma Thuột"),
    F("xuất khẩu 3.600 tấn", "3.600", 3600, "measure", "tấn", "mít công ty xuất khẩu", M4),
    F("khoảng 52 tỷ đồng", "52", 52e9, "money", "đồng", "doanh thu của công ty", M4, approx="about",
      change=change("increase", 45, "%", "cùng kỳ năm trước")),
    F("có 6 vùng trồng", "6", 6, "count", "vùng trồng", "vùng trồng mít được cấp mã số"),
    F("diện tích 310 ha", "310", 310, "measure", "ha", "tổng diện tích vùng trồng mít được cấp mã số", percent=10),
    F("thêm 8 mã số", "8", 8, "count", "mã số", "mã số đề nghị cấp thêm",
      period("cuối năm 2024", None, "2024-12-31"), status="forecast"),
    F("sau 2-3 năm", "2", 2, "measure", "năm", "chu kỳ giá mít", value_max=3, optional=True),
]

if __name__ == "__main__":
    write("p1054-6", TEXT, NOTES, FIGS, published="2024-05-16", location="Đắk Lắk")
