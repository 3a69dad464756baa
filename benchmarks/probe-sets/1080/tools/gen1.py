"""p1080-1: Thanh Hóa province portal: removing self-opened crossings, H1/2024."""
from lib import F, P, C, T, save

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Xây dựng

Thanh Hóa xóa bỏ 46 lối đi tự mở qua đường sắt trong 6 tháng

Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.236

(Cổng TTĐT) - Theo báo cáo của Ban An toàn giao thông tỉnh, 6 tháng đầu năm 2024, trên tuyến đường sắt Bắc - Nam qua địa bàn tỉnh Thanh Hóa xảy ra 7 vụ tai nạn giao thông đường sắt, giảm 2 vụ so với cùng kỳ năm 2023; làm chết 5 người, bị thương 3 người.

Toàn tỉnh hiện có 92 km đường sắt đi qua 8 huyện, thị xã, thành phố với 68 đường ngang hợp pháp, trong đó 21 đường ngang có người gác, 35 đường ngang cảnh báo tự động và 12 đường ngang chỉ có biển báo. Đáng chú ý, vẫn còn 214 lối đi tự mở, nhiều nhất ở các huyện Hà Trung (38 lối đi), Nông Cống (33 lối đi) và thị xã Nghi Sơn (41 lối đi).

Thực hiện Quyết định số 358/QĐ-TTg của Thủ tướng Chính phủ, từ đầu năm đến nay, các địa phương đã xóa bỏ 46 lối đi tự mở, đạt 57,5% kế hoạch năm; xây dựng 3,8 km đường gom, hàng rào cách ly với tổng kinh phí khoảng 27,6 tỷ đồng. Riêng trong quý II/2024, tỉnh lắp đặt bổ sung 15 cần chắn tự động tại các lối đi có mật độ phương tiện lớn, bố trí 24 chốt gác với 72 người tham gia cảnh giới. Mức hỗ trợ cho người cảnh giới là 4,5 triệu đồng/người/tháng.

Tại đường ngang Km 160+900 (gần ga Đò Lèn) giao với Quốc lộ 1A, lưu lượng hiện khoảng 12.000 lượt phương tiện/ngày, tăng gấp 3 lần so với năm 2015.

Phấn đấu đến hết năm 2024, toàn tỉnh xóa thêm 34 lối đi tự mở, nâng tổng số lối đi được xóa trong năm lên 80 lối đi; đồng thời giảm ít nhất 10% số vụ tai nạn giao thông đường sắt so với năm 2023.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
END24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Thanh Hóa xóa bỏ 46", "46", 46, "count", "lối đi tự mở", "lối đi tự mở qua đường sắt được xóa bỏ",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("xảy ra 7 vụ", "7", 7, "count", "vụ", "tai nạn giao thông đường sắt",
      change=C("decrease", 2, "vụ", "cùng kỳ năm 2023"), period=H1),
    F("làm chết 5 người", "5", 5, "count", "người", "người chết do tai nạn giao thông đường sắt", period=H1),
    F("bị thương 3 người", "3", 3, "count", "người", "người bị thương do tai nạn giao thông đường sắt", period=H1),
    F("hiện có 92 km", "92", 92, "measure", "km", "chiều dài đường sắt qua địa bàn tỉnh"),
    F("đi qua 8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có đường sắt đi qua"),
    F("với 68 đường ngang", "68", 68, "count", "đường ngang", "đường ngang hợp pháp"),
    F("trong đó 21 đường ngang", "21", 21, "count", "đường ngang", "đường ngang có người gác", total=68),
    F("35 đường ngang cảnh báo", "35", 35, "count", "đường ngang", "đường ngang cảnh báo tự động", total=68),
    F("12 đường ngang chỉ có", "12", 12, "count", "đường ngang", "đường ngang chỉ có biển báo", total=68),
    F("vẫn còn 214 lối đi", "214", 214, "count", "lối đi tự mở", "lối đi tự mở còn tồn tại"),
    F("(38 lối đi)", "38", 38, "count", "lối đi", "lối đi tự mở", location="Hà Trung"),
    F("(33 lối đi)", "33", 33, "count", "lối đi", "lối đi tự mở", location="Nông Cống"),
    F("(41 lối đi)", "41", 41, "count", "lối đi", "lối đi tự mở", location="Nghi Sơn"),
    F("đã xóa bỏ 46 lối đi", "46", 46, "count", "lối đi tự mở", "lối đi tự mở được xóa bỏ",
      percent=57.5, period=YTD),
    F("xây dựng 3,8 km", "3,8", 3.8, "measure", "km", "đường gom, hàng rào cách ly được xây dựng", period=YTD),
    F("khoảng 27,6 tỷ đồng", "27,6", 27.6e9, "money", "đồng", "tổng kinh phí xây dựng đường gom, hàng rào cách ly",
      approx="about", period=YTD),
    F("bổ sung 15 cần chắn", "15", 15, "count", "cần chắn tự động", "cần chắn tự động lắp đặt bổ sung", period=Q2),
    F("bố trí 24 chốt gác", "24", 24, "count", "chốt gác", "chốt gác bố trí", period=Q2),
    F("với 72 người", "72", 72, "count", "người", "người tham gia cảnh giới", period=Q2),
    F("4,5 triệu đồng/người/tháng", "4,5", 4.5e6, "money", "đồng/người/tháng", "mức hỗ trợ cho người cảnh giới"),
    F("khoảng 12.000 lượt", "12.000", 12000, "measure", "lượt phương tiện/ngày",
      "lưu lượng phương tiện qua đường ngang Km 160+900", approx="about",
      change=C("increase", 3, "lần", "năm 2015")),
    F("xóa thêm 34 lối đi", "34", 34, "count", "lối đi tự mở", "lối đi tự mở xóa thêm",
      status="target", period=END24),
    F("lên 80 lối đi", "80", 80, "count", "lối đi", "tổng số lối đi tự mở được xóa trong năm",
      status="target", period=P("trong năm", "2024-01-01", "2024-12-31")),
    F("ít nhất 10%", "10", 10, "percent", "%", "mức giảm số vụ tai nạn giao thông đường sắt so với năm 2023",
      approx="at_least", status="target", period=END24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: xóa bỏ lối đi tự mở, tai nạn đường sắt 6 tháng đầu năm 2024 (invented).",
    "Headline '6 tháng' (no year) takes 2024 from the dateline. 'từ đầu năm đến nay' ends at the dateline 12/07/2024.",
    "21/35/12 after 'trong đó' are parts of the 68 đường ngang; the district list after 'nhiều nhất ở' has no part-of cue and does not add up to 214: no total.",
    "'tăng gấp 3 lần so với năm 2015' is the change of the 12.000 lượt phương tiện/ngày (a rate with its denominator, so measure).",
    "'ít nhất 10%' (a reduction rate with no base amount) is a percent figure, status target.",
    "The 80 is the number removed 'trong năm' (its own clause): period the whole of 2024; 'đến hết năm 2024' gives the 34 and the 10% an end date only.",
    "revised: 80 lối đi period changed from 'đến hết năm 2024' (end only) to 'trong năm' = 2024 (the count is over the year).",
    "Not figures: Lượt xem 1.236, 09:45, Quyết định số 358/QĐ-TTg, Km 160+900, Quốc lộ 1A, năm 2015 (baseline).",
]

if __name__ == "__main__":
    save(1, TEXT, FIGS, COMMENTS, published="2024-07-12", location="Thanh Hóa")
