"""p1374-8: radio/TV site (QRT, Quảng Nam): sand-mine shortage, prices, illegal sand mining, auctions planned."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NAM
Thời sự | Kinh tế | Phát thanh | Truyền hình | QRT1 | QRT2

Quảng Nam: Thiếu cát xây dựng, giá tăng gần gấp đôi

Thứ Hai, 15/04/2024 | 18:30

(QRT) - Quý I/2024, sản lượng cát xây dựng khai thác trên địa bàn tỉnh chỉ đạt 186.000 m3, bằng 52% cùng kỳ năm 2023, trong khi nhu cầu của các công trình tăng mạnh.

Toàn tỉnh hiện có 23 mỏ cát đã được cấp phép với tổng trữ lượng khoảng 3,1 triệu m3, nhưng chỉ 14 mỏ đang hoạt động; 9 mỏ còn lại hết hạn giấy phép hoặc chưa hoàn thành thủ tục thuê đất. Quảng Nam hiện đứng thứ 3 khu vực Nam Trung Bộ về số mỏ cát được cấp phép.

Giá cát xây dựng tại các bãi tập kết hiện từ 350.000 đến 400.000 đồng/m3, tăng gần gấp đôi so với đầu năm 2023. Nhu cầu cát xây dựng của tỉnh năm nay dự báo khoảng 2,5 triệu m3; trong khi đó, công suất các mỏ đang hoạt động chỉ khoảng 1,4 triệu m3/năm.

Tại huyện Đại Lộc, nơi tập trung 8 mỏ cát trên sông Vu Gia, tình trạng khai thác quá công suất đã gây sạt lở bờ sông, khiến gần ba chục hộ dân phải di dời. Từ đầu năm đến nay, Công an tỉnh phát hiện 17 vụ khai thác cát trái phép, tạm giữ 9 tàu hút cát, xử phạt hành chính 620 triệu đồng.

Năm nay, tỉnh dự kiến đấu giá quyền khai thác 9 mỏ cát, bổ sung khoảng 900.000 m3 cho thị trường. Sở Xây dựng đặt mục tiêu đến năm 2025 cát nghiền từ đá thay thế ít nhất 30% cát tự nhiên trong bê tông.

Xem thêm: Bản tin Thời sự QRT phát lúc 19h hằng ngày
Địa chỉ: 05 Trần Hưng Đạo, TP Tam Kỳ, tỉnh Quảng Nam | Đường dây nóng: 0235.3852.119
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
NOW2 = per("Năm nay", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-04-15")
T25 = per("đến năm 2025", None, "2025-12-31")
DL = "Đại Lộc"

FIGS = [
    fig("giá tăng gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly", subject="giá cát xây dựng"),
    fig("đạt 186.000 m3", "186.000", 186000, "measure", "m3", percent=52,
        subject="sản lượng cát xây dựng khai thác", period=Q1),
    fig("có 23 mỏ cát", "23", 23, "count", "mỏ", subject="mỏ cát đã được cấp phép"),
    fig("khoảng 3,1 triệu m3", "3,1", 3.1e6, "measure", "m3", approx="about",
        subject="tổng trữ lượng các mỏ cát"),
    fig("chỉ 14 mỏ", "14", 14, "count", "mỏ", subject="mỏ cát đang hoạt động"),
    fig("9 mỏ còn lại", "9", 9, "count", "mỏ",
        subject="mỏ cát hết hạn giấy phép hoặc chưa hoàn thành thủ tục thuê đất"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="số mỏ cát được cấp phép"),
    fig("từ 350.000 đến 400.000", "350.000", 350000, "money", "đồng/m3", value_max=400000,
        change=chg("increase", 2, "lần", "đầu năm 2023", approx="nearly"),
        subject="giá cát xây dựng tại các bãi tập kết"),
    fig("khoảng 2,5 triệu", "2,5", 2.5e6, "measure", "m3", approx="about", status="forecast",
        subject="nhu cầu cát xây dựng của tỉnh", period=NOW),
    fig("khoảng 1,4 triệu", "1,4", 1.4e6, "measure", "m3/năm", approx="about",
        subject="công suất các mỏ đang hoạt động"),
    fig("tập trung 8 mỏ", "8", 8, "count", "mỏ", subject="mỏ cát trên sông Vu Gia", location=DL),
    fig("gần ba chục", "ba", 30, "count", "hộ dân", approx="nearly", subject="hộ dân phải di dời", location=DL),
    fig("phát hiện 17 vụ", "17", 17, "count", "vụ", subject="vụ khai thác cát trái phép", period=YTD),
    fig("tạm giữ 9 tàu", "9", 9, "count", "tàu", subject="tàu hút cát tạm giữ", period=YTD),
    fig("hành chính 620 triệu", "620", 620e6, "money", "đồng", subject="tiền xử phạt hành chính", period=YTD),
    fig("quyền khai thác 9 mỏ", "9", 9, "count", "mỏ", status="forecast",
        subject="mỏ cát đấu giá quyền khai thác", period=NOW2),
    fig("khoảng 900.000 m3", "900.000", 900000, "measure", "m3", approx="about", status="forecast",
        subject="cát bổ sung cho thị trường", period=NOW2),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ cát nghiền từ đá thay thế cát tự nhiên trong bê tông", period=T25),
]

NOTES = [
    "Radio/TV site (QRT, Quảng Nam): channel menu 'QRT1 | QRT2', 'Thứ Hai, 15/04/2024 | 18:30', tag '(QRT) -', footer address and hotline.",
    "Distractors: 'QRT1', 'QRT2', '18:30', '19h', '05 Trần Hưng Đạo', phone 0235.3852.119, 'năm 2023' and 'đầu năm 2023' (baselines).",
    "Headline 'giá tăng gần gấp đôi' stands alone: multiple, value 2 ('đôi'), nearly. In the body the same phrase is the change",
    "(increase 2 lần, nearly, baseline 'đầu năm 2023') of the price range 350.000-400.000 đồng/m3.",
    "'bằng 52% cùng kỳ năm 2023' → percent 52 of the Q1 output. '14 mỏ đang hoạt động', '9 mỏ còn lại' have no part-of cue: no total.",
    "'đứng thứ 3 khu vực Nam Trung Bộ' → rank 3, location Quảng Nam. 'năm nay' / 'Năm nay' → 2024 (dateline year).",
    "'dự báo khoảng 2,5 triệu m3' → forecast; after '; trong khi đó' the capacity '1,4 triệu m3/năm' is a separate clause: actual, no period.",
    "Đại Lộc passage: 8 mỏ and 'gần ba chục hộ dân' (number word ×10 = 30, nearly) are located in Đại Lộc; the next sentence ('Công an tỉnh')",
    "goes back to Quảng Nam. 'Từ đầu năm đến nay' ends at the dateline 2024-04-15.",
    "'Sở Xây dựng đặt mục tiêu đến năm 2025 … ít nhất 30%' → percent, at_least, target, period ends 2025-12-31.",
]

if __name__ == "__main__":
    write("p1374-8", TEXT, NOTES, FIGS, published="2024-04-15", location="Quảng Nam")
