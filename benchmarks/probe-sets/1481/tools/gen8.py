"""p1481-8: radio/TV site (Đài PT-TH Đồng Nai): a cooperative sewing jumbo bags in xã Bình Minh, huyện Trảng Bom."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Kinh tế | Xã hội | Video | Phát thanh | Kênh ĐN1 | Kênh ĐN2

Nghề may bao jumbo giúp phụ nữ Bình Minh có thu nhập ổn định
27/08/2023 09:45

ĐNRTV - Hơn ba chục hộ ở xã Bình Minh, huyện Trảng Bom đang nhận may bao jumbo gia công cho các doanh nghiệp trong Khu công nghiệp Bàu Xéo, tạo việc làm cho hơn 120 lao động nữ nông thôn.

Hợp tác xã Dịch vụ may bao bì Bình Minh được thành lập năm 2020 với 9 thành viên. Đến nay, hợp tác xã có 46 thành viên, trong đó 38 thành viên là phụ nữ; mỗi tháng nhận gia công khoảng 25.000 bao jumbo, gấp đôi so với năm 2021.

Chị Nguyễn Thị Hạnh, Giám đốc hợp tác xã, cho biết mỗi bao jumbo loại 1 tấn được trả tiền công 14.000 đồng; bình quân mỗi lao động may 16-18 bao/ngày, thu nhập từ 6 đến 7,5 triệu đồng/tháng. Năm 2022, doanh thu của hợp tác xã đạt 3,6 tỷ đồng, lợi nhuận hơn 410 triệu đồng.

Năm nay, hợp tác xã phấn đấu doanh thu đạt 4,5 tỷ đồng và dự kiến mở thêm hai tổ may tại ấp Tân Bắc, thu hút thêm 40-50 lao động.

Theo UBND huyện Trảng Bom, toàn huyện hiện có 5 hợp tác xã và 27 tổ hợp tác ngành may gia công, thu hút khoảng 1.100 lao động, chủ yếu là phụ nữ.

Xem thêm: Bản tin Thời sự 19 giờ ngày 27/8
Video liên quan:
- Đồng Nai: Phát triển kinh tế tập thể giai đoạn 2021-2025
- Trảng Bom: Nông dân thi đua sản xuất kinh doanh giỏi

Đường dây nóng: 0251.3822.369
"""

NOW = per("Đến nay", None, "2023-08-27")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm nay", "2023-01-01", "2023-12-31")

FIGS = [
    fig("Hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over",
        subject="hộ ở xã Bình Minh nhận may bao jumbo gia công"),
    fig("hơn 120 lao động", "120", 120, "count", "lao động", approx="over",
        subject="lao động nữ nông thôn có việc làm"),
    fig("với 9 thành viên", "9", 9, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập",
        period=per("năm 2020", "2020-01-01", "2020-12-31")),
    fig("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên hợp tác xã", period=NOW),
    fig("38 thành viên", "38", 38, "count", "thành viên", total=46, subject="thành viên là phụ nữ", period=NOW),
    fig("khoảng 25.000", "25.000", 25000, "measure", "bao jumbo/tháng", approx="about",
        change=chg("increase", 2, "lần", "năm 2021"), subject="bao jumbo hợp tác xã nhận gia công mỗi tháng",
        period=NOW),
    fig("loại 1 tấn", "1", 1, "measure", "tấn", subject="loại bao jumbo", optional=True),
    fig("công 14.000 đồng", "14.000", 14000, "money", "đồng/bao", subject="tiền công may bao jumbo"),
    fig("may 16-18", "16", 16, "measure", "bao/ngày", value_max=18, subject="bao mỗi lao động may"),
    fig("từ 6 đến 7,5", "6", 6e6, "money", "đồng/tháng", value_max=7.5e6, subject="thu nhập của lao động"),
    fig("đạt 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", subject="doanh thu của hợp tác xã", period=Y22),
    fig("hơn 410 triệu", "410", 410e6, "money", "đồng", approx="over", subject="lợi nhuận của hợp tác xã",
        period=Y22),
    fig("đạt 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", status="target", subject="doanh thu hợp tác xã",
        period=Y23),
    fig("thêm hai tổ", "hai", 2, "count", "tổ may", status="forecast", subject="tổ may mở thêm", period=Y23),
    fig("thêm 40-50", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động thu hút thêm", period=Y23),
    fig("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", subject="hợp tác xã ngành may gia công"),
    fig("27 tổ hợp tác", "27", 27, "count", "tổ hợp tác", subject="tổ hợp tác ngành may gia công"),
    fig("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", approx="about",
        subject="lao động ngành may gia công"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Nai): menu with 'Kênh ĐN1 | Kênh ĐN2', date line '27/08/2023 09:45' (published), tag 'ĐNRTV -', video links, hotline.",
    "Distractors: 'ĐN1', 'ĐN2' (channel names), '19 giờ ngày 27/8', 'giai đoạn 2021-2025', phone 0251.3822.369, 'thành lập năm 2020'.",
    "Location: huyện Trảng Bom (the district; xã Bình Minh is a commune of it) for the whole article.",
    "'Hơn ba chục hộ' = over 30 (number word 'ba chục'). '9 thành viên' at founding takes 'năm 2020' (same clause).",
    "'Đến nay' is an as-of phrase: start null, end = published; it governs the whole sentence, including the monthly rate.",
    "'mỗi tháng ... khoảng 25.000 bao jumbo, gấp đôi so với năm 2021' → measure 'bao jumbo/tháng', change ×2 (lần), baseline năm 2021.",
    "'bao jumbo loại 1 tấn' is a product size: optional. 'mỗi bao ... tiền công 14.000 đồng' → unit 'đồng/bao'.",
    "'Năm nay' = 2023 (published). 'phấn đấu' → target; 'dự kiến mở thêm hai tổ may ..., thu hút thêm 40-50 lao động' → forecast.",
]

if __name__ == "__main__":
    write("p1481-8", TEXT, NOTES, FIGS, published="2023-08-27", location="Trảng Bom")
