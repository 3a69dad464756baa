"""p1339-8: radio/TV site (Đài PT-TH Đồng Tháp, '(THDT) -'): cross-river passenger wharves before Tết 2024."""
from lib import F, P, I, C, T, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự | Kinh tế | Xã hội | Video | Phát thanh trực tuyến

Bảo đảm an toàn bến khách ngang sông dịp Tết Giáp Thìn
Cập nhật lúc 10:30 ngày 02/02/2024

(THDT) - Toàn tỉnh Đồng Tháp hiện có 142 bến khách ngang sông với 318 phương tiện tham gia đưa đón khách, bình quân mỗi ngày vận chuyển khoảng 95 nghìn lượt khách. Dự báo dịp Tết Nguyên đán, lượng khách qua các bến tăng 25-30% so với ngày thường.

Theo Sở Giao thông vận tải, năm 2023, các bến khách ngang sông trên địa bàn tỉnh vận chuyển gần 34,7 triệu lượt khách và 21,5 triệu lượt xe mô tô, xe gắn máy. Hiện 138/142 bến đã được cấp giấy phép hoạt động, đạt 97,2%; 4 bến còn lại đang hoàn thiện hồ sơ.

Từ đầu tháng 1/2024 đến nay, Thanh tra Sở đã kiểm tra 96 bến, phát hiện 11 bến vi phạm như thiếu áo phao, chở quá số người quy định, xử phạt 48,5 triệu đồng.

Ông Lê Thanh Phong, Chánh Thanh tra Sở Giao thông vận tải cho biết: "Dịp Tết, Sở bố trí 24 tổ công tác trực tại các bến trọng điểm từ ngày 5/2 đến 20/2/2024. Phấn đấu trong năm 2024, 100% bến khách ngang sông có giấy phép, 100% hành khách mặc áo phao khi qua sông".

Dự kiến trong tháng 3/2024, tỉnh sẽ đưa vào sử dụng thêm 3 bến khách ngang sông tại huyện Lấp Vò với tổng vốn khoảng 7,5 tỷ đồng.

Phóng viên: Minh Trí - Hữu Phước
Đường dây nóng: 0277.3851.222
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu tháng 1/2024 đến nay", "2024-01-01", "2024-02-02")
TET = P("từ ngày 5/2 đến 20/2/2024", "2024-02-05", "2024-02-20")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
M3 = P("trong tháng 3/2024", "2024-03-01", "2024-03-31")

FIGS = [
    F("có 142 bến", "142", 142, "count", "bến khách ngang sông", subject="bến khách ngang sông"),
    F("với 318 phương tiện", "318", 318, "count", "phương tiện", subject="phương tiện tham gia đưa đón khách"),
    F("khoảng 95 nghìn", "95", 95000, "measure", "lượt khách/ngày", approx="about",
      subject="lượt khách vận chuyển bình quân mỗi ngày"),
    F("tăng 25-30%", "25", 25, "percent", "%", value_max=30, status="forecast",
      subject="lượng khách qua các bến dịp Tết Nguyên đán"),
    F("gần 34,7 triệu", "34,7", 34.7e6, "count", "lượt khách", approx="nearly",
      subject="lượt khách các bến khách ngang sông vận chuyển", period=Y23),
    F("và 21,5 triệu", "21,5", 21.5e6, "count", "lượt xe mô tô, xe gắn máy",
      subject="lượt xe mô tô, xe gắn máy các bến khách ngang sông vận chuyển", period=Y23),
    F("Hiện 138/142", "138", 138, "count", "bến", total=142, percent=97.2,
      subject="bến đã được cấp giấy phép hoạt động"),
    F("4 bến còn lại", "4", 4, "count", "bến", subject="bến còn lại đang hoàn thiện hồ sơ"),
    F("kiểm tra 96 bến", "96", 96, "count", "bến", subject="bến Thanh tra Sở kiểm tra", period=YTD),
    F("phát hiện 11 bến", "11", 11, "count", "bến", subject="bến vi phạm", period=YTD),
    F("phạt 48,5 triệu", "48,5", 48.5e6, "money", "đồng", subject="xử phạt", period=YTD),
    F("bố trí 24 tổ", "24", 24, "count", "tổ công tác", subject="tổ công tác trực tại các bến trọng điểm",
      period=TET),
    F("năm 2024, 100% bến", "100", 100, "percent", "%", status="target",
      subject="bến khách ngang sông có giấy phép", period=Y24),
    F("phép, 100% hành khách", "100", 100, "percent", "%", status="target",
      subject="hành khách mặc áo phao khi qua sông", period=Y24),
    F("thêm 3 bến", "3", 3, "count", "bến khách ngang sông", status="forecast",
      subject="bến khách ngang sông đưa vào sử dụng thêm", period=M3, location="Lấp Vò"),
    F("khoảng 7,5 tỷ", "7,5", 7.5e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn", period=M3, location="Lấp Vò"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Tháp): menu, headline, 'Cập nhật lúc 10:30 ngày 02/02/2024' (published), tag '(THDT) -', quote, reporters, hotline.",
    "'mỗi ngày ... khoảng 95 nghìn lượt khách' → rate, unit 'lượt khách/ngày', 95 nghìn = 95 000. 'Dự báo ... tăng 25-30%' → forecast growth rate (percent, no change), no dated period.",
    "'Hiện 138/142 bến ..., đạt 97,2%' → total 142, percent 97,2. '4 bến còn lại' has no cue: no total.",
    "'kiểm tra 96 bến, phát hiện 11 bến vi phạm' has no cue: no total. 'Từ đầu tháng 1/2024 đến nay' ends at the dateline.",
    "'24 tổ công tác ... từ ngày 5/2 đến 20/2/2024' → that period. 'Phấn đấu trong năm 2024, 100% ..., 100% ...' → two target percents.",
    "'Dự kiến trong tháng 3/2024 ... 3 bến ... tại huyện Lấp Vò ... khoảng 7,5 tỷ đồng' → forecast, location Lấp Vò.",
    "Distractors: '10:30', 'Tết Giáp Thìn', phone '0277.3851.222', dates 'ngày 5/2', '20/2/2024'.",
]

if __name__ == "__main__":
    write("p1339-8", TEXT, NOTES, FIGS, published="2024-02-02", location="Đồng Tháp")
