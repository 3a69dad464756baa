from lib import F, P, build

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 21/5/2024, 16:40 (GMT+7)

Hơn 100 lô sầu riêng bị cảnh báo, nhiều mã vùng trồng bị tạm dừng

Từ đầu năm đến nay, cơ quan kiểm dịch Trung Quốc đã cảnh báo 112 lô sầu riêng tươi của Việt Nam, chủ yếu do phát hiện cadimi và vàng O vượt mức cho phép.

Theo Cục Bảo vệ thực vật, trong số này, 78 lô nhiễm vàng O và 34 lô nhiễm cadimi. Sau các cảnh báo, phía Trung Quốc đã tạm dừng nhập khẩu đối với 27 mã số vùng trồng và 14 mã số cơ sở đóng gói, tập trung ở Tiền Giang, Đắk Lắk, Đồng Nai và Bến Tre.

Số liệu của Tổng cục Hải quan cho thấy, 4 tháng đầu năm 2024, xuất khẩu sầu riêng đạt 562 triệu USD, tăng 22% so với cùng kỳ năm ngoái, chiếm khoảng 19% kim ngạch xuất khẩu rau quả.

Ông Nguyễn Quý Dương, Phó cục trưởng Cục Bảo vệ thực vật, cho biết hiện cả nước có 1.412 mã số vùng trồng sầu riêng, diện tích khoảng 57.300 ha, và 1.026 mã số cơ sở đóng gói sầu riêng được phía Trung Quốc phê duyệt. "Chỉ một lô hàng vi phạm, cả mã vùng trồng có thể bị dừng", ông nói.

Giám đốc Hợp tác xã Sầu riêng 3/2 (huyện Cai Lậy, Tiền Giang) cho biết lô hàng 18 tấn của đơn vị bị trả về hồi tháng 3, thiệt hại gần 2 tỷ đồng.

Để kiểm soát cadimi, Bộ Nông nghiệp và Phát triển nông thôn đã chỉ định 12 phòng thử nghiệm, mỗi phòng có thể phân tích từ 50 đến 80 mẫu/ngày; chi phí phân tích mỗi mẫu khoảng 1,2-1,5 triệu đồng. Doanh nghiệp xuất khẩu phải kiểm tra 100% lô hàng trước khi thông quan theo Công văn số 1432/BVTV-KD.

Hiệp hội Rau quả Việt Nam dự báo kim ngạch xuất khẩu sầu riêng năm 2024 có thể đạt 3,5 tỷ USD, cao hơn mức 2,2 tỷ USD của năm 2023.

Gia Chính
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-21")
YTD_I = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-21", inh=True)
M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
T3 = P("tháng 3", "2024-03-01", "2024-03-31")

FIGS = [
    F("Hơn 100 lô", "100", 100, "count", "lô", "lô sầu riêng bị cảnh báo", approx="over", period=YTD_I),
    F("cảnh báo 112 lô", "112", 112, "count", "lô", "lô sầu riêng tươi bị cảnh báo", period=YTD),
    F("78 lô", "78", 78, "count", "lô", "lô nhiễm vàng O", total=112, period=YTD_I),
    F("34 lô", "34", 34, "count", "lô", "lô nhiễm cadimi", total=112, period=YTD_I),
    F("với 27 mã", "27", 27, "count", "mã số vùng trồng", "mã số vùng trồng bị tạm dừng nhập khẩu", period=YTD_I),
    F("và 14 mã", "14", 14, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói bị tạm dừng nhập khẩu",
      period=YTD_I),
    F("562 triệu USD", "562", 562000000, "money", "USD", "xuất khẩu sầu riêng", percent=19,
      change={"direction": "increase", "value": 22, "unit": "%", "baseline": "cùng kỳ năm ngoái"}, period=M4),
    F("có 1.412 mã", "1.412", 1412, "count", "mã số vùng trồng", "mã số vùng trồng sầu riêng được phía Trung Quốc phê duyệt"),
    F("khoảng 57.300 ha", "57.300", 57300, "measure", "ha", "diện tích mã số vùng trồng sầu riêng", approx="about"),
    F("và 1.026 mã", "1.026", 1026, "count", "mã số cơ sở đóng gói",
      "mã số cơ sở đóng gói sầu riêng được phía Trung Quốc phê duyệt"),
    F("hàng 18 tấn", "18", 18, "measure", "tấn", "lô hàng bị trả về", period=T3, location="Cai Lậy"),
    F("gần 2 tỷ đồng", "2", 2000000000, "money", "đồng", "thiệt hại", approx="nearly", period=T3,
      location="Cai Lậy"),
    F("chỉ định 12 phòng", "12", 12, "count", "phòng thử nghiệm", "phòng thử nghiệm được chỉ định"),
    F("từ 50 đến 80 mẫu/ngày", "50", 50, "measure", "mẫu/ngày", "khả năng phân tích mỗi phòng", value_max=80),
    F("khoảng 1,2-1,5 triệu đồng", "1,2", 1200000, "money", "đồng", "chi phí phân tích mỗi mẫu",
      value_max=1500000, approx="about"),
    F("kiểm tra 100% lô", "100", 100, "percent", "%", "lô hàng phải kiểm tra trước khi thông quan", optional=True),
    F("đạt 3,5 tỷ USD", "3,5", 3500000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng", status="forecast",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("mức 2,2 tỷ USD", "2,2", 2200000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "National press (business news site): durian lots warned by China, suspended codes, exports. Dateline 'Thứ ba, 21/5/2024, 16:40 (GMT+7)'; byline at the end.",
    "Default location Việt Nam; the provinces listed after the national suspension counts do not make them provincial. The cooperative's lot is in Cai Lậy.",
    "Headline 'Hơn 100 lô' annotated (over 100), its period only in the lead (inherited). 78 and 34 after 'trong số này': total 112.",
    "562 triệu USD carries change 22% and share 'chiếm khoảng 19%' (percent attribute). 'hiện cả nước có …' has no period phrase.",
    "'hồi tháng 3' = March 2024 (year of the dateline). Ranges: '50 đến 80 mẫu/ngày' (measure, a rate unit), '1,2-1,5 triệu đồng' (both ends ×10^6).",
    "'dự báo … có thể đạt 3,5 tỷ USD' forecast; 'cao hơn mức 2,2 tỷ USD của năm 2023' is a figure of its own (a level, not a gap), actual, năm 2023.",
    "Optional: '100% lô hàng' (a rule, not a measured share). Distractors: 'Hợp tác xã Sầu riêng 3/2', 'Công văn số 1432/BVTV-KD', '(GMT+7)', dateline.",
]

if __name__ == "__main__":
    build(6, TEXT, COMMENTS, FIGS, published="2024-05-21", location="Việt Nam")
