"""p1437-8: radio/TV site (Đài PT-TH TP Cần Thơ): bailiff offices in 2024 and plans for 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Pháp luật | Video | Phát thanh trực tuyến

Cần Thơ: Thừa phát lại lập hơn 9.400 vi bằng trong năm 2024

Thứ Hai, 06/01/2025 - 18:30

▶ Xem video (02:45)

Năm 2024, 8 văn phòng thừa phát lại trên địa bàn TP Cần Thơ đã lập 9.450 vi bằng, tăng 7% so với năm 2023; tống đạt 68.300 văn bản, trong đó tống đạt cho Tòa án nhân dân 55.100 văn bản, chiếm 80,7%.

Các văn phòng hiện có 17 thừa phát lại và gần ba chục thư ký nghiệp vụ, hoạt động phủ kín 9/9 quận, huyện. Riêng quận Ninh Kiều có 4 văn phòng, lập 5.120 vi bằng, chiếm 54,2% số vi bằng toàn thành phố. Doanh thu của các văn phòng đạt khoảng 31 tỷ đồng; nộp ngân sách hơn 2,4 tỷ đồng.

Theo Sở Tư pháp, Cần Thơ xếp thứ 2 vùng Đồng bằng sông Cửu Long về số vi bằng được lập, sau tỉnh Long An.

Thừa phát lại Trịnh Công Danh, Trưởng Văn phòng Thừa phát lại Tây Đô cho biết, bình quân mỗi thừa phát lại của văn phòng lập từ 40 đến 50 vi bằng/tháng, chủ yếu ghi nhận hiện trạng nhà trước khi xây dựng, giao nhận tiền và tài sản.

Năm 2025, Sở Tư pháp thành phố phấn đấu các văn phòng lập trên 10.000 vi bằng và dự kiến thí điểm tống đạt văn bản điện tử qua phần mềm VPTPL 4.0 tại 2 văn phòng trong quý II.

Minh Khang - Bảo Ngọc / CANTHOTV

Tin cùng chuyên mục:
- Cần Thơ: Hội nghị tổng kết công tác tư pháp năm 2024
- Phường An Khánh ra mắt mô hình "Tổ hòa giải 4.0"
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = per("quý II", "2025-04-01", "2025-06-30")

FIGS = [
    fig("hơn 9.400 vi bằng", "9.400", 9400, "count", "vi bằng", approx="over",
        subject="vi bằng thừa phát lại lập", period=Y24H),
    fig("2024, 8 văn phòng", "8", 8, "count", "văn phòng thừa phát lại",
        subject="văn phòng thừa phát lại trên địa bàn", period=Y24),
    fig("lập 9.450 vi bằng", "9.450", 9450, "count", "vi bằng",
        change=chg("increase", 7, "%", "năm 2023"),
        subject="vi bằng các văn phòng thừa phát lại đã lập", period=Y24),
    fig("tống đạt 68.300 văn bản", "68.300", 68300, "count", "văn bản",
        subject="văn bản các văn phòng tống đạt", period=Y24),
    fig("nhân dân 55.100 văn bản", "55.100", 55100, "count", "văn bản", total=68300, percent=80.7,
        subject="văn bản tống đạt cho Tòa án nhân dân", period=Y24),
    fig("có 17 thừa phát lại", "17", 17, "count", "thừa phát lại", subject="thừa phát lại của các văn phòng"),
    fig("gần ba chục thư ký", "ba chục", 30, "count", "thư ký nghiệp vụ", approx="nearly",
        subject="thư ký nghiệp vụ của các văn phòng"),
    fig("phủ kín 9/9", "9", 9, "count", "quận, huyện", total=9,
        subject="quận, huyện có văn phòng hoạt động"),
    fig("có 4 văn phòng", "4", 4, "count", "văn phòng", subject="văn phòng thừa phát lại",
        location="Ninh Kiều"),
    fig("lập 5.120 vi bằng", "5.120", 5120, "count", "vi bằng", percent=54.2,
        subject="vi bằng các văn phòng quận Ninh Kiều lập", location="Ninh Kiều", period=inh(Y24)),
    fig("khoảng 31 tỷ", "31", 31e9, "money", "đồng", approx="about",
        subject="doanh thu của các văn phòng", period=inh(Y24)),
    fig("hơn 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="over",
        subject="nộp ngân sách của các văn phòng", period=inh(Y24)),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="số vi bằng được lập"),
    fig("từ 40 đến 50", "40", 40, "measure", "vi bằng/tháng", value_max=50,
        subject="vi bằng mỗi thừa phát lại của văn phòng lập bình quân"),
    fig("trên 10.000 vi bằng", "10.000", 10000, "count", "vi bằng", approx="over", status="target",
        subject="vi bằng các văn phòng lập", period=Y25),
    fig("tại 2 văn phòng", "2", 2, "count", "văn phòng", status="forecast",
        subject="văn phòng thí điểm tống đạt văn bản điện tử", period=Q2),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, headline, 'Thứ Hai, 06/01/2025 - 18:30', video length '(02:45)', reporters' byline, related links.",
    "Default location Cần Thơ. Distractors: 18:30, '02:45', 'VPTPL 4.0' (a software name), 'Tổ hòa giải 4.0', 'năm 2024' in a link.",
    "Headline 'hơn 9.400 vi bằng trong năm 2024' is its own figure. '55.100 văn bản, chiếm 80,7%' after 'trong đó' → total 68.300 and percent 80,7.",
    "'gần ba chục' = 30 (nearly). '9/9 quận, huyện' → total 9. 'Riêng quận Ninh Kiều …' → location Ninh Kiều; '5.120 vi bằng, chiếm 54,2%' → percent.",
    "'xếp thứ 2 vùng Đồng bằng sông Cửu Long' is a rank of Cần Thơ. 'mỗi thừa phát lại … từ 40 đến 50 vi bằng/tháng' is a rate range.",
    "'phấn đấu' → target (10.000); 'dự kiến thí điểm … tại 2 văn phòng trong quý II' → forecast, quý II of 2025 (the sentence's year).",
]

if __name__ == "__main__":
    write("p1437-8", TEXT, NOTES, FIGS, published="2025-01-06", location="Cần Thơ")
