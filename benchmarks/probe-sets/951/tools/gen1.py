"""p951-1: province portal (Thanh Hóa), Thư viện tỉnh, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Thư viện tỉnh phục vụ hơn 520 nghìn lượt bạn đọc trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317

Theo Thư viện tỉnh Thanh Hóa, 6 tháng đầu năm 2024, đơn vị đã cấp mới 3.860 thẻ bạn đọc, đạt 64,3% kế hoạch năm; phục vụ 523.400 lượt bạn đọc, tăng 12,6% so với cùng kỳ năm 2023, trong đó bạn đọc là học sinh, sinh viên chiếm 71%. Số lượt sách, báo luân chuyển ước đạt 1,12 triệu lượt.

Kho tài liệu của Thư viện hiện có 612.450 bản sách, trong đó sách địa chí có 9.870 bản. Từ đầu năm đến nay, thư viện bổ sung 14.200 bản sách mới với kinh phí khoảng 1,8 tỷ đồng và số hóa thêm 2.150 tài liệu. Tổng số tài liệu số của thư viện hiện đạt 41.300 biểu ghi.

Hoạt động phục vụ lưu động được đẩy mạnh với 46 chuyến xe thư viện đến các trường học, đồn biên phòng dọc Quốc lộ 217 và các huyện miền núi như Mường Lát (8 chuyến), Quan Sơn (7 chuyến), Bá Thước (6 chuyến). Mỗi chuyến mang theo từ 2.500 đến 3.000 bản sách, phục vụ trung bình 600 lượt bạn đọc/chuyến.

Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3, thư viện tổ chức 12 cuộc trưng bày, triển lãm với gần 4.000 bản sách, thu hút trên 15.000 lượt người tham quan. Cuộc thi Đại sứ Văn hóa đọc năm 2024 cấp tỉnh nhận được 28.560 bài dự thi, gấp 1,4 lần năm trước.

6 tháng cuối năm, Thư viện tỉnh phấn đấu cấp thêm 2.200 thẻ bạn đọc, đưa tổng lượt phục vụ cả năm đạt 1 triệu lượt; dự kiến tổ chức 40 chuyến phục vụ lưu động tại các xã vùng cao.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("6 tháng", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 520 nghìn lượt bạn đọc", "520", 520000, "count", "lượt bạn đọc",
      "lượt bạn đọc Thư viện tỉnh phục vụ", approx="over", period=HEAD),
    F("cấp mới 3.860 thẻ bạn đọc", "3.860", 3860, "count", "thẻ bạn đọc",
      "thẻ bạn đọc cấp mới", percent=64.3, period=H1),
    F("phục vụ 523.400 lượt bạn đọc", "523.400", 523400, "count", "lượt bạn đọc",
      "lượt bạn đọc phục vụ", change=C("increase", 12.6, baseline="cùng kỳ năm 2023"), period=H1),
    F("sinh viên chiếm 71%", "71", 71, "percent", "%",
      "bạn đọc là học sinh, sinh viên", period=H1),
    F("ước đạt 1,12 triệu lượt", "1,12", 1120000, "count", "lượt",
      "lượt sách, báo luân chuyển", status="estimate", period=I(H1)),
    F("hiện có 612.450 bản sách", "612.450", 612450, "count", "bản sách",
      "bản sách trong kho tài liệu của Thư viện"),
    F("có 9.870 bản", "9.870", 9870, "count", "bản", "sách địa chí", total=612450),
    F("bổ sung 14.200 bản sách", "14.200", 14200, "count", "bản sách",
      "bản sách mới bổ sung", period=YTD),
    F("khoảng 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng",
      "kinh phí bổ sung sách mới", approx="about", period=YTD),
    F("thêm 2.150 tài liệu", "2.150", 2150, "count", "tài liệu", "tài liệu số hóa thêm", period=YTD),
    F("đạt 41.300 biểu ghi", "41.300", 41300, "count", "biểu ghi", "tài liệu số của thư viện"),
    F("với 46 chuyến xe", "46", 46, "count", "chuyến", "chuyến xe thư viện lưu động", period=I(H1)),
    F("Mường Lát (8 chuyến)", "8", 8, "count", "chuyến", "chuyến xe thư viện lưu động",
      location="Mường Lát", period=I(H1)),
    F("Quan Sơn (7 chuyến)", "7", 7, "count", "chuyến", "chuyến xe thư viện lưu động",
      location="Quan Sơn", period=I(H1)),
    F("Bá Thước (6 chuyến)", "6", 6, "count", "chuyến", "chuyến xe thư viện lưu động",
      location="Bá Thước", period=I(H1)),
    F("từ 2.500 đến 3.000 bản sách", "2.500", 2500, "count", "bản sách",
      "bản sách mỗi chuyến xe mang theo", value_max=3000),
    F("trung bình 600 lượt bạn đọc/chuyến", "600", 600, "measure", "lượt bạn đọc/chuyến",
      "lượt bạn đọc phục vụ mỗi chuyến"),
    F("tổ chức 12 cuộc trưng bày", "12", 12, "count", "cuộc trưng bày",
      "cuộc trưng bày, triển lãm", period=I(H1)),
    F("gần 4.000 bản sách", "4.000", 4000, "count", "bản sách",
      "bản sách trưng bày, triển lãm", approx="nearly", period=I(H1)),
    F("trên 15.000 lượt người", "15.000", 15000, "count", "lượt người",
      "lượt người tham quan trưng bày, triển lãm", approx="over", period=I(H1)),
    F("nhận được 28.560 bài dự thi", "28.560", 28560, "count", "bài dự thi",
      "bài dự thi Cuộc thi Đại sứ Văn hóa đọc cấp tỉnh",
      change=C("increase", 1.4, unit="lần", baseline="năm trước"), period=Y),
    F("cấp thêm 2.200 thẻ bạn đọc", "2.200", 2200, "count", "thẻ bạn đọc",
      "thẻ bạn đọc cấp thêm", status="target", period=H2),
    F("đạt 1 triệu lượt", "1", 1000000, "count", "lượt",
      "tổng lượt phục vụ bạn đọc cả năm", status="target",
      period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("tổ chức 40 chuyến", "40", 40, "count", "chuyến", "chuyến phục vụ lưu động",
      status="forecast", period=H2),
]

NOTES = [
    "Thanh Hóa province portal: Thư viện tỉnh, 6 tháng đầu năm 2024. Breadcrumb, 'Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317' (furniture).",
    "Headline '6 tháng' has no year: nothing dated before it, so the year of published (2024).",
    "'Từ đầu năm đến nay' ends at published. 'hiện' sentences get no period. 'lần thứ 3', 'Quốc lộ 217' are not figures.",
    "District list in brackets after 46 chuyến ('như' = examples, 8+7+6 != 46): no total; each district is the location.",
    "'gấp 1,4 lần năm trước' after a count is that count's change (increase 1.4 lần, baseline 'năm trước').",
    "'chiếm 71%' after 'trong đó bạn đọc là học sinh...' has no base count of its own: a percent figure.",
    "Last sentence: 'phấn đấu' -> target for 2.200 and 1 triệu (continuing clause); 'dự kiến' -> forecast for 40 chuyến.",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Thanh Hóa")
