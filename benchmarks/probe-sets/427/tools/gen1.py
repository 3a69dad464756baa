from lib import F, P, build

TEXT = """Đắk Lắk: Tái canh cà phê đạt 87,4% kế hoạch giai đoạn 2021-2025
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.317

(ĐắkLắk.gov.vn) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9, toàn tỉnh đã tái canh, ghép cải tạo được 26.218 ha cà phê, đạt 87,4% kế hoạch giai đoạn 2021-2025 (kế hoạch 30.000 ha). Trong đó, diện tích trồng tái canh là 19.540 ha, ghép cải tạo 6.678 ha.

Các địa phương có diện tích tái canh lớn là huyện Cư M'gar (3.412 ha), Krông Năng (2.985 ha), Ea H'leo (2.760 ha) và thị xã Buôn Hồ (1.894 ha).

Năm 2024, kế hoạch tái canh của tỉnh là 6.500 ha; 9 tháng đầu năm đã thực hiện 5.120 ha, tăng 14,2% so với cùng kỳ năm 2023.

Giống cây trồng đạt chuẩn tiếp tục được chú trọng: từ đầu năm đến nay, 38 cơ sở sản xuất giống trên địa bàn đã cung ứng khoảng 7,6 triệu cây giống cà phê (gồm 4,9 triệu cây thực sinh và 2,7 triệu chồi ghép), chủ yếu là các giống TR4, TR9, TRS1 do Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên chọn tạo.

Năng suất cà phê tái canh sau 3 năm đạt bình quân 3,5-4 tấn nhân/ha, cao hơn 1,2 tấn/ha so với vườn cũ; năng suất bình quân toàn tỉnh năm 2023 đạt 2,93 tấn/ha.

Để hỗ trợ nông dân, Ngân hàng Nhà nước chi nhánh tỉnh cho biết dư nợ cho vay tái canh cà phê đạt gần 4.860 tỷ đồng với hơn 21 nghìn lượt khách hàng. Tỉnh phấn đấu đến năm 2025 tái canh thêm khoảng 3.800 ha, nâng tỷ lệ diện tích sử dụng giống mới lên trên 60%.

Nguồn: Sở NN&PTNT Đắk Lắk - ĐT: 0262.3852.471
"""

asof = P("tính đến ngày 30/9", None, "2024-09-30")
asof_i = P("tính đến ngày 30/9", None, "2024-09-30", inh=True)
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
m9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
ytd = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
to25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("cà phê đạt 87,4% kế hoạch giai đoạn", "87,4", 87.4, "percent", "%",
      "tái canh cà phê so với kế hoạch", period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("được 26.218 ha", "26.218", 26218, "measure", "ha", "diện tích cà phê tái canh, ghép cải tạo",
      percent=87.4, target={"value": 30000, "unit": "ha"}, period=asof),
    F("trồng tái canh là 19.540 ha", "19.540", 19540, "measure", "ha", "diện tích trồng tái canh",
      total=26218, period=asof_i),
    F("ghép cải tạo 6.678 ha", "6.678", 6678, "measure", "ha", "diện tích ghép cải tạo", total=26218, period=asof_i),
    F("Cư M'gar (3.412 ha)", "3.412", 3412, "measure", "ha", "diện tích tái canh", location="Cư M'gar", period=asof_i),
    F("Krông Năng (2.985 ha)", "2.985", 2985, "measure", "ha", "diện tích tái canh", location="Krông Năng", period=asof_i),
    F("Ea H'leo (2.760 ha)", "2.760", 2760, "measure", "ha", "diện tích tái canh", location="Ea H'leo", period=asof_i),
    F("Buôn Hồ (1.894 ha)", "1.894", 1894, "measure", "ha", "diện tích tái canh", location="Buôn Hồ", period=asof_i),
    F("của tỉnh là 6.500 ha", "6.500", 6500, "measure", "ha", "kế hoạch tái canh", status="target", period=y24),
    F("thực hiện 5.120 ha", "5.120", 5120, "measure", "ha", "diện tích tái canh thực hiện",
      change={"direction": "increase", "value": 14.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=m9),
    F("nay, 38 cơ sở", "38", 38, "count", "cơ sở sản xuất giống", "cơ sở sản xuất giống cung ứng cây giống", period=ytd),
    F("khoảng 7,6 triệu cây giống", "7,6", 7600000, "count", "cây giống", "cây giống cà phê cung ứng",
      approx="about", period=ytd),
    F("gồm 4,9 triệu cây", "4,9", 4900000, "count", "cây", "cây thực sinh", total=7600000, period=ytd),
    F("và 2,7 triệu chồi ghép", "2,7", 2700000, "count", "chồi ghép", "chồi ghép", total=7600000, period=ytd),
    F("sau 3 năm", "3", 3, "measure", "năm", optional=True),
    F("bình quân 3,5-4 tấn nhân/ha", "3,5", 3.5, "measure", "tấn/ha", "năng suất cà phê tái canh",
      value_max=4, change={"direction": "increase", "value": 1.2, "unit": "tấn/ha", "baseline": "vườn cũ"}),
    F("đạt 2,93 tấn/ha", "2,93", 2.93, "measure", "tấn/ha", "năng suất bình quân toàn tỉnh",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 4.860 tỷ đồng", "4.860", 4860000000000, "money", "đồng", "dư nợ cho vay tái canh cà phê", approx="nearly"),
    F("hơn 21 nghìn lượt", "21", 21000, "count", "lượt khách hàng", "lượt khách hàng vay tái canh cà phê", approx="over"),
    F("khoảng 3.800 ha", "3.800", 3800, "measure", "ha", "diện tích tái canh thêm", approx="about",
      status="target", period=to25),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ diện tích sử dụng giống mới", approx="over",
      status="target", period=to25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đắk Lắk (province portal): coffee replanting to 30/9/2024 vs the 2021-2025 plan; 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.317'.",
    "'tính đến ngày 30/9' has no year: the nearest earlier date is the dateline (2024). Headline 87,4% has no base amount there: percent figure.",
    "26.218 ha: 'đạt 87,4% kế hoạch' is its percent, '(kế hoạch 30.000 ha)' its target. 'Trong đó' parts (next sentence) total 26.218.",
    "District list after 'diện tích tái canh lớn là': district = location, subject = the indicator. Bracketed breakdown 4,9 + 2,7 = 7,6 triệu: totals.",
    "'cao hơn 1,2 tấn/ha so với vườn cũ' is the change of the yield range. 'sau 3 năm' (age of the garden) optional.",
    "Distractors: 'Lượt xem: 2.317', variety names TR4, TR9, TRS1, phone 0262.3852.471, '(ĐắkLắk.gov.vn)'.",
    "Dư nợ / khách hàng: no period in their sentence and none that clearly carries over: no period.",
    "revised after the first run: unit of '3,5-4 tấn nhân/ha' now 'tấn/ha' (shortest unit; 'nhân' names the product, as 'tấn nhân' → 'tấn' elsewhere in this set).",
]

build("p427-1", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Đắk Lắk")
