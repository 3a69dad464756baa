"""p1282-8: radio/TV site (Đài PT-TH Đà Nẵng, tag '(DNRT) -'): giò chả, chả bò before Tết 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH - TRUYỀN HÌNH ĐÀ NẴNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh
Kinh tế

Cơ sở giò chả tăng tốc phục vụ Tết
17:45 | 20/01/2025 | Lượt xem: 3.512

(DNRT) - Còn khoảng 10 ngày nữa là đến Tết Nguyên đán Ất Tỵ 2025, các cơ sở sản xuất giò chả, chả bò trên địa bàn thành phố đang chạy hết công suất.

Tại cơ sở giò chả Bà Tư (kiệt 45 Trần Cao Vân, quận Thanh Khê), mỗi ngày cơ sở tiêu thụ 1,5 tấn thịt, gấp 3 lần ngày thường. Bà Trần Thị Tư, chủ cơ sở, cho biết năm nay cơ sở nhận khoảng 3.000 đơn đặt hàng, trong đó khoảng 40% đặt qua mạng xã hội, và thuê thêm ba chục lao động thời vụ với tiền công 350.000 đồng/người/ngày.

Theo Chi cục An toàn vệ sinh thực phẩm, toàn thành phố hiện có 186 cơ sở sản xuất giò chả, chả bò, nem, trong đó 74 cơ sở tại quận Thanh Khê. Dự kiến dịp Tết, các cơ sở cung ứng ra thị trường khoảng 420 tấn sản phẩm, tăng 5% so với Tết Giáp Thìn 2024. Giá chả bò tại các cơ sở dao động 280.000-320.000 đồng/kg, giò heo 180.000 đồng/kg, ổn định so với năm trước.

Từ ngày 15/12/2024 đến nay, đoàn kiểm tra liên ngành đã kiểm tra 58 cơ sở, lấy 120 mẫu chả, giò xét nghiệm nhanh; phát hiện 2 mẫu dương tính với hàn the, chiếm 1,7%, tiêu hủy 65 kg sản phẩm.

Hoàng Anh - Minh Trí

Tin cùng chuyên mục:
- Đà Nẵng: Chợ hoa Xuân Ất Tỵ mở cửa từ 23 tháng Chạp
- Khai trương tuyến xe buýt số 12 Kim Liên - chợ Hàn

Địa chỉ: Số 70 Quang Trung, quận Hải Châu, TP Đà Nẵng. Đường dây nóng: 0236.3822.657
"""

NOW = per("năm nay", "2025-01-01", "2025-12-31")
SINCE = per("Từ ngày 15/12/2024 đến nay", "2024-12-15", "2025-01-20")
TK = "Thanh Khê"

FIGS = [
    fig("tiêu thụ 1,5 tấn", "1,5", 1.5, "measure", "tấn", change=chg("increase", 3, "lần", "ngày thường"),
        subject="thịt cơ sở giò chả Bà Tư tiêu thụ mỗi ngày", location=TK),
    fig("khoảng 3.000 đơn", "3.000", 3000, "count", "đơn đặt hàng", approx="about",
        subject="đơn đặt hàng cơ sở nhận", period=NOW, location=TK),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="đơn đặt qua mạng xã hội",
        period=NOW, location=TK),
    fig("thêm ba chục lao động", "ba chục", 30, "count", "lao động", subject="lao động thời vụ thuê thêm",
        period=NOW, location=TK),
    fig("350.000", "350.000", 350000, "money", "đồng/người/ngày", subject="tiền công lao động thời vụ",
        period=NOW, location=TK),
    fig("có 186 cơ sở", "186", 186, "count", "cơ sở", subject="cơ sở sản xuất giò chả, chả bò, nem"),
    fig("trong đó 74 cơ sở", "74", 74, "count", "cơ sở", total=186, subject="cơ sở sản xuất giò chả, chả bò, nem",
        location=TK),
    fig("khoảng 420 tấn", "420", 420, "measure", "tấn", approx="about", status="forecast",
        change=chg("increase", 5, "%", "Tết Giáp Thìn 2024"),
        subject="sản phẩm các cơ sở cung ứng ra thị trường dịp Tết"),
    fig("280.000-320.000", "280.000", 280000, "money", "đồng/kg", value_max=320000, subject="giá chả bò"),
    fig("giò heo 180.000", "180.000", 180000, "money", "đồng/kg", subject="giá giò heo"),
    fig("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở được kiểm tra", period=SINCE),
    fig("lấy 120 mẫu", "120", 120, "count", "mẫu", subject="mẫu chả, giò xét nghiệm nhanh", period=SINCE),
    fig("phát hiện 2 mẫu", "2", 2, "count", "mẫu", percent=1.7, subject="mẫu dương tính với hàn the",
        period=SINCE),
    fig("65 kg", "65", 65, "measure", "kg", subject="sản phẩm tiêu hủy", period=SINCE),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đà Nẵng): menu, '17:45 | 20/01/2025 | Lượt xem: 3.512' under the headline, tag '(DNRT) -', reporters, links, hotline.",
    "'Còn khoảng 10 ngày nữa là đến Tết' only locates the story in time: no figure. 'Bà Tư', 'Bà Trần Thị Tư' are names.",
    "The Bà Tư workshop is in quận Thanh Khê: its figures are located there; '74 cơ sở tại quận Thanh Khê' too. City figures: Đà Nẵng.",
    "'mỗi ngày ... 1,5 tấn thịt, gấp 3 lần ngày thường' → tấn ('mỗi ngày' in the subject; revised after the first run, was 'tấn/ngày')",
    "with change 3 lần. 'năm nay' = 2025 (published) for the whole sentence.",
    "'ba chục lao động' = 30. 'dịp Tết' has no dates: no period for 420 tấn (forecast, change 5% vs 'Tết Giáp Thìn 2024').",
    "'phát hiện 2 mẫu ..., chiếm 1,7%' → percent attribute; no 'trong đó' cue, so no total 120.",
    "Distractors: '17:45 | 20/01/2025', 'Lượt xem: 3.512', '10 ngày', 'Ất Tỵ 2025', 'kiệt 45 Trần Cao Vân', '23 tháng Chạp',",
    "'tuyến xe buýt số 12', 'Số 70 Quang Trung', hotline 0236.3822.657.",
]

if __name__ == "__main__":
    write("p1282-8", TEXT, NOTES, FIGS, published="2025-01-20", location="Đà Nẵng")
