"""p1466-8: radio/TV site (Đài PT-TH TP Cần Thơ, THTPCT): school dental day in quận Ninh Kiều, city figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Xã hội | Sức khỏe | Video | Phát thanh FM 97,3 MHz

Ngày hội nha học đường: 3.200 học sinh Ninh Kiều được khám răng miễn phí

Cập nhật lúc: 17:45 - 21/11/2024

(THTPCT) - Trung tâm Kiểm soát bệnh tật thành phố vừa phối hợp với Công ty TNHH Kem đánh răng Mekong Smile tổ chức Ngày hội nha học đường tại 8 trường tiểu học thuộc quận Ninh Kiều.

Ba chục y, bác sĩ đã khám răng cho học sinh, phát hiện hơn 1.700 em có vấn đề về răng miệng, trong đó khoảng 1.200 em bị sâu răng. Mỗi em được tặng một bộ kem và bàn chải đánh răng trị giá 45.000 đồng; tổng giá trị quà tặng gần 150 triệu đồng.

Bác sĩ Trần Thị Mỹ Linh, Trưởng khoa Sức khỏe cộng đồng, cho biết năm 2024 Cần Thơ có 168 trường tiểu học triển khai nha học đường, chiếm 82% tổng số trường tiểu học toàn thành phố, đứng thứ hai khu vực Đồng bằng sông Cửu Long. Nhờ súc miệng fluor và khám định kỳ, tỷ lệ sâu răng ở học sinh tiểu học đã giảm từ 72% năm 2020 xuống còn 61% năm 2024. Bác sĩ khuyến cáo trẻ nên chải răng ít nhất 2 lần mỗi ngày.

Đại diện Mekong Smile cho biết, từ năm 2019 đến nay, công ty đã tài trợ hơn 120.000 bộ sản phẩm chăm sóc răng miệng cho học sinh thành phố, tổng trị giá khoảng 5 tỷ đồng; năm 2025 dự kiến tặng thêm 30.000 bộ.

Năm 2025, ngành y tế thành phố phấn đấu 100% trường tiểu học được khám răng định kỳ.

Bình luận (0) | Chia sẻ
Đài PT-TH TP Cần Thơ - Số 409 đường 30/4, phường Hưng Lợi, quận Ninh Kiều
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
SINCE = per("từ năm 2019 đến nay", "2019-01-01", "2024-11-21")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
N25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NK = "Ninh Kiều"

FIGS = [
    fig("đường: 3.200 học sinh", "3.200", 3200, "count", "học sinh",
        subject="học sinh Ninh Kiều được khám răng miễn phí", location=NK),
    fig("tại 8 trường", "8", 8, "count", "trường", subject="trường tiểu học tổ chức Ngày hội nha học đường",
        location=NK),
    fig("Ba chục y", "Ba chục", 30, "count", "y, bác sĩ", subject="y, bác sĩ khám răng cho học sinh", location=NK),
    fig("hơn 1.700 em", "1.700", 1700, "count", "em", approx="over",
        subject="học sinh có vấn đề về răng miệng", location=NK),
    fig("khoảng 1.200 em", "1.200", 1200, "count", "em", approx="about", total=1700,
        subject="học sinh bị sâu răng", location=NK),
    fig("một bộ kem", "một", 1, "count", "bộ", optional=True, location=NK),
    fig("trị giá 45.000", "45.000", 45000, "money", "đồng/bộ",
        subject="trị giá bộ kem và bàn chải đánh răng", location=NK),
    fig("gần 150 triệu", "150", 150e6, "money", "đồng", approx="nearly",
        subject="tổng giá trị quà tặng", location=NK),
    fig("có 168 trường", "168", 168, "count", "trường", percent=82,
        subject="trường tiểu học triển khai nha học đường", period=Y24),
    fig("đứng thứ hai", "thứ hai", 2, "rank", "hạng",
        subject="trường tiểu học triển khai nha học đường", period=Y24),
    fig("từ 72%", "72", 72, "percent", "%", subject="tỷ lệ sâu răng ở học sinh tiểu học", period=Y20),
    fig("còn 61%", "61", 61, "percent", "%", subject="tỷ lệ sâu răng ở học sinh tiểu học", period=Y24b),
    fig("ít nhất 2 lần", "2", 2, "count", "lần", approx="at_least", optional=True),
    fig("hơn 120.000 bộ", "120.000", 120000, "count", "bộ", approx="over",
        subject="bộ sản phẩm chăm sóc răng miệng Mekong Smile tài trợ cho học sinh", period=SINCE),
    fig("khoảng 5 tỷ", "5", 5e9, "money", "đồng", approx="about", subject="tổng trị giá sản phẩm tài trợ",
        period=SINCE),
    fig("thêm 30.000 bộ", "30.000", 30000, "count", "bộ", status="forecast",
        subject="bộ sản phẩm Mekong Smile tặng thêm", period=Y25),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trường tiểu học được khám răng định kỳ", period=N25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): channel menu, 'Cập nhật lúc: 17:45 - 21/11/2024', tag '(THTPCT) -', comment counter, footer address.",
    "Distractors: 'FM 97,3 MHz' (a channel frequency, an identifier), '17:45', 'Bình luận (0)', 'Số 409 đường 30/4' (an address).",
    "The school event is in quận Ninh Kiều (location Ninh Kiều, no period: no time phrase); city figures -> Cần Thơ.",
    "'Ba chục' = 30. 'khoảng 1.200 em' follows 'trong đó' after 'hơn 1.700 em': total 1700. 'một bộ' per pupil is optional (a per-head allotment).",
    "'chiếm 82% tổng số trường tiểu học' -> percent attribute of 168. 'đứng thứ hai khu vực ĐBSCL' -> rank 2 of the city, same clause chain, year 2024.",
    "'giảm từ 72% năm 2020 xuống còn 61% năm 2024': two percent figures, each with its own year. 'ít nhất 2 lần mỗi ngày' is advice (optional).",
    "'từ năm 2019 đến nay' ends at the dateline (2024-11-21). 'năm 2025 dự kiến' -> forecast; 'phấn đấu' -> target.",
]

if __name__ == "__main__":
    write("p1466-8", TEXT, NOTES, FIGS, published="2024-11-21", location="Cần Thơ")
