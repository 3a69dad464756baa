"""p1010-6: national newspaper (VnExpress-like), Hà Nội battery bins in apartment blocks, 8 months 2024."""
from lib import F, write, period, inherit, change, target

TEXT = """Thời sự > Môi trường
Chủ nhật, 15/9/2024, 10:30 (GMT+7)

Hà Nội dự kiến đặt thêm 300 thùng thu gom pin tại chung cư

Sau 8 tháng, các thùng thu gom pin cũ đặt tại chung cư, trường học đã nhận gần 7 tấn; thành phố sẽ mở rộng mô hình ra toàn bộ 12 quận nội thành.

Theo Sở Tài nguyên và Môi trường Hà Nội, 8 tháng đầu năm 2024, 450 thùng thu gom đặt tại 186 tòa chung cư và 54 trường học đã tiếp nhận khoảng 6,8 tấn pin cũ, tăng 32% so với cùng kỳ năm ngoái. Bình quân mỗi thùng nhận 15 kg pin. Tại các khu thí điểm, lượng pin lẫn trong rác sinh hoạt giảm khoảng 40%.

Ông Nguyễn Minh Quang, Phó giám đốc một công ty môi trường đô thị, cho biết chi phí vận chuyển, xử lý khoảng 20.000-25.000 đồng/kg, do các nhà sản xuất tham gia chương trình EPR chi trả. Trong khi đó, tại các cơ sở thu mua phế liệu, điện thoại, máy tính hỏng được mua với giá 5.000-8.000 đồng/kg, còn pin gần như không ai mua.

Khảo sát của một nhóm nghiên cứu với 1.200 hộ gia đình ở Hà Nội cho thấy 68% hộ vẫn bỏ pin cũ chung với rác sinh hoạt, chỉ 9% mang đến điểm thu gom. "Nhiều người không biết điểm thu gom gần nhất ở đâu", trưởng nhóm nghiên cứu nói.

Dự kiến đến cuối năm, thành phố lắp thêm 300 thùng tại chung cư ở 12 quận nội thành, nâng tổng số lên 750 thùng. Người dân có thể tra cứu vị trí thùng qua tổng đài 1900.6868 hoặc ứng dụng iHanoi.

Gia Chính
"""

P8 = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
EOY = period("đến cuối năm", None, "2024-12-31")

FIGS = [
    F("đặt thêm 300 thùng thu gom pin tại", "300", 300, "count", "thùng thu gom", "thùng thu gom pin đặt thêm tại chung cư",
      status="forecast"),
    F("nhận gần 7 tấn", "7", 7, "measure", "tấn", "pin cũ tiếp nhận tại các thùng thu gom", approx="nearly",
      period=inherit(period("Sau 8 tháng", "2024-01-01", "2024-08-31"))),
    F("toàn bộ 12 quận", "12", 12, "count", "quận", "quận nội thành mở rộng mô hình", status="forecast",
      optional=True),
    F("450 thùng", "450", 450, "count", "thùng thu gom", "thùng thu gom", period=P8),
    F("186 tòa chung cư", "186", 186, "count", "tòa chung cư", "tòa chung cư đặt thùng thu gom", period=P8),
    F("54 trường học", "54", 54, "count", "trường học", "trường học đặt thùng thu gom", period=P8),
    F("khoảng 6,8 tấn", "6,8", 6.8, "measure", "tấn", "pin cũ tiếp nhận", approx="about",
      change=change("increase", 32, baseline="cùng kỳ năm ngoái"), period=P8),
    F("nhận 15 kg pin", "15", 15, "measure", "kg", "pin bình quân mỗi thùng nhận", period=inherit(P8)),
    F("giảm khoảng 40%", "40", 40, "percent", "%", "lượng pin lẫn trong rác sinh hoạt tại các khu thí điểm",
      approx="about", period=inherit(P8)),
    F("khoảng 20.000-25.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", "chi phí vận chuyển, xử lý pin",
      value_max=25000, approx="about"),
    F("giá 5.000-8.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá thu mua điện thoại, máy tính hỏng",
      value_max=8000),
    F("với 1.200 hộ", "1.200", 1200, "count", "hộ gia đình", "hộ gia đình được khảo sát"),
    F("68% hộ", "68", 68, "percent", "%", "hộ vẫn bỏ pin cũ chung với rác sinh hoạt"),
    F("chỉ 9% mang", "9", 9, "percent", "%", "hộ mang pin cũ đến điểm thu gom"),
    F("lắp thêm 300 thùng", "300", 300, "count", "thùng", "thùng thu gom lắp thêm tại chung cư", status="forecast",
      period=EOY),
    F("ở 12 quận nội thành,", "12", 12, "count", "quận", "quận nội thành lắp thêm thùng thu gom", status="forecast",
      period=EOY),
    F("lên 750 thùng", "750", 750, "count", "thùng", "tổng số thùng thu gom", status="forecast", period=EOY),
]

NOTES = [
    "VnExpress-style national paper, dateline 'Chủ nhật, 15/9/2024, 10:30 (GMT+7)', byline Gia Chính at the end. Location Hà Nội.",
    "Distractors: '10:30 (GMT+7)'; 'tổng đài 1900.6868'; 'iHanoi'; 'cùng kỳ năm ngoái' (baseline).",
    "Headline '300 thùng' follows 'dự kiến' → forecast.",
    "'Sau 8 tháng' (sapo) is a duration whose bounds only the body gives (8 tháng đầu năm 2024): period marked inherited (unscored).",
    "The sapo's '12 quận' (the city's inner districts, after 'sẽ mở rộng', no forecast cue) is optional.",
    "'giảm khoảng 40%' has no base amount: a percent figure without change. Ranges '20.000-25.000 đồng/kg' (about) and",
    "'5.000-8.000 đồng/kg' give value_max. The survey figures (1.200 hộ, 68%, 9%) have no stated period.",
    "'Dự kiến đến cuối năm' governs the whole last sentence (300, 12 quận, 750): forecast, as-of 2024-12-31.",
]

write(6, TEXT, FIGS, NOTES, published="2024-09-15", location="Hà Nội")
