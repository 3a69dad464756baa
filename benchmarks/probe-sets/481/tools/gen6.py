"""p481-6: national press (VnExpress style) — TP HCM adjusted land price table, land-use fees."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Kinh doanh › Bất động sản
Thứ ba, 22/10/2024, 06:30 (GMT+7)

Giá đất cao nhất TP HCM lên 687,2 triệu đồng mỗi m2

Bảng giá đất điều chỉnh của TP HCM áp dụng từ ngày 31/10 có mức cao nhất 687,2 triệu đồng mỗi m2 tại đường Đồng Khởi, Nguyễn Huệ, Lê Lợi (quận 1), tăng khoảng 4 lần so với bảng giá cũ (162 triệu đồng).

Theo Sở Tài nguyên và Môi trường, bảng giá mới quy định giá đất cho 3.062 đoạn, tuyến đường. Giá đất ở tại các quận nội thành tăng bình quân 4,5 lần, các huyện ngoại thành tăng 3,2 lần. Mức thấp nhất là 2,3 triệu đồng mỗi m2 tại xã Thạnh An, huyện Cần Giờ. Đường 3/2 đoạn qua quận 10 có giá 297,8 triệu đồng mỗi m2.

Ông Nguyễn Văn Hoàng, Phó giám đốc Sở Tài nguyên và Môi trường, cho biết năm 2023 thành phố thu tiền sử dụng đất 9.215 tỷ đồng, chỉ đạt 38% dự toán. 9 tháng năm nay, số thu ước đạt 6.430 tỷ đồng, tăng 12% so với cùng kỳ. Hiện khoảng 800 hồ sơ xác định giá đất cụ thể của gần 140 dự án đang tồn đọng, số tiền sử dụng đất ước tính 30.000-40.000 tỷ đồng.

Theo ông Hoàng, bảng giá mới giúp việc tính tiền sử dụng đất sát giá thị trường hơn, nhưng cũng khiến nghĩa vụ tài chính của người dân tăng mạnh. Chẳng hạn, người dân chuyển mục đích 100 m2 đất nông nghiệp sang đất ở tại quận Bình Thạnh phải nộp khoảng 1,8 tỷ đồng tiền sử dụng đất, thay vì 450 triệu đồng như trước.

Bảng giá này áp dụng đến hết ngày 31/12/2025. Các trường hợp nộp hồ sơ hợp lệ trước ngày 31/10 tiếp tục áp dụng bảng giá cũ.

Hà An
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T = 1e9
M = 1e6
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("lên 687,2 triệu", "687,2", 687.2 * M, "money", "đồng/m2", "giá đất cao nhất"),
    fig("cao nhất 687,2 triệu", "687,2", 687.2 * M, "money", "đồng/m2", "mức giá đất cao nhất bảng giá đất điều chỉnh",
        change=chg("increase", 4, "lần", baseline="bảng giá cũ", approx="about"), location="Quận 1"),
    fig("(162 triệu đồng)", "162", 162 * M, "money", "đồng", "mức giá đất cao nhất bảng giá cũ", location="Quận 1"),
    fig("3.062 đoạn", "3.062", 3062, "count", "đoạn, tuyến đường", "đoạn, tuyến đường được quy định giá đất"),
    fig("bình quân 4,5 lần", "4,5", 4.5, "multiple", "lần", "giá đất ở tại các quận nội thành tăng bình quân"),
    fig("tăng 3,2 lần", "3,2", 3.2, "multiple", "lần", "giá đất ở các huyện ngoại thành tăng"),
    fig("2,3 triệu", "2,3", 2.3 * M, "money", "đồng/m2", "mức giá đất thấp nhất", location="Cần Giờ"),
    fig("297,8 triệu", "297,8", 297.8 * M, "money", "đồng/m2", "giá đất đường 3/2", location="Quận 10"),
    fig("9.215 tỷ đồng", "9.215", 9215 * T, "money", "đồng", "thu tiền sử dụng đất", Y23, percent=38),
    fig("ước đạt 6.430 tỷ đồng", "6.430", 6430 * T, "money", "đồng", "số thu tiền sử dụng đất",
        per("9 tháng năm nay", "2024-01-01", "2024-09-30"), change=chg("increase", 12, baseline="cùng kỳ"),
        status="estimate"),
    fig("khoảng 800 hồ sơ", "800", 800, "count", "hồ sơ", "hồ sơ xác định giá đất cụ thể đang tồn đọng",
        approx="about"),
    fig("gần 140 dự án", "140", 140, "count", "dự án", "dự án có hồ sơ xác định giá đất cụ thể tồn đọng",
        approx="nearly"),
    fig("30.000-40.000 tỷ đồng", "30.000", 30000 * T, "money", "đồng", "số tiền sử dụng đất của các dự án tồn đọng",
        value_max=40000 * T, status="estimate"),
    fig("100 m2", "100", 100, "measure", "m2", "diện tích chuyển mục đích", optional=True),
    fig("khoảng 1,8 tỷ đồng", "1,8", 1.8 * T, "money", "đồng",
        "tiền sử dụng đất chuyển mục đích 100 m2 đất nông nghiệp sang đất ở", approx="about", location="Bình Thạnh"),
    fig("450 triệu đồng", "450", 450 * M, "money", "đồng",
        "tiền sử dụng đất chuyển mục đích 100 m2 đất nông nghiệp sang đất ở trước đây", location="Bình Thạnh"),
]

COMMENTS = [
    "National press (VnExpress style): TP HCM bảng giá đất điều chỉnh from 31/10/2024; top/bottom prices; land-use fee revenue, backlog.",
    "Dateline 'Thứ ba, 22/10/2024, 06:30 (GMT+7)'. 'quận 1', 'quận 10', 'Đường 3/2' (a street name, not a fraction), 'ngày 31/10',",
    "'31/12/2025' are not figures. '(162 triệu đồng)' is the baseline amount of the '4 lần' change: a figure of its own (as h06).",
    "'tăng bình quân 4,5 lần' / 'tăng 3,2 lần' are growth claims with no base amount: multiple figures, no change.",
    "Location: city by default ('TP Hồ Chí Minh', the canonical name of 'TP HCM'); a district named with the price (quận 1, quận 10,",
    "huyện Cần Giờ, quận Bình Thạnh) is the figure's location. '100 m2' is the hypothetical size in an example: optional.",
    "'9 tháng năm nay' = 2024 (published). Unit written 'm2' kept as in the text (đồng/m2).",
]

if __name__ == "__main__":
    emit("p481-6", TEXT, COMMENTS, FIGS, published="2024-10-22", location=HCM)
