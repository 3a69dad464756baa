"""p846-2: district portal, huyện Bình Liêu (Quảng Ninh), miến dong before Tết 2024."""
from lib import F, change, write, year

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH LIÊU
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Miến dong Bình Liêu tất bật vào vụ Tết
Thứ Hai, 15/01/2024 - 10:20

Những ngày này, tại các xã Đồng Văn, Hoành Mô, Lục Hồn, các cơ sở sản xuất miến dong đang tất bật chuẩn bị hàng cho Tết Giáp Thìn. Năm 2023, toàn huyện trồng 315 ha dong riềng, tăng 25 ha so với năm 2022; năng suất bình quân đạt 52 tấn/ha, sản lượng củ đạt 16.380 tấn.

Hiện huyện có 46 hộ và 3 hợp tác xã chế biến miến dong, giải quyết việc làm cho khoảng 400 lao động. Trong vụ Tết, mỗi ngày các cơ sở xuất ra thị trường từ 8 đến 10 tấn miến.

Theo ông Lý Văn Sáu, Giám đốc HTX Miến dong Hoành Mô, năm nay giá miến bán buôn 85.000 đồng/kg, tăng 5.000 đồng/kg so với cùng kỳ; riêng HTX đã nhận đơn đặt hàng gần 60 tấn. Xe của thương lái từ Hải Phòng, Hà Nội về nhận hàng ngay tại xưởng ven Quốc lộ 18C.

Năm 2023, tổng sản lượng miến dong của huyện đạt 1.320 tấn, doanh thu ước đạt 105 tỷ đồng, chiếm khoảng 18% giá trị sản xuất nông nghiệp toàn huyện. Sản phẩm miến dong Bình Liêu đã được công nhận OCOP 4 sao, hiện được bày bán tại hơn 30 cửa hàng trong và ngoài tỉnh.

Dự kiến từ nay đến Tết, toàn huyện tiêu thụ khoảng 450 tấn miến. Năm 2024, huyện đặt mục tiêu mở rộng diện tích dong riềng lên 350 ha, xây dựng 2 vùng nguyên liệu đạt tiêu chuẩn VietGAP với tổng diện tích 50 ha.

Hoàng Lan (Trung tâm TT-VH huyện)
Địa chỉ: Khu 2, thị trấn Bình Liêu - Điện thoại: 0203.3878.222
"""

Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)

FIGS = [
    F("trồng 315 ha", "315", 315, "measure", "ha", "diện tích dong riềng",
      change=change("increase", 25, "ha", "năm 2022"), period=Y23),
    F("đạt 52 tấn/ha", "52", 52, "measure", "tấn/ha", "năng suất bình quân dong riềng", period=Y23),
    F("đạt 16.380 tấn", "16.380", 16380, "measure", "tấn", "sản lượng củ dong riềng", period=Y23),
    F("có 46 hộ", "46", 46, "count", "hộ", "hộ chế biến miến dong"),
    F("và 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã chế biến miến dong"),
    F("khoảng 400 lao động", "400", 400, "count", "lao động", "lao động có việc làm từ chế biến miến dong",
      approx="about"),
    F("từ 8 đến 10 tấn", "8", 8, "measure", "tấn/ngày", "miến xuất ra thị trường mỗi ngày trong vụ Tết",
      value_max=10),
    F("bán buôn 85.000 đồng/kg", "85.000", 85000, "money", "đồng/kg", "giá miến bán buôn",
      change=change("increase", 5000, "đồng/kg", "cùng kỳ")),
    F("gần 60 tấn", "60", 60, "measure", "tấn", "đơn đặt hàng miến của HTX Miến dong Hoành Mô",
      approx="nearly"),
    F("đạt 1.320 tấn", "1.320", 1320, "measure", "tấn", "tổng sản lượng miến dong", period=Y23),
    F("ước đạt 105 tỷ đồng", "105", 105e9, "money", "đồng", "doanh thu miến dong",
      status="estimate", percent=18, period=Y23),
    F("OCOP 4 sao", "4", 4, "count", "sao", "hạng sao OCOP", optional=True),
    F("hơn 30 cửa hàng", "30", 30, "count", "cửa hàng", "cửa hàng bày bán miến dong Bình Liêu",
      approx="over"),
    F("khoảng 450 tấn", "450", 450, "measure", "tấn", "miến tiêu thụ từ nay đến Tết",
      approx="about", status="forecast"),
    F("lên 350 ha", "350", 350, "measure", "ha", "diện tích dong riềng", status="target", period=Y24),
    F("xây dựng 2 vùng", "2", 2, "count", "vùng nguyên liệu", "vùng nguyên liệu đạt tiêu chuẩn VietGAP",
      status="target", period=Y24),
    F("tổng diện tích 50 ha", "50", 50, "measure", "ha", "diện tích vùng nguyên liệu VietGAP",
      status="target", period=Y24),
]

NOTES = [
    "District portal (Bình Liêu, Quảng Ninh): miến dong season before Tết Giáp Thìn 2024.",
    "Distractors: weekday/time dateline, Quốc lộ 18C, Khu 2, phone 0203.3878.222, person named Lý Văn Sáu, Tết Giáp Thìn.",
    "Location: the district Bình Liêu throughout (communes named only as a list with no figure; traders' cities are not places of figures).",
    "'năm nay', 'Hiện', 'từ nay đến Tết', 'Trong vụ Tết' give no period (not in the spec's table).",
    "'chiếm khoảng 18%' after the revenue is its percent. 'mỗi ngày ... từ 8 đến 10 tấn' keeps the per-day in the unit.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2024-01-15", location="Bình Liêu")
