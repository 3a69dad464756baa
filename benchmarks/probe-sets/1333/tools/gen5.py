"""p1333-5: Party newspaper online (Báo Bắc Giang, (BGĐT) -): the provincial digital library (thư viện số)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao

Thư viện số: Hơn 70 nghìn lượt truy cập sau 2 năm vận hành

Thứ Năm, 15/08/2024 | 14:25

(BGĐT) - Sau hai năm đưa vào vận hành, thư viện số của Thư viện tỉnh Bắc Giang đã có hơn 70 nghìn lượt truy cập, trở thành kênh tiếp cận tri thức quen thuộc của nhiều bạn đọc, nhất là học sinh, sinh viên.

Theo ông Nguyễn Văn Hưng, Giám đốc Thư viện tỉnh, từ tháng 8/2022 đến nay, đơn vị đã số hóa 6.420 tài liệu với khoảng 1,3 triệu trang, trong đó có 2.150 cuốn sách, tài liệu địa chí về Bắc Giang như gia phả, sắc phong, tư liệu về khởi nghĩa Yên Thế, chiếm 33,5%.

Riêng 7 tháng đầu năm 2024, thư viện số có 21.600 lượt truy cập, tăng 35% so với cùng kỳ; 4.870 lượt tải tài liệu. Số bạn đọc đăng ký tài khoản đạt 3.240 người, gấp 2,5 lần năm 2022.

Bên cạnh đó, Thư viện tỉnh đã triển khai mô hình "Tủ sách điện tử" tại 10 huyện, thị xã, thành phố, kết nối với 45 thư viện trường học. Tại huyện Lục Nam, 12 trường được cài đặt phần mềm đọc sách "Sách Việt 360", phục vụ khoảng 5.000 học sinh.

Năm 2024, Thư viện tỉnh được bố trí 850 triệu đồng, dự kiến số hóa thêm khoảng 1.500 tài liệu. Mục tiêu đến năm 2025, thư viện số của tỉnh có ít nhất 10.000 tài liệu, liên thông với Thư viện Quốc gia Việt Nam.

Hà Linh

Tags: thư viện số, chuyển đổi số, văn hóa đọc
0 bình luận

Tin liên quan:
- Khai mạc Tuần lễ sách tại huyện Yên Thế
- Bắc Giang: Tập huấn chuyển đổi số cho cán bộ thư viện cấp huyện

Tổng lượt truy cập: 8.560.214
"""

FROM = per("từ tháng 8/2022 đến nay", "2022-08-01", "2024-08-15")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LN = "Lục Nam"

FIGS = [
    fig("Hơn 70 nghìn", "70", 70000, "count", "lượt truy cập", approx="over",
        subject="lượt truy cập thư viện số"),
    fig("có hơn 70 nghìn", "70", 70000, "count", "lượt truy cập", approx="over",
        subject="lượt truy cập thư viện số của Thư viện tỉnh Bắc Giang"),
    fig("số hóa 6.420", "6.420", 6420, "count", "tài liệu",
        subject="tài liệu đơn vị đã số hóa", period=FROM),
    fig("khoảng 1,3 triệu", "1,3", 1.3e6, "count", "trang", approx="about",
        subject="trang tài liệu số hóa", period=FROM),
    fig("có 2.150", "2.150", 2150, "count", "cuốn sách, tài liệu địa chí", total=6420, percent=33.5,
        subject="sách, tài liệu địa chí về Bắc Giang đã số hóa", period=FROM),
    fig("có 21.600", "21.600", 21600, "count", "lượt truy cập",
        change=chg("increase", 35, "%", "cùng kỳ"), subject="lượt truy cập thư viện số", period=M7),
    fig("4.870 lượt", "4.870", 4870, "count", "lượt tải tài liệu", subject="lượt tải tài liệu", period=M7),
    fig("đạt 3.240", "3.240", 3240, "count", "người",
        change=chg("increase", 2.5, "lần", "năm 2022"),
        subject="bạn đọc đăng ký tài khoản"),
    fig("tại 10 huyện", "10", 10, "count", "huyện, thị xã, thành phố",
        subject="huyện, thị xã, thành phố triển khai mô hình Tủ sách điện tử"),
    fig("với 45 thư viện", "45", 45, "count", "thư viện trường học",
        subject="thư viện trường học kết nối mô hình Tủ sách điện tử"),
    fig("Lục Nam, 12 trường", "12", 12, "count", "trường",
        subject="trường được cài đặt phần mềm đọc sách", location=LN),
    fig("khoảng 5.000 học sinh", "5.000", 5000, "count", "học sinh", approx="about",
        subject="học sinh được phục vụ", location=LN),
    fig("bố trí 850 triệu", "850", 850e6, "money", "đồng",
        subject="kinh phí bố trí cho Thư viện tỉnh", period=Y24),
    fig("khoảng 1.500 tài liệu", "1.500", 1500, "count", "tài liệu", approx="about", status="forecast",
        subject="tài liệu số hóa thêm", period=Y24),
    fig("ít nhất 10.000", "10.000", 10000, "count", "tài liệu", approx="at_least", status="target",
        subject="tài liệu của thư viện số", period=T25),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang): menu, headline figure, 'Thứ Năm, 15/08/2024 | 14:25', tag '(BGĐT) -', byline, tags, comments, related links.",
    "Distractors: '2 năm' / 'hai năm' (durations locating the figure in time), 14:25, 'Sách Việt 360' (product name),",
    "'0 bình luận', 'Tổng lượt truy cập: 8.560.214' (site counter; the article's own 'lượt truy cập' are figures).",
    "Headline and sapo 'hơn 70 nghìn lượt truy cập' are two figures (×10^3, over); cumulative since launch, no period stated.",
    "'từ tháng 8/2022 đến nay' runs to the dateline 2024-08-15.",
    "'6.420 tài liệu với khoảng 1,3 triệu trang, trong đó có 2.150 cuốn sách, tài liệu địa chí ..., chiếm 33,5%': the whole counting",
    "the same thing is 6.420 tài liệu (not the nearer 1,3 triệu trang); 2150/6420 = 33,5% → percent attribute.",
    "'gấp 2,5 lần năm 2022' after 3.240 người → change increase 2,5 lần (baseline năm 2022 is not the figure's period).",
    "Lục Nam passage: location Lục Nam. 'được bố trí 850 triệu' actual; 'dự kiến số hóa thêm khoảng 1.500' forecast (about).",
    "'Mục tiêu đến năm 2025 ... ít nhất 10.000 tài liệu' target, at_least.",
]

if __name__ == "__main__":
    write("p1333-5", TEXT, NOTES, FIGS, published="2024-08-15", location="Bắc Giang")
