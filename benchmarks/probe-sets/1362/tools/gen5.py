"""p1362-5: provincial newspaper (Báo Long An Online, tag '(LAO) -'): factories in huyện Đức Hòa stop pumping groundwater."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Long An Online
Thứ Năm, 21/11/2024 | 07:30

Đức Hòa: Doanh nghiệp chuyển sang dùng nước sạch, giảm khai thác nước ngầm

(LAO) - Sau hơn 3 năm thực hiện lộ trình hạn chế khai thác nước dưới đất, đến nay đã có 46/72 doanh nghiệp trong các khu công nghiệp trên địa bàn huyện Đức Hòa ngừng khai thác nước ngầm, chuyển sang sử dụng nước sạch từ hệ thống cấp nước tập trung.

Theo Phòng Tài nguyên và Môi trường huyện, năm 2021 các doanh nghiệp khai thác khoảng 48.000 m3 nước ngầm/ngày đêm; đến tháng 10/2024 chỉ còn hơn 19.000 m3/ngày đêm, giảm gần 60%.

Công ty TNHH Dệt nhuộm Thành Lợi tại Khu công nghiệp Đức Hòa 1 từng vận hành 6 giếng khoan với tổng lưu lượng 2.400 m3/ngày đêm. Năm 2023, công ty đầu tư gần 8 tỷ đồng xây dựng tuyến ống dài 3,2 km đấu nối với nhà máy nước của khu công nghiệp và trám lấp toàn bộ số giếng trên.

“Giá nước sạch khoảng 11.500 đồng/m3, cao hơn tự khai thác nhưng nguồn nước ổn định, không còn lo nền nhà xưởng bị lún”, ông Trần Quốc Vinh, Giám đốc công ty chia sẻ.

Tuy nhiên, số liệu quan trắc cho thấy nền đất tại một số khu vực của huyện vẫn lún từ 1,5 đến 2 cm/năm. Huyện phấn đấu đến cuối năm 2025 có 100% doanh nghiệp trong khu công nghiệp ngừng khai thác nước ngầm, trám lấp toàn bộ 138 giếng khoan còn lại.

HOÀI THƯƠNG

Từ khóa: nước ngầm, sụt lún, Đức Hòa
"""

NOW = per("đến nay", None, "2024-11-21")
Y21 = per("năm 2021", "2021-01-01", "2021-12-31")
OCT = per("đến tháng 10/2024", None, "2024-10-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến cuối năm 2025", None, "2025-12-31")
CO = "Công ty TNHH Dệt nhuộm Thành Lợi"

FIGS = [
    fig("có 46/72 doanh nghiệp", "46", 46, "count", "doanh nghiệp", total=72,
        subject="doanh nghiệp trong các khu công nghiệp ngừng khai thác nước ngầm", period=NOW),
    fig("khoảng 48.000 m3", "48.000", 48000, "measure", "m3/ngày đêm", approx="about",
        subject="lượng nước ngầm các doanh nghiệp khai thác", period=Y21),
    fig("hơn 19.000 m3", "19.000", 19000, "measure", "m3/ngày đêm", approx="over",
        change=chg("decrease", 60, "%", approx="nearly"),
        subject="lượng nước ngầm các doanh nghiệp khai thác", period=OCT),
    fig("vận hành 6 giếng", "6", 6, "count", "giếng khoan",
        subject=f"giếng khoan {CO} từng vận hành"),
    fig("lưu lượng 2.400 m3", "2.400", 2400, "measure", "m3/ngày đêm",
        subject=f"tổng lưu lượng giếng khoan của {CO}"),
    fig("gần 8 tỷ", "8", 8e9, "money", "đồng", approx="nearly",
        subject="vốn công ty đầu tư xây dựng tuyến ống đấu nối", period=Y23),
    fig("dài 3,2 km", "3,2", 3.2, "measure", "km",
        subject="chiều dài tuyến ống đấu nối", period=Y23),
    fig("khoảng 11.500 đồng/m3", "11.500", 11500, "money", "đồng/m3", approx="about",
        subject="giá nước sạch"),
    fig("từ 1,5 đến 2 cm/năm", "1,5", 1.5, "measure", "cm/năm", value_max=2,
        subject="tốc độ lún nền đất tại một số khu vực của huyện"),
    fig("có 100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ doanh nghiệp trong khu công nghiệp ngừng khai thác nước ngầm", period=T25),
    fig("toàn bộ 138 giếng", "138", 138, "count", "giếng khoan", status="target",
        subject="giếng khoan còn lại trám lấp", period=T25),
]

NOTES = [
    "Provincial newspaper (Báo Long An Online): 'Thứ Năm, 21/11/2024 | 07:30', tag '(LAO) -', byline 'HOÀI THƯƠNG', keywords.",
    "Distractors: 07:30, 'Sau hơn 3 năm thực hiện' (a duration locating the result in time), 'Khu công nghiệp Đức Hòa 1', 'tháng 10/2024'.",
    "The article is about huyện Đức Hòa: every figure gets location Đức Hòa (default).",
    "'46/72 doanh nghiệp' → total 72. 'đến nay' (as of the dateline) → period end 2024-11-21, start null (annotation choice).",
    "'48.000 m3 nước ngầm/ngày đêm' → unit 'm3/ngày đêm' (the substance goes to the subject).",
    "'đến tháng 10/2024 chỉ còn hơn 19.000 ..., giảm gần 60%' → as-of end of October; change decrease 60, nearly, no baseline stated.",
    "The company's 6 wells and 2.400 m3/ngày đêm are a past state without a period phrase: no period. 'Năm 2023' covers the pipe and its cost.",
    "revised after the first run: '8 tỷ' subject lost 'nước sạch' (a word from another paragraph, not this sentence).",
    "The price in the quote is a standing price (no period). 'phấn đấu đến cuối năm 2025' governs both clauses: target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1362-5", TEXT, NOTES, FIGS, published="2024-11-21", location="Đức Hòa")
