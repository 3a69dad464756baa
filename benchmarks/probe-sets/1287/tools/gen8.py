"""p1287-8: radio/TV site (Đài PT-TH TP Cần Thơ): Earth Hour 2024 saving, rooftop solar on schools and offices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xem truyền hình trực tiếp | Nghe phát thanh

Cần Thơ tiết kiệm hơn 48.000 kWh trong Giờ Trái Đất

Cập nhật lúc 10:05, 25/03/2024

(THTPCT) - Hưởng ứng Chiến dịch Giờ Trái Đất năm 2024, từ 20 giờ 30 đến 21 giờ 30 ngày 23/3, TP Cần Thơ đã tiết kiệm được 48.260 kWh điện, tương đương hơn 96 triệu đồng, tăng 5,3% so với năm 2023. Trong đó, quận Ninh Kiều tiết kiệm nhiều nhất với 12.400 kWh, tiếp đến là quận Cái Răng 6.950 kWh và huyện Phong Điền 3.100 kWh.

Theo Công ty Điện lực Cần Thơ, trong thời gian tắt đèn, công suất tiêu thụ toàn thành phố giảm khoảng 38 MW so với bình thường. Các công sở, trụ sở cơ quan nhà nước đồng loạt tắt điều hòa, đèn chiếu sáng không cần thiết.

Bên cạnh đó, từ năm 2022 đến nay, thành phố đã lắp đặt điện mặt trời mái nhà tại 42 trường học và 15 trụ sở cơ quan nhà nước với tổng công suất gần 3,2 MWp, mỗi năm cung cấp khoảng 4,1 triệu kWh. Trường THPT Châu Văn Liêm là một trong những đơn vị đầu tiên lắp đặt; hệ thống 100 kWp giúp nhà trường giảm khoảng 60% tiền điện hằng tháng.

Năm nay, thành phố dự kiến lắp thêm hệ thống điện mặt trời cho 20 trường học với kinh phí khoảng 18 tỷ đồng từ nguồn xã hội hóa.

Thanh Tâm - Minh Trí

Từ khóa: Giờ Trái Đất, tiết kiệm điện, điện mặt trời
Lượt xem: 2.154
"""

D23 = per("ngày 23/3", "2024-03-23", "2024-03-23")
SINCE = per("từ năm 2022 đến nay", "2022-01-01", "2024-03-25")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
SAVED = 48260

FIGS = [
    fig("hơn 48.000 kWh", "48.000", 48000, "measure", "kWh", approx="over",
        subject="điện tiết kiệm trong Giờ Trái Đất"),
    fig("được 48.260 kWh", "48.260", SAVED, "measure", "kWh",
        change=chg("increase", 5.3, "%", "năm 2023"), subject="điện TP Cần Thơ tiết kiệm được", period=D23),
    fig("hơn 96 triệu", "96", 96e6, "money", "đồng", approx="over",
        subject="tiền điện tiết kiệm được", period=D23),
    fig("với 12.400 kWh", "12.400", 12400, "measure", "kWh", total=SAVED,
        subject="điện tiết kiệm", period=inh(D23), location="Ninh Kiều"),
    fig("Cái Răng 6.950 kWh", "6.950", 6950, "measure", "kWh", total=SAVED,
        subject="điện tiết kiệm", period=inh(D23), location="Cái Răng"),
    fig("Phong Điền 3.100 kWh", "3.100", 3100, "measure", "kWh", total=SAVED,
        subject="điện tiết kiệm", period=inh(D23), location="Phong Điền"),
    fig("khoảng 38 MW", "38", 38, "measure", "MW", approx="about",
        subject="mức giảm công suất tiêu thụ toàn thành phố trong thời gian tắt đèn"),
    fig("tại 42 trường", "42", 42, "count", "trường học",
        subject="trường học lắp đặt điện mặt trời mái nhà", period=SINCE),
    fig("và 15 trụ sở", "15", 15, "count", "trụ sở cơ quan nhà nước",
        subject="trụ sở cơ quan nhà nước lắp đặt điện mặt trời mái nhà", period=SINCE),
    fig("gần 3,2 MWp", "3,2", 3.2, "measure", "MWp", approx="nearly",
        subject="tổng công suất điện mặt trời mái nhà", period=SINCE),
    fig("khoảng 4,1 triệu", "4,1", 4.1e6, "measure", "kWh/năm", approx="about",
        subject="điện năng điện mặt trời mái nhà cung cấp mỗi năm"),
    fig("hệ thống 100 kWp", "100", 100, "measure", "kWp",
        subject="công suất hệ thống điện mặt trời của Trường THPT Châu Văn Liêm"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="mức giảm tiền điện hằng tháng của nhà trường"),
    fig("cho 20 trường", "20", 20, "count", "trường học", status="forecast",
        subject="trường học được lắp thêm hệ thống điện mặt trời", period=Y24),
    fig("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí lắp hệ thống điện mặt trời cho trường học", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu with live TV/radio links, 'Cập nhật lúc 10:05, 25/03/2024', tag '(THTPCT) -', byline, tags, 'Lượt xem: 2.154'.",
    "Distractors: 10:05, '20 giờ 30 đến 21 giờ 30' (times of day), 'ngày 23/3', 'Giờ Trái Đất năm 2024' (event name), 'một trong những' (idiom), Lượt xem 2.154.",
    "'48.260 kWh điện, tương đương hơn 96 triệu đồng, tăng 5,3% so với năm 2023': the change belongs to 48.260 kWh across the money clause;",
    "the money amount after 'tương đương' is a figure of its own. Period 'ngày 23/3' (one day, year 2024 from the dateline).",
    "'Trong đó, quận Ninh Kiều … 12.400 kWh, tiếp đến là quận Cái Răng 6.950 kWh và huyện Phong Điền 3.100 kWh': parts of 48.260 kWh",
    "(total), districts as locations, the list's indicator as subject, period inherited.",
    "'giảm khoảng 38 MW so với bình thường': a decrease amount standing alone as the claim → measure figure, no change object.",
    "'từ năm 2022 đến nay' → 2022-01-01..dateline for 42 trường, 15 trụ sở, 3,2 MWp; the yearly output 'mỗi năm … 4,1 triệu kWh' (kWh/năm) gets no period.",
    "The school passage has no district named → Cần Thơ. 'Năm nay, … dự kiến' → forecast, period 2024 (from the dateline).",
]

if __name__ == "__main__":
    write("p1287-8", TEXT, NOTES, FIGS, published="2024-03-25", location="Cần Thơ")
