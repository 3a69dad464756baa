"""p933-5: Party/provincial newspaper (Báo Nghệ An) — TP. Vinh: new streets still waiting for names; house plates lag."""
from lib import F, P, I, C, T, write

TEXT = """TP. Vinh: Nhiều tuyến đường mới vẫn "chờ" tên

Những năm gần đây, TP. Vinh mở rộng nhanh, nhưng việc đặt tên đường chưa theo kịp tốc độ đô thị hóa. Hiện thành phố có 512 tuyến đường, ngõ có mặt cắt từ 7,5 m trở lên, song mới 318 tuyến được đặt tên, chiếm 62,1%.

Tại các phường Nghi Phú, Hưng Lộc và xã Nghi Ân, nhiều khu đô thị đã có người ở từ 5-7 năm nhưng đường nội bộ vẫn chỉ mang ký hiệu như "đường N5", "đường D12". Anh Nguyễn Văn Hùng, trú tại khối 12, phường Hưng Lộc cho biết: "Nhà tôi ở số 27 đường N5, nhưng người giao hàng thường phải gọi 3-4 cuộc điện thoại mới tìm được".

Theo Phòng Văn hóa và Thông tin thành phố, giai đoạn 2021-2023, Vinh chỉ đặt tên được 46 tuyến đường, bằng khoảng một nửa so với giai đoạn 2016-2020 (89 tuyến). Trong khi đó, từ năm 2021 đến nay đã có thêm 112 tuyến đường mới hình thành.

Việc gắn biển số nhà cũng còn chậm. Năm 2023, thành phố gắn được 6.350 biển số nhà, chỉ đạt 63,5% kế hoạch; 5 tháng đầu năm nay gắn thêm gần 2.100 biển. Toàn thành phố còn khoảng 9.800 hộ chưa có biển số nhà, tập trung ở các xã mới sáp nhập.

Theo kế hoạch, năm 2024 thành phố sẽ trình HĐND tỉnh đặt tên 60 tuyến đường và gắn 8.000 biển số nhà, với kinh phí khoảng 1,2 tỷ đồng. Chi phí làm mỗi biển tên đường hiện khoảng 2,4 triệu đồng, tăng gấp 2 lần so với năm 2015.

Bà Trần Thị Lan, Trưởng phòng Văn hóa và Thông tin thành phố cho biết, khó khăn lớn nhất là nhiều tuyến chưa đủ điều kiện theo Nghị định số 91/2005/NĐ-CP, trong khi ngân hàng tên đường của tỉnh (ban hành năm 2019) chỉ còn khoảng 150 tên chưa sử dụng.

THANH HÀ
18/06/2024
"""

FIGS = [
    F("có 512 tuyến", "512", 512, "count", "tuyến đường, ngõ", "tuyến đường, ngõ có mặt cắt từ 7,5 m trở lên"),
    F("từ 7,5 m trở lên", "7,5", 7.5, "measure", "m", "mặt cắt tuyến đường, ngõ", approx="at_least", optional=True),
    F("318 tuyến", "318", 318, "count", "tuyến", "tuyến được đặt tên", percent=62.1),
    F("từ 5-7 năm", "5", 5, "measure", "năm", "thời gian khu đô thị đã có người ở", value_max=7, optional=True),
    F("gọi 3-4 cuộc", "3", 3, "count", "cuộc điện thoại", "cuộc điện thoại người giao hàng phải gọi", value_max=4,
      optional=True),
    F("46 tuyến", "46", 46, "count", "tuyến đường", "tuyến đường được đặt tên",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("(89 tuyến)", "89", 89, "count", "tuyến", "tuyến đường được đặt tên",
      P("giai đoạn 2016-2020", "2016-01-01", "2020-12-31")),
    F("112 tuyến", "112", 112, "count", "tuyến đường", "tuyến đường mới hình thành",
      P("từ năm 2021 đến nay", "2021-01-01", "2024-06-18")),
    F("6.350 biển", "6.350", 6350, "count", "biển số nhà", "biển số nhà gắn được",
      P("Năm 2023", "2023-01-01", "2023-12-31"), percent=63.5),
    F("gần 2.100 biển", "2.100", 2100, "count", "biển", "biển số nhà gắn thêm",
      P("5 tháng đầu năm nay", "2024-01-01", "2024-05-31"), approx="nearly"),
    F("khoảng 9.800 hộ", "9.800", 9800, "count", "hộ", "hộ chưa có biển số nhà", approx="about"),
    F("tên 60 tuyến", "60", 60, "count", "tuyến đường", "tuyến đường trình đặt tên",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("8.000 biển", "8.000", 8000, "count", "biển số nhà", "biển số nhà gắn",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí đặt tên đường và gắn biển số nhà",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
    F("khoảng 2,4 triệu đồng", "2,4", 2.4e6, "money", "đồng/biển", "chi phí làm mỗi biển tên đường", approx="about",
      change=C("increase", 2, "lần", "năm 2015")),
    F("khoảng 150 tên", "150", 150, "count", "tên", "tên chưa sử dụng trong ngân hàng tên đường của tỉnh",
      approx="about", location="Nghệ An"),
]

HEADER = [
    "Báo Nghệ An style (byline THANH HÀ, bare date 18/06/2024 at the end): TP. Vinh street naming backlog and house plates.",
    "revised after the first run: 318 tuyến loses total 512 ('song mới 318 tuyến' is no part-of cue of FIGURES.md; the share stays).",
    "Location: the city Vinh; the province's name bank (150 tên) is Nghệ An. 'Hiện'/'hiện' gives no period.",
    "Optional: the category threshold 'từ 7,5 m trở lên', the resident-years '5-7 năm', the quoted anecdote '3-4 cuộc điện thoại'.",
    "'tăng gấp 2 lần so với năm 2015' after the amount is its change (unit lần). 'bằng khoảng một nửa' has no numeral: not recorded.",
    "Distractors: đường N5, D12, khối 12, số 27, Nghị định số 91/2005/NĐ-CP, năm 2019, năm 2015 (baseline), 18/06/2024.",
    "'Theo kế hoạch, năm 2024 ...' -> target, continuing into 'với kinh phí khoảng 1,2 tỷ đồng'.",
]

write("p933-5", TEXT, HEADER, FIGS, published="2024-06-18", location="Vinh")
