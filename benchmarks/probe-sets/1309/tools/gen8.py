"""p1309-8: radio/TV site (Đài PT-TH Lâm Đồng, tag '(LTV) -'): fog on đèo Bảo Lộc, 9 months 2024; Liên Khương airport."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """LÂM ĐỒNG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LÂM ĐỒNG
Thời sự | Kinh tế | Xã hội | Truyền hình | Phát thanh | Podcast

Đèo Bảo Lộc: sương mù kéo dài, tai nạn giảm nhờ tăng cường tuần tra

27/09/2024 - 17:42 | 2.351 lượt xem

(LTV) - Những ngày qua, mưa kèm sương mù dày đặc thường xuyên bao phủ đèo Bảo Lộc trên Quốc lộ 20 (TP Bảo Lộc), tầm nhìn có lúc chỉ còn 10-15 m. Dù vậy, 9 tháng năm 2024, trên đoạn đèo dài khoảng 10 km này chỉ xảy ra 4 vụ tai nạn giao thông, giảm 7 vụ so với cùng kỳ năm 2023, không có người chết.

Đội Cảnh sát giao thông - trật tự Công an TP Bảo Lộc cho biết, đơn vị duy trì hai tổ tuần tra 24/24 giờ tại chân đèo và đỉnh đèo; trong 9 tháng đã lập biên bản 1.126 trường hợp vi phạm, trong đó 418 trường hợp chạy quá tốc độ, chiếm 37,1%.

Trên toàn tỉnh, 9 tháng năm 2024 xảy ra 157 vụ tai nạn giao thông, làm chết 98 người, bị thương 104 người. So với cùng kỳ, số vụ giảm 7,1%, số người chết tăng 3,2%.

Cũng do sương mù, sáng 25/9, Cảng hàng không Liên Khương (huyện Đức Trọng) phải tạm dừng khai thác gần 2 giờ, 6 chuyến bay bị chậm, một chuyến chuyển hướng về Cam Ranh. Theo Đài Khí tượng thủy văn tỉnh, từ nay đến cuối tháng 10, khu vực Bảo Lộc dự báo còn khoảng 15-18 ngày có mưa kèm sương mù.

Minh Quân - Thu Hà/LTV

Xem thêm:
- Khởi công cao tốc Tân Phú - Bảo Lộc
- Bản tin Thời sự LTV 19 giờ ngày 27/9
"""

N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9b = per("trong 9 tháng", "2024-01-01", "2024-09-30")
D25 = per("sáng 25/9", "2024-09-25", "2024-09-25")
FC = per("từ nay đến cuối tháng 10", "2024-09-27", "2024-10-31")
BL, DT = "Bảo Lộc", "Đức Trọng"

FIGS = [
    fig("chỉ còn 10-15 m", "10", 10, "measure", "m", value_max=15, subject="tầm nhìn", location=BL),
    fig("dài khoảng 10 km", "10", 10, "measure", "km", approx="about", subject="chiều dài đoạn đèo", location=BL),
    fig("chỉ xảy ra 4 vụ", "4", 4, "count", "vụ", change=chg("decrease", 7, "vụ", "cùng kỳ năm 2023"),
        subject="vụ tai nạn giao thông trên đoạn đèo", period=N9, location=BL),
    fig("hai tổ tuần tra", "hai", 2, "count", "tổ tuần tra", subject="tổ tuần tra đơn vị duy trì", location=BL),
    fig("biên bản 1.126 trường hợp", "1.126", 1126, "count", "trường hợp", subject="trường hợp vi phạm bị lập biên bản",
        period=N9b, location=BL),
    fig("trong đó 418 trường hợp", "418", 418, "count", "trường hợp", total=1126, percent=37.1,
        subject="trường hợp chạy quá tốc độ", period=N9b, location=BL),
    fig("xảy ra 157 vụ", "157", 157, "count", "vụ", subject="vụ tai nạn giao thông", period=N9),
    fig("làm chết 98 người", "98", 98, "count", "người", subject="người chết do tai nạn giao thông", period=N9),
    fig("bị thương 104 người", "104", 104, "count", "người", subject="người bị thương do tai nạn giao thông", period=N9),
    fig("giảm 7,1%", "7,1", 7.1, "percent", "%", subject="số vụ tai nạn giao thông", period=inh(N9)),
    fig("tăng 3,2%", "3,2", 3.2, "percent", "%", subject="số người chết", period=inh(N9)),
    fig("gần 2 giờ", "2", 2, "measure", "giờ", approx="nearly",
        subject="thời gian Cảng hàng không Liên Khương tạm dừng khai thác", period=D25, location=DT),
    fig("6 chuyến bay", "6", 6, "count", "chuyến bay", subject="chuyến bay bị chậm", period=D25, location=DT),
    fig("một chuyến chuyển hướng", "một", 1, "count", "chuyến", subject="chuyến bay chuyển hướng về Cam Ranh",
        period=D25, location=DT),
    fig("khoảng 15-18 ngày", "15", 15, "count", "ngày", value_max=18, approx="about", status="forecast",
        subject="ngày có mưa kèm sương mù", period=FC, location=BL),
]

NOTES = [
    "revised after the first run: casualty subjects name their cause ('người chết do tai nạn giao thông', not 'người chết').",
    "Radio/TV site (Lâm Đồng TV): station banner, menu, '27/09/2024 - 17:42 | 2.351 lượt xem', tag '(LTV) -', byline, 'Xem thêm'.",
    "Distractors: 17:42, '2.351 lượt xem', 'Quốc lộ 20', '24/24 giờ' (round the clock, not a share), 'sáng 25/9',",
    "'19 giờ ngày 27/9' in a link.",
    "Location: the pass passage is in TP Bảo Lộc (named in brackets, then 'Công an TP Bảo Lộc'); 'Trên toàn tỉnh' -> Lâm Đồng;",
    "the airport passage names huyện Đức Trọng. 'khu vực Bảo Lộc' forecast -> Bảo Lộc.",
    "'1.126 trường hợp ..., trong đó 418 ..., chiếm 37,1%': total 1126, percent 37.1.",
    "'So với cùng kỳ, số vụ giảm 7,1%, số người chết tăng 3,2%.' is a new sentence naming its own indicators: two percent",
    "figures (rates as the claim), not changes of 157 vụ / 98 người (borderline); period inherited from the previous sentence.",
    "'từ nay đến cuối tháng 10' starts at the dateline 2024-09-27; 'dự báo' -> forecast.",
    "'dài khoảng 10 km' is a standing length: no period although '9 tháng năm 2024' stands in the sentence.",
]

if __name__ == "__main__":
    write("p1309-8", TEXT, NOTES, FIGS, published="2024-09-27", location="Lâm Đồng")
