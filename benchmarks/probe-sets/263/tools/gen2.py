from lib import F, P, emit

TEXT = """ỦY BAN NHÂN DÂN HUYỆN HÓC MÔN - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Tài nguyên - Môi trường

Hóc Môn đẩy mạnh phân loại chất thải rắn sinh hoạt tại nguồn
Ngày đăng: 21/10/2024

Theo Phòng Tài nguyên và Môi trường huyện, 9 tháng năm 2024, khối lượng chất thải rắn sinh hoạt phát sinh trên địa bàn huyện khoảng 410 tấn/ngày, được thu gom, vận chuyển 100% về khu xử lý. Toàn huyện có 38.540/92.300 hộ gia đình đã thực hiện phân loại rác tại nguồn, đạt 41,8%, tăng 12.600 hộ so với cùng kỳ năm 2023.

Các xã dẫn đầu về tỷ lệ hộ thực hiện phân loại gồm Tân Thới Nhì (68,5%), Xuân Thới Sơn (61,2%) và Đông Thạnh (57,9%). Một số xã có tốc độ đô thị hóa nhanh như Bà Điểm, Xuân Thới Thượng mới đạt dưới 30% do nhiều hộ thuê trọ, biến động dân cư lớn.

Rác thực phẩm sau phân loại chiếm khoảng 60-65% khối lượng rác sinh hoạt. Từ đầu năm, huyện đã cấp 5.200 thùng ủ phân hữu cơ từ rác thực phẩm cho hộ dân, tổng kinh phí hơn 1,56 tỷ đồng; trong quý III/2024, các đơn vị thu gom tiếp nhận 1.835 tấn rác tái chế, gấp 1,4 lần quý II/2024. Hiện giá dịch vụ thu gom rác hộ gia đình là 55.000 đồng/hộ/tháng.

Thực hiện Kế hoạch số 245/KH-UBND của UBND huyện và Luật Bảo vệ môi trường năm 2020, huyện phấn đấu đến 31/12/2024 có 100% hộ gia đình, cá nhân thực hiện phân loại chất thải rắn sinh hoạt thành 3 nhóm; đến năm 2025, tỷ lệ chất thải rắn sinh hoạt phải chôn lấp trực tiếp giảm xuống dưới 50%.

Trong tháng 10, huyện tổ chức 12 lớp tập huấn cho 1.080 tổ trưởng tổ dân phố, trưởng ấp. Người dân phát hiện hành vi đổ rác trái phép có thể phản ánh qua đường dây nóng 1022 hoặc ứng dụng Hóc Môn Smart.

Ban Biên tập
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm", "2024-01-01", "2024-10-21")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
SUBJ = "tỷ lệ hộ thực hiện phân loại rác tại nguồn"

FIGS = [
    F("khoảng 410 tấn/ngày", "410", 410, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt phát sinh", N9,
      approx="about"),
    F("vận chuyển 100% về", "100", 100, "percent", "%", "chất thải rắn sinh hoạt được thu gom, vận chuyển", N9),
    F("có 38.540/92.300 hộ", "38.540", 38540, "count", "hộ", "hộ gia đình thực hiện phân loại rác tại nguồn", N9i,
      total=92300, percent=41.8,
      change={"direction": "increase", "value": 12600, "unit": "hộ", "baseline": "cùng kỳ năm 2023"}),
    F("Tân Thới Nhì (68,5%)", "68,5", 68.5, "percent", "%", SUBJ, N9i),
    F("Xuân Thới Sơn (61,2%)", "61,2", 61.2, "percent", "%", SUBJ, N9i),
    F("Đông Thạnh (57,9%)", "57,9", 57.9, "percent", "%", SUBJ, N9i),
    F("dưới 30%", "30", 30, "percent", "%", SUBJ, N9i, approx="under"),
    F("khoảng 60-65%", "60", 60, "percent", "%", "rác thực phẩm trong khối lượng rác sinh hoạt", approx="about",
      value_max=65),
    F("cấp 5.200 thùng", "5.200", 5200, "count", "thùng ủ phân hữu cơ", "thùng ủ phân hữu cơ cấp cho hộ dân", YTD),
    F("hơn 1,56 tỷ đồng", "1,56", 1560000000, "money", "đồng", "kinh phí cấp thùng ủ phân hữu cơ", YTD, approx="over"),
    F("tiếp nhận 1.835 tấn", "1.835", 1835, "measure", "tấn", "rác tái chế được tiếp nhận", Q3,
      change={"direction": "increase", "value": 1.4, "unit": "lần", "baseline": "quý II/2024"}),
    F("là 55.000 đồng/hộ/tháng", "55.000", 55000, "money", "đồng/hộ/tháng", "giá dịch vụ thu gom rác hộ gia đình"),
    F("có 100% hộ gia đình", "100", 100, "percent", "%", "hộ gia đình, cá nhân thực hiện phân loại chất thải rắn sinh hoạt",
      P("đến 31/12/2024", None, "2024-12-31"), status="target"),
    F("thành 3 nhóm", "3", 3, "count", "nhóm", optional=True),
    F("xuống dưới 50%", "50", 50, "percent", "%", "tỷ lệ chất thải rắn sinh hoạt phải chôn lấp trực tiếp",
      P("đến năm 2025", None, "2025-12-31"), status="target", approx="under"),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp tập huấn", "lớp tập huấn", P("Trong tháng 10", "2024-10-01", "2024-10-31")),
    F("cho 1.080 tổ trưởng", "1.080", 1080, "count", "tổ trưởng", "tổ trưởng tổ dân phố, trưởng ấp được tập huấn",
      P("Trong tháng 10", "2024-10-01", "2024-10-31")),
]

emit("p263-2", TEXT, FIGS, [
    "District portal (UBND huyện Hóc Môn, TP Hồ Chí Minh), 'Ngày đăng:' without time; byline 'Ban Biên tập' at the end.",
    "Household waste sorting at source. '38.540/92.300 hộ ..., đạt 41,8%, tăng 12.600 hộ' = total, percent, change on one count.",
    "Commune list items (Tân Thới Nhì …): communes are below district level, so location stays the district Hóc Môn and the subject is",
    "the list's indicator. 'dưới 30%' for two communes: location Hóc Môn. 'gấp 1,4 lần quý II/2024' after a count is its change (lần).",
    "'Từ đầu năm' runs to the dateline. 'Trong tháng 10' takes the year 2024. '3 nhóm' (the legal sorting classes) optional.",
    "Distractors: Kế hoạch số 245/KH-UBND, 'Luật Bảo vệ môi trường năm 2020', hotline 1022, app name, 31/12/2024, quý II/2024.",
], location="Hóc Môn", published="2024-10-21")
