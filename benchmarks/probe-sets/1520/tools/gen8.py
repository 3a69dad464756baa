"""p1520-8: radio/TV site (Đài PT-TH Đà Nẵng, DRT): frames from recycled pallet wood in quận Sơn Trà; city job training."""
from lib import F, P, year, inh, ch, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐÀ NẴNG
Thời sự | Kinh tế | Xã hội | Video | Podcast

Khung tranh từ gỗ pallet tái chế
Cập nhật lúc 19:20 ngày 21/11/2024

(DRT) - Tận dụng gỗ pallet thải từ các cảng và nhà máy, một xưởng nhỏ ở quận Sơn Trà đã làm ra những chiếc khung tranh, khung ảnh độc đáo, tạo việc làm cho người khuyết tật.

Năm 2021, anh Võ Đình Nam mở xưởng với 3 thợ. Đến nay, xưởng có 14 lao động, trong đó 5 người khuyết tật. Mỗi tháng, xưởng dùng khoảng 4 tấn gỗ pallet thải, làm ra 2.500-3.000 khung. Doanh thu năm 2023 đạt khoảng 1,2 tỷ đồng; 10 tháng năm nay đạt 1,45 tỷ đồng, vượt 20,8% so với cả năm 2023. Hiện xưởng có gần hai chục đại lý, cửa hàng nhận bán sản phẩm ở các tỉnh miền Trung. Sản phẩm của xưởng từng đoạt giải Ba Cuộc thi Thiết kế sản phẩm thủ công mỹ nghệ TP Đà Nẵng lần thứ 4.

"Khung tranh khổ lớn có giá khoảng 350.000 đồng, đắt hơn khung gỗ công nghiệp khoảng 30% nhưng khách vẫn thích vì mỗi chiếc có vân gỗ riêng", anh Nam chia sẻ. Anh dự kiến năm 2025 mở thêm một cửa hàng trưng bày và nâng sản lượng lên 4.000 khung/tháng.

Theo Sở Lao động - Thương binh và Xã hội TP Đà Nẵng, năm 2024 thành phố hỗ trợ dạy nghề mộc, đóng khung tranh cho 120 người khuyết tật, trong đó 86 người đã có việc làm, đạt 71,7%. Mức hỗ trợ tối đa 6 triệu đồng/người/khóa học.

Tin cùng chuyên mục
Xem thêm video: Bản tin Thời sự 19h
"""

ST = "Sơn Trà"
DN = "Đà Nẵng"
Y25 = year("năm 2025", 2025)

FIGS = [
    F("với 3 thợ", "3", 3, "count", "thợ", subject="thợ của xưởng khi mở", period=year("Năm 2021", 2021)),
    F("có 14 lao động", "14", 14, "count", "lao động", subject="lao động của xưởng"),
    F("trong đó 5 người", "5", 5, "count", "người", total=14, subject="người khuyết tật làm việc tại xưởng"),
    F("khoảng 4 tấn", "4", 4, "measure", "tấn/tháng", approx="about", subject="gỗ pallet thải xưởng dùng mỗi tháng"),
    F("ra 2.500-3.000 khung", "2.500", 2500, "measure", "khung/tháng", value_max=3000,
      subject="khung xưởng làm ra mỗi tháng"),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", subject="doanh thu của xưởng",
      period=year("năm 2023", 2023)),
    F("đạt 1,45 tỷ", "1,45", 1.45e9, "money", "đồng", change=ch("increase", 20.8, "%", "cả năm 2023"),
      subject="doanh thu của xưởng", period=P("10 tháng năm nay", "2024-01-01", "2024-10-31")),
    F("gần hai chục đại lý", "hai chục", 20, "count", "đại lý, cửa hàng", approx="nearly",
      subject="đại lý, cửa hàng nhận bán sản phẩm của xưởng"),
    F("khoảng 350.000 đồng", "350.000", 350000, "money", "đồng", approx="about",
      change=ch("increase", 30, "%", "khung gỗ công nghiệp", approx="about"), subject="giá khung tranh khổ lớn"),
    F("thêm một cửa hàng", "một", 1, "count", "cửa hàng", status="forecast",
      subject="cửa hàng trưng bày xưởng mở thêm", period=Y25),
    F("lên 4.000 khung/tháng", "4.000", 4000, "measure", "khung/tháng", status="forecast",
      subject="sản lượng của xưởng", period=Y25),
    F("cho 120 người", "120", 120, "count", "người khuyết tật", subject="người khuyết tật được hỗ trợ dạy nghề mộc, đóng khung tranh",
      period=year("năm 2024", 2024), location=DN),
    F("trong đó 86 người", "86", 86, "count", "người", total=120, percent=71.7,
      subject="người khuyết tật đã có việc làm", period=year("năm 2024", 2024), location=DN),
    F("tối đa 6 triệu", "6", 6e6, "money", "đồng/người/khóa học", approx="at_most",
      subject="mức hỗ trợ dạy nghề", location=DN),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đà Nẵng): menu, 'Cập nhật lúc 19:20 ngày 21/11/2024', sapo with '(DRT) -', 'Tin cùng chuyên mục', video link.",
    "Distractors: '19:20', '19h', founding year 'Năm 2021' (the 3 thợ of that year are a figure), 'giải Ba' (a prize name), 'lần thứ 4'.",
    "Workshop figures are located in quận Sơn Trà (named in the sapo); the city's training figures in Đà Nẵng.",
    "'Mỗi tháng ... khoảng 4 tấn ..., làm ra 2.500-3.000 khung' → monthly rates (measure, tấn/tháng and khung/tháng).",
    "'vượt 20,8% so với cả năm 2023' → change of 1,45 tỷ. 'đắt hơn khung gỗ công nghiệp khoảng 30%' → change of the price (about).",
    "'gần hai chục' = nearly 20; 'một cửa hàng' = 1 (forecast, 'dự kiến năm 2025'). '10 tháng năm nay' takes 2024 from the dateline.",
    "'Đến nay' and 'Hiện' give no period. 'tối đa 6 triệu đồng/người/khóa học' → at_most, rate unit.",
]

if __name__ == "__main__":
    write("p1520-8", TEXT, NOTES, FIGS, published="2024-11-21", location="Sơn Trà")
