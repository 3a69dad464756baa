from lib import F, P, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ GIANG
Tin hoạt động

Hà Giang: 32 hợp đồng liên kết tiêu thụ dược liệu được ký kết trong quý III/2024
Thứ Sáu, 18/10/2024 - 14:20

Trong quý III/2024, các doanh nghiệp, hợp tác xã trên địa bàn tỉnh Hà Giang đã ký kết 32 hợp đồng liên kết sản xuất, tiêu thụ dược liệu với tổng giá trị 48,75 tỷ đồng, tăng 11,3% so với quý II/2024. Trong đó, 14 hợp đồng liên kết theo chuỗi giá trị khép kín từ trồng, sơ chế đến chế biến.

Tính chung 9 tháng năm 2024, toàn tỉnh có 76 hợp đồng, đạt 84,4% kế hoạch năm (90 hợp đồng), thu hút 3.120 hộ tham gia. Tổng diện tích liên kết đạt 1.837,5 ha; trong đó nhiều nhất là cà gai leo 415 ha, giảo cổ lam 362 ha, actiso 210 ha và đương quy 185,6 ha.

Giá thu mua theo hợp đồng ổn định: giảo cổ lam khô 45.000 đồng/kg, cà gai leo 30.000 đồng/kg, cao hơn giá thị trường khoảng 12%. Các liên kết được hỗ trợ theo Nghị định số 98/2018/NĐ-CP và Quyết định số 1486/QĐ-UBND ngày 12/8/2022 của UBND tỉnh. HTX Nông nghiệp 19/5 (huyện Quản Bạ) và Công ty cổ phần Dược liệu 135 hiện là những đơn vị có quy mô liên kết lớn nhất.

Toàn tỉnh hiện có 58 hợp tác xã, 9 doanh nghiệp sản xuất dược liệu; giá trị hợp đồng bình quân tăng 6,8% so với năm 2023.

Quý IV/2024, Sở phấn đấu ký mới ít nhất 15 hợp đồng, nâng tổng số hợp đồng cả năm lên trên 90 hợp đồng.

Chi cục Phát triển nông thôn - ĐT: 0219.3866.475
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3_I = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("Hà Giang: 32 hợp đồng", "32", 32, "count", "hợp đồng", "hợp đồng liên kết tiêu thụ dược liệu được ký kết", Q3),
    F("ký kết 32 hợp đồng", "32", 32, "count", "hợp đồng", "hợp đồng liên kết sản xuất, tiêu thụ dược liệu", Q3),
    F("giá trị 48,75 tỷ đồng", "48,75", 48.75e9, "money", "đồng", "tổng giá trị hợp đồng liên kết", Q3,
      change={"direction": "increase", "value": 11.3, "unit": "%", "baseline": "quý II/2024"}),
    F("14 hợp đồng", "14", 14, "count", "hợp đồng", "hợp đồng liên kết theo chuỗi giá trị khép kín", Q3_I, total=32),
    F("có 76 hợp đồng", "76", 76, "count", "hợp đồng", "hợp đồng", M9, percent=84.4, target={"value": 90, "unit": "hợp đồng"}),
    F("thu hút 3.120 hộ", "3.120", 3120, "count", "hộ", "hộ tham gia", M9),
    F("đạt 1.837,5 ha", "1.837,5", 1837.5, "measure", "ha", "tổng diện tích liên kết", M9_I),
    F("cà gai leo 415 ha", "415", 415, "measure", "ha", "diện tích liên kết cà gai leo", M9_I, total=1837.5),
    F("giảo cổ lam 362 ha", "362", 362, "measure", "ha", "diện tích liên kết giảo cổ lam", M9_I, total=1837.5),
    F("actiso 210 ha", "210", 210, "measure", "ha", "diện tích liên kết actiso", M9_I, total=1837.5),
    F("đương quy 185,6 ha", "185,6", 185.6, "measure", "ha", "diện tích liên kết đương quy", M9_I, total=1837.5),
    F("khô 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá thu mua giảo cổ lam khô"),
    F("leo 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá thu mua cà gai leo",
      change={"direction": "increase", "value": 12, "unit": "%", "approx": "about", "baseline": "giá thị trường"}),
    F("có 58 hợp tác xã", "58", 58, "count", "hợp tác xã", "hợp tác xã sản xuất dược liệu"),
    F(", 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp sản xuất dược liệu"),
    F("tăng 6,8%", "6,8", 6.8, "percent", "%", "giá trị hợp đồng bình quân"),
    F("ít nhất 15 hợp đồng", "15", 15, "count", "hợp đồng", "hợp đồng ký mới",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), approx="at_least", status="target"),
    F("trên 90 hợp đồng", "90", 90, "count", "hợp đồng", "tổng số hợp đồng cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

HEADER = """Sở NN&PTNT Hà Giang (department site): hợp đồng liên kết tiêu thụ dược liệu, quý III/2024 and 9 months. Dateline 'Thứ Sáu, 18/10/2024 - 14:20'.
Distractors: 'Nghị định số 98/2018/NĐ-CP', 'Quyết định số 1486/QĐ-UBND ngày 12/8/2022', names with numbers 'HTX Nông nghiệp 19/5', 'Công ty cổ phần Dược liệu 135',
'huyện Quản Bạ' inside a name bracket (no figure there), phone 0219.3866.475, 'quý II/2024' (a baseline).
'76 hợp đồng, đạt 84,4% kế hoạch năm (90 hợp đồng)': percent 84.4 and the bracketed plan as target 90.
Species after 'trong đó' are parts of 1.837,5 ha (same unit and period); species are subjects, not places.
'cao hơn giá thị trường khoảng 12%' follows the cà gai leo price: its change. 'giá trị hợp đồng bình quân tăng 6,8%' is a rate with no base amount: a percent figure.
'trên 90 hợp đồng ... cả năm' → period the year 2024 (not quý IV). The headline repeats the 32 contracts (a figure of its own)."""

emit(3, HEADER, TEXT, FIGS, published="2024-10-18", location="Hà Giang")
