"""p1382-8: radio/TV site (Đài PT-TH Đà Nẵng, '(DRT)'): Đà Nẵng airport cargo, quarter I/2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH - TRUYỀN HÌNH ĐÀ NẴNG
Thời sự | Kinh tế | Xã hội | Video | Podcast

Đà Nẵng: Hàng hóa hàng không quý I tăng hơn 40%

Cập nhật lúc 17:20 ngày 09/04/2025

(DRT) - Quý I/2025, sản lượng hàng hóa thông qua Cảng hàng không quốc tế Đà Nẵng đạt 11.480 tấn, tăng 41,7% so với cùng kỳ năm 2024. Trong đó hàng quốc tế đạt 4.260 tấn, gấp 2,1 lần cùng kỳ.

Theo Sở Công Thương, Đà Nẵng hiện đứng thứ 3 cả nước về sản lượng hàng hóa hàng không, sau Hà Nội và TP Hồ Chí Minh. Nhà ga hàng hóa do Công ty cổ phần Dịch vụ Hàng hóa Sơn Trà khai thác có diện tích 6.300 m2, mỗi ngày xử lý bình quân 125 tấn, cao điểm lên tới 190 tấn.

Bà Võ Thị Thanh Thảo, Phó Giám đốc công ty, cho biết từ đầu năm đến nay, đơn vị đã đầu tư thêm 2 máy soi chiếu và 6 xe nâng, tổng kinh phí khoảng 14 tỷ đồng. Công ty hiện có 218 nhân viên, làm việc 3 ca mỗi ngày. Thời gian giải phóng một chuyến bay chở hàng chỉ còn khoảng 90 phút.

Thành phố đặt mục tiêu đến năm 2030 sản lượng hàng hóa qua sân bay đạt 100.000-120.000 tấn/năm, hình thành trung tâm logistics hàng không rộng khoảng 30 ha tại quận Liên Chiểu. Năm 2025, ngành hàng không dự kiến vận chuyển 45.000 tấn hàng hóa qua Đà Nẵng, tương đương 95% công suất nhà ga hiện hữu.

Bình luận (0) | Chia sẻ
Tin cùng chuyên mục:
- Đà Nẵng đón chuyến bay quốc tế thứ 1.000 trong năm
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
HQ1 = per("quý I", "2025-01-01", "2025-03-31")
YTD = per("từ đầu năm đến nay", "2025-01-01", "2025-04-09")
T30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("tăng hơn 40%", "40", 40, "percent", "%", approx="over",
        subject="hàng hóa hàng không", period=HQ1),
    fig("đạt 11.480 tấn", "11.480", 11480, "measure", "tấn",
        change=chg("increase", 41.7, "%", "cùng kỳ năm 2024"),
        subject="sản lượng hàng hóa thông qua Cảng hàng không quốc tế Đà Nẵng", period=Q1),
    fig("đạt 4.260 tấn", "4.260", 4260, "measure", "tấn", total=11480,
        change=chg("increase", 2.1, "lần", "cùng kỳ"), subject="hàng quốc tế", period=inh(Q1)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản lượng hàng hóa hàng không"),
    fig("tích 6.300 m2", "6.300", 6300, "measure", "m2", subject="diện tích nhà ga hàng hóa"),
    fig("bình quân 125 tấn", "125", 125, "measure", "tấn/ngày", subject="hàng hóa xử lý mỗi ngày bình quân"),
    fig("tới 190 tấn", "190", 190, "measure", "tấn/ngày", subject="hàng hóa xử lý mỗi ngày cao điểm"),
    fig("thêm 2 máy", "2", 2, "count", "máy soi chiếu", subject="máy soi chiếu đầu tư thêm", period=YTD),
    fig("6 xe nâng", "6", 6, "count", "xe nâng", subject="xe nâng đầu tư thêm", period=YTD),
    fig("khoảng 14 tỷ", "14", 14e9, "money", "đồng", approx="about", subject="tổng kinh phí", period=YTD),
    fig("có 218 nhân viên", "218", 218, "count", "nhân viên", subject="nhân viên công ty"),
    fig("3 ca", "3", 3, "measure", "ca/ngày", subject="ca làm việc mỗi ngày", optional=True),
    fig("khoảng 90 phút", "90", 90, "measure", "phút", approx="about",
        subject="thời gian giải phóng một chuyến bay chở hàng"),
    fig("đạt 100.000-120.000", "100.000", 100000, "measure", "tấn/năm", value_max=120000, status="target",
        subject="sản lượng hàng hóa qua sân bay", period=T30),
    fig("khoảng 30 ha", "30", 30, "measure", "ha", approx="about", status="target",
        subject="trung tâm logistics hàng không", period=T30, location="Liên Chiểu"),
    fig("chuyển 45.000 tấn", "45.000", 45000, "measure", "tấn", percent=95, status="forecast",
        subject="hàng hóa ngành hàng không vận chuyển qua Đà Nẵng", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đà Nẵng): menu, 'Cập nhật lúc 17:20 ngày 09/04/2025', '(DRT) -', 'Bình luận (0)', related link. Location Đà Nẵng.",
    "Headline 'quý I tăng hơn 40%' → percent, over, quý I of the published year. 'Trong đó hàng quốc tế đạt 4.260 tấn, gấp 2,1 lần cùng kỳ'",
    "→ total 11.480 and a change of 2,1 lần. Rank 'đứng thứ 3 cả nước' is the city's rank: location Đà Nẵng.",
    "'mỗi ngày xử lý bình quân 125 tấn, cao điểm lên tới 190 tấn' → both tấn/ngày ('lên tới' = reaching; no approx cue in the spec).",
    "'từ đầu năm đến nay' ends at the dateline. '3 ca mỗi ngày' is a work pattern: optional. 'một chuyến bay' is not a figure.",
    "Target sentence: '100.000-120.000 tấn/năm' range and 'khoảng 30 ha tại quận Liên Chiểu' (location Liên Chiểu), both target.",
    "'dự kiến vận chuyển 45.000 tấn ..., tương đương 95% công suất' → forecast with percent attribute.",
    "Distractors: 17:20, Quý I/2025 (period), 'chuyến bay quốc tế thứ 1.000' (ordinal in a link title), 'Bình luận (0)'.",
]

if __name__ == "__main__":
    write("p1382-8", TEXT, NOTES, FIGS, published="2025-04-09", location="Đà Nẵng")
