"""p1380-8: radio/TV site (Đài PT-TH An Giang, '(ATV) -'): lãnh Mỹ A dyed with mặc nưa fruit in thị xã Tân Châu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH - TRUYỀN HÌNH AN GIANG
Thời sự | Kinh tế | Văn hóa | Video | Podcast

Tân Châu gìn giữ nghề nhuộm lãnh bằng trái mặc nưa

Thứ Hai, 02/12/2024 - 16:20

(ATV) - Lãnh Mỹ A nhuộm bằng trái mặc nưa từng là đặc sản của vùng Tân Châu. Hiện thị xã chỉ còn hơn ba chục hộ giữ nghề nhuộm truyền thống này.

Theo Phòng Kinh tế thị xã Tân Châu, toàn thị xã có 1.520 khung dệt, giảm hơn 200 khung so với năm 2020. Năm 2024, tổng sản lượng vải các loại ước đạt 3,1 triệu mét, trong đó lãnh nhuộm mặc nưa khoảng 28.000 mét.

Tại phường Long Châu, cơ sở của ông Trần Văn Lộc có 35 lao động, mỗi năm cung cấp khoảng 9.000 mét lãnh cho các cửa hàng ở TP Hồ Chí Minh. Ông Lộc cho biết mỗi tấm lãnh phải nhuộm trên 100 lần trong khoảng 2 tháng mới đạt độ đen bóng. Giá lãnh Mỹ A hiện từ 550.000 đến 700.000 đồng/mét; trái mặc nưa được thu mua 25.000 đồng/kg, tăng 5.000 đồng so với năm ngoái.

An Giang hiện xếp thứ 3 cả nước về số làng nghề dệt nhuộm. Dự kiến năm 2025, thị xã hỗ trợ nông dân trồng thêm 5 ha mặc nưa và mở 2 lớp dạy nghề cho khoảng 60 học viên.

Nghe đọc bài | Chia sẻ | 0 bình luận

Tin cùng chuyên mục:
- Chợ Mới: Làng nghề dệt choàng Long Điền B đón khách dịp Tết Ất Tỵ 2025
- Tịnh Biên khai mạc Lễ hội đua bò Bảy Núi lần thứ 30
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over",
        subject="hộ giữ nghề nhuộm lãnh bằng trái mặc nưa"),
    fig("có 1.520 khung", "1.520", 1520, "count", "khung dệt",
        change=chg("decrease", 200, "khung", "năm 2020", approx="over"), subject="khung dệt"),
    fig("ước đạt 3,1 triệu", "3,1", 3.1e6, "measure", "mét", status="estimate",
        subject="tổng sản lượng vải các loại", period=Y24),
    fig("khoảng 28.000 mét", "28.000", 28000, "measure", "mét", approx="about", status="estimate", total=3.1e6,
        subject="lãnh nhuộm mặc nưa", period=Y24),
    fig("có 35 lao động", "35", 35, "count", "lao động", subject="lao động cơ sở của ông Trần Văn Lộc"),
    fig("khoảng 9.000 mét", "9.000", 9000, "measure", "mét/năm", approx="about",
        subject="lãnh cơ sở cung cấp mỗi năm"),
    fig("trên 100 lần", "100", 100, "count", "lần", approx="over", subject="số lần nhuộm mỗi tấm lãnh"),
    fig("khoảng 2 tháng", "2", 2, "measure", "tháng", approx="about", subject="thời gian nhuộm mỗi tấm lãnh"),
    fig("từ 550.000 đến 700.000", "550.000", 550000, "money", "đồng/mét", value_max=700000,
        subject="giá lãnh Mỹ A"),
    fig("mua 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg",
        change=chg("increase", 5000, "đồng", "năm ngoái"), subject="giá thu mua trái mặc nưa"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="số làng nghề dệt nhuộm", location="An Giang"),
    fig("thêm 5 ha", "5", 5, "measure", "ha", status="forecast", subject="diện tích trồng thêm mặc nưa",
        period=Y25),
    fig("mở 2 lớp", "2", 2, "count", "lớp", status="forecast", subject="lớp dạy nghề", period=Y25),
    fig("khoảng 60 học viên", "60", 60, "count", "học viên", approx="about", status="forecast",
        subject="học viên lớp dạy nghề", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH An Giang): station banner, menu, 'Thứ Hai, 02/12/2024 - 16:20', tag '(ATV) -', 'Nghe đọc bài | Chia sẻ | 0 bình luận', related links.",
    "Default location Tân Châu (thị xã; phường Long Châu is in it); the province's rank → An Giang.",
    "Distractors: 16:20, '0 bình luận', 'Tết Ất Tỵ 2025', 'Long Điền B', 'Bảy Núi', 'lần thứ 30', 'năm 2020' and 'năm ngoái' as baselines.",
    "'hơn ba chục hộ' → 30 (number word), over. 'giảm hơn 200 khung so với năm 2020' → change decrease 200 khung (approx over).",
    "'ước đạt 3,1 triệu mét, trong đó ... khoảng 28.000 mét' → part with total 3,1 triệu; the part continues the 'ước đạt' clause → estimate.",
    "'mỗi năm ... khoảng 9.000 mét' → mét/năm. 'trên 100 lần trong khoảng 2 tháng' → two figures (count of dips, duration of the work).",
    "'tăng 5.000 đồng so với năm ngoái' → change of the 25.000 đồng/kg price. 'xếp thứ 3 cả nước' → rank, location An Giang.",
    "'Dự kiến năm 2025' governs the whole sentence: 5 ha, 2 lớp, 60 học viên → forecast, period 2025.",
]

if __name__ == "__main__":
    write("p1380-8", TEXT, NOTES, FIGS, published="2024-12-02", location="Tân Châu")
