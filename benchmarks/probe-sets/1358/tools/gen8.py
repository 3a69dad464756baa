"""p1358-8: radio/TV site (Đài PT-TH Hải Dương): Euro 2024 warning on online football betting among students."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự | Pháp luật | Thể thao | Video | Nghe radio

Mùa Euro 2024: Cảnh giác trước "ma trận" cá độ bóng đá qua mạng

THDT - 11/06/2024 15:20

Chỉ còn ba ngày nữa, Euro 2024 sẽ khởi tranh. Đây cũng là thời điểm các trang cá độ bóng đá trực tuyến hoạt động rầm rộ, nhắm vào giới trẻ.

Theo Công an tỉnh Hải Dương, trong mùa World Cup 2022, lực lượng chức năng đã triệt phá 6 đường dây cá độ bóng đá, bắt giữ 53 đối tượng với tổng số tiền giao dịch trên 310 tỷ đồng. 5 tháng đầu năm 2024, toàn tỉnh phát hiện 4 vụ cá độ bóng đá qua mạng, bằng cả năm 2023.

Một khảo sát của Tỉnh đoàn với 1.500 sinh viên tại 5 trường cao đẳng, đại học trên địa bàn cho thấy khoảng 18% từng tham gia cá độ bóng đá, trong đó hơn 60% thua lỗ. Số tiền thua phổ biến từ 2 đến 10 triệu đồng, có trường hợp nợ hàng trăm triệu đồng, phải bỏ học.

"Em thua liền ba trận, vay nóng ba chục triệu đồng để gỡ, lãi 5.000 đồng/1 triệu đồng/ngày", một sinh viên năm thứ hai chia sẻ.

Để phòng ngừa, từ ngày 10/6 đến ngày 20/7/2024, Công an tỉnh mở đợt cao điểm, huy động hơn 1.200 cán bộ, chiến sĩ, lập 12 tổ công tác đặc biệt. Dự kiến trong năm nay, Tỉnh đoàn sẽ tổ chức 30 buổi nói chuyện chuyên đề tại các trường học. Người dân có thể phản ánh qua đường dây nóng 0220.3852.114.

Minh Châu - THDT

Tin liên quan:
- Hải Dương: Xử phạt các quán chiếu bóng đá trái phép
- Lịch thi đấu Euro 2024 trên sóng THDT
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
PEAK = per("từ ngày 10/6 đến ngày 20/7/2024", "2024-06-10", "2024-07-20")
YEAR = per("trong năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("triệt phá 6 đường dây", "6", 6, "count", "đường dây", subject="đường dây cá độ bóng đá triệt phá"),
    fig("bắt giữ 53 đối tượng", "53", 53, "count", "đối tượng", subject="đối tượng bị bắt giữ"),
    fig("trên 310 tỷ", "310", 310e9, "money", "đồng", approx="over", subject="tổng số tiền giao dịch"),
    fig("phát hiện 4 vụ", "4", 4, "count", "vụ", subject="vụ cá độ bóng đá qua mạng phát hiện", period=M5),
    fig("với 1.500 sinh viên", "1.500", 1500, "count", "sinh viên", subject="sinh viên được khảo sát"),
    fig("tại 5 trường", "5", 5, "count", "trường cao đẳng, đại học",
        subject="trường cao đẳng, đại học được khảo sát"),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about", subject="sinh viên từng tham gia cá độ bóng đá"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over", subject="sinh viên tham gia cá độ bị thua lỗ"),
    fig("từ 2 đến 10 triệu", "2", 2e6, "money", "đồng", value_max=10e6, subject="số tiền thua phổ biến"),
    fig("hàng trăm triệu", "trăm", 100e6, "money", "đồng", approx="over", subject="tiền nợ", optional=True),
    fig("liền ba trận", "ba", 3, "count", "trận", subject="trận thua liền", optional=True),
    fig("ba chục triệu", "ba chục", 30e6, "money", "đồng", subject="tiền vay nóng để gỡ"),
    fig("lãi 5.000", "5.000", 5000, "money", "đồng/1 triệu đồng/ngày", subject="lãi vay nóng"),
    fig("hơn 1.200 cán bộ", "1.200", 1200, "count", "cán bộ, chiến sĩ", approx="over",
        subject="cán bộ, chiến sĩ huy động", period=PEAK),
    fig("lập 12 tổ", "12", 12, "count", "tổ công tác", subject="tổ công tác đặc biệt", period=PEAK),
    fig("tổ chức 30 buổi", "30", 30, "count", "buổi", status="forecast",
        subject="buổi nói chuyện chuyên đề tại các trường học", period=YEAR),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hải Dương): station banner, menu, 'THDT - 11/06/2024 15:20', byline 'Minh Châu - THDT', related links.",
    "Distractors: 15:20, 'Chỉ còn ba ngày nữa' (a time span), Euro 2024, World Cup 2022, 'năm thứ hai' (year of study), ngày 10/6, 20/7/2024, hotline 0220.3852.114.",
    "'trong mùa World Cup 2022' has no written dates → no period for 6 / 53 / 310 tỷ. '5 tháng đầu năm 2024' → 2024-01-01..2024-05-31.",
    "'khoảng 18% …, trong đó hơn 60% thua lỗ' → two percent figures. 'từ 2 đến 10 triệu đồng' → range, multiplier on both ends.",
    "'hàng trăm triệu đồng' is a vague amount (optional); 'thua liền ba trận' in a quote is optional; 'ba chục triệu' = 30 000 000.",
    "'lãi 5.000 đồng/1 triệu đồng/ngày' → money, the denominator '1 triệu đồng/ngày' is part of the unit, not a figure.",
    "'Dự kiến trong năm nay' → forecast, period 2024 (published year). The peak campaign ('từ ngày 10/6 đến ngày 20/7/2024') gives its period.",
]

if __name__ == "__main__":
    write("p1358-8", TEXT, NOTES, FIGS, published="2024-06-11", location="Hải Dương")
