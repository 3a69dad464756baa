"""p747-2: Lý Sơn district portal, mùa rong mứt 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN - TỈNH QUẢNG NGÃI
Trang chủ » Tin tức » Kinh tế

Lý Sơn: Ngư dân thu gần 18 tỷ đồng từ mùa rong mứt
Thứ Sáu, 19/04/2024 - 09:35

Từ đầu năm 2024 đến nay, ngư dân các xã An Vĩnh, An Hải đã khai thác được khoảng 96 tấn rong mứt khô, tăng gần 20 tấn so với mùa rong năm 2023. Với giá bán bình quân 180.000 đồng/kg, tổng giá trị ước đạt gần 18 tỷ đồng.

Theo Phòng Kinh tế huyện, toàn huyện có khoảng 350 hộ với hơn 700 lao động tham gia khai thác rong mứt, trong đó xã An Vĩnh có 210 hộ, xã An Hải có 140 hộ. Mỗi lao động thu nhập bình quân từ 300.000 đến 500.000 đồng/ngày; nhiều hộ thu hơn 100 triệu đồng trong mùa rong.

Bà Nguyễn Thị Lệ (thôn Tây, xã An Hải) cho biết, mỗi sáng khi nước ròng, khoảng 4 giờ gia đình bà đã ra bãi đá ven đảo. "Năm nay rong mọc dày, mỗi ngày tôi hái được 15-20 kg rong tươi", bà Lệ nói.

Ngoài rong mứt, năm 2023 huyện đã thử nghiệm nuôi trồng rong sụn trên diện tích 2 ha tại vùng biển phía bắc Đảo Lớn, năng suất đạt 12 tấn tươi/ha. Năm 2024, huyện dự kiến mở rộng diện tích lên 10 ha và hỗ trợ 50% chi phí giống, tương đương 150 triệu đồng, từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới.

Ban Biên tập
Địa chỉ: số 01 Đinh Tiên Hoàng, xã An Vĩnh, huyện Lý Sơn. Điện thoại: 0255.3867.108
Tổng lượt truy cập: 512.604
"""

NOW = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-04-19")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NAY = P("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu gần 18 tỷ đồng", "18", 18e9, "money", "đồng", "giá trị ngư dân thu từ mùa rong mứt", approx="nearly"),
    F("khoảng 96 tấn", "96", 96, "measure", "tấn", "rong mứt khô khai thác", NOW, approx="about",
      change=CH("increase", 20, "tấn", baseline="mùa rong năm 2023", approx="nearly")),
    F("180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá bán bình quân rong mứt khô", I(NOW)),
    F("ước đạt gần 18 tỷ đồng", "18", 18e9, "money", "đồng", "tổng giá trị rong mứt khai thác", I(NOW),
      approx="nearly", status="estimate"),
    F("khoảng 350 hộ", "350", 350, "count", "hộ", "hộ tham gia khai thác rong mứt", approx="about"),
    F("hơn 700 lao động", "700", 700, "count", "lao động", "lao động tham gia khai thác rong mứt", approx="over"),
    F("có 210 hộ", "210", 210, "count", "hộ", "hộ khai thác rong mứt xã An Vĩnh", total=350),
    F("có 140 hộ", "140", 140, "count", "hộ", "hộ khai thác rong mứt xã An Hải", total=350),
    F("từ 300.000 đến 500.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày",
      "thu nhập bình quân mỗi lao động khai thác rong mứt", value_max=500000),
    F("hơn 100 triệu đồng", "100", 100e6, "money", "đồng", "thu nhập của hộ trong mùa rong", approx="over"),
    F("15-20 kg", "15", 15, "measure", "kg", "rong tươi hái được mỗi ngày", NAY, value_max=20),
    F("diện tích 2 ha", "2", 2, "measure", "ha", "diện tích thử nghiệm nuôi trồng rong sụn", Y23),
    F("12 tấn tươi/ha", "12", 12, "measure", "tấn tươi/ha", "năng suất rong sụn nuôi thử nghiệm", Y23),
    F("lên 10 ha", "10", 10, "measure", "ha", "diện tích nuôi trồng rong sụn", Y24, status="forecast"),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "tỷ lệ hỗ trợ chi phí giống nuôi rong sụn", Y24, status="forecast"),
    F("tương đương 150 triệu đồng", "150", 150e6, "money", "đồng", "kinh phí hỗ trợ chi phí giống nuôi rong sụn", Y24,
      status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lý Sơn (Quảng Ngãi): mùa rong mứt 2024 (khai thác, giá, hộ, thu nhập) and a rong sụn trial.",
    "Distractors: 'Thứ Sáu, 19/04/2024 - 09:35', 'khoảng 4 giờ' (time of day), 'số 01 Đinh Tiên Hoàng', phone, 'Tổng lượt truy cập: 512.604'.",
    "'Từ đầu năm 2024 đến nay' ends at the dateline; 'Năm nay' in the quote is 2024; the change baseline 'mùa rong năm 2023' is not a period.",
    "'trong đó xã An Vĩnh có 210 hộ, xã An Hải có 140 hộ' are parts of 350 hộ (communes are not a location: district Lý Sơn kept).",
    "'tương đương 150 triệu đồng' after a percent is an amount of its own, not a share. Status 'dự kiến' carries over the 'và' clause.",
]

if __name__ == "__main__":
    emit("p747-2", TEXT, COMMENTS, FIGS, published="2024-04-19", location="Lý Sơn")
