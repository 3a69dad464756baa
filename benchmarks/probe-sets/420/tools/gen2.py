from lib import P, F, build

TEXT = """Mắc ca xen cà phê: hướng đi bền vững ở vùng cao Lâm Đồng

KHÁNH PHÚC 07:32, 08/05/2024

(LĐ) - Sau hơn 10 năm phát triển, cây mắc ca đã khẳng định vị trí trong cơ cấu cây trồng của tỉnh, nhất là mô hình trồng xen trong vườn cà phê.

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2023, diện tích mắc ca toàn tỉnh đạt 4.760 ha, trong đó diện tích trồng xen cà phê 3.920 ha, chiếm 82,4%. Diện tích cho thu hoạch 2.310 ha; sản lượng hạt tươi đạt 5.890 tấn, tăng 21% so với năm 2022. Lâm Đồng hiện là địa phương có diện tích mắc ca lớn thứ hai cả nước, sau Đắk Nông.

Mắc ca được trồng tập trung tại các huyện Lâm Hà (1.420 ha), Di Linh (1.150 ha), Bảo Lâm (860 ha) và Đam Rông (540 ha). Mật độ trồng xen phổ biến từ 100 đến 120 cây/ha; từ năm thứ 7 trở đi, mỗi cây cho 15-20 kg hạt tươi.

Gia đình ông K'Brơi ở thôn 3, xã Đạ Đờn (Lâm Hà) có 2,5 ha cà phê trồng xen 280 cây mắc ca. Năm 2023, riêng mắc ca mang về cho gia đình gần 190 triệu đồng, bằng khoảng 40% tổng thu nhập từ vườn.

Giá mắc ca hạt tươi hiện được các cơ sở thu mua từ 75.000 đến 90.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với cùng kỳ năm trước. Toàn tỉnh có 6 cơ sở chế biến mắc ca với tổng công suất khoảng 12.000 tấn/năm, trong đó lớn nhất là Công ty TNHH Macca 168 tại Bảo Lộc.

Tuy vậy, ông Phạm Văn Đức, Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật cho biết, vẫn còn gần 18% diện tích trồng bằng cây giống không rõ nguồn gốc, năng suất thấp.

Theo kế hoạch, đến năm 2025 Lâm Đồng phát triển 6.000 ha mắc ca, trong đó 5.000 ha trồng xen cà phê, sản lượng hạt tươi đạt trên 9.000 tấn.
"""

PUB = "2024-05-08"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 10 năm", "10", 10, "measure", "năm", approx="over", optional=True),
    F("đạt 4.760 ha", "4.760", 4760, "measure", "ha", "diện tích mắc ca", Y23),
    F("cà phê 3.920 ha", "3.920", 3920, "measure", "ha", "diện tích mắc ca trồng xen cà phê", Y23,
      total=4760, percent=82.4),
    F("thu hoạch 2.310 ha", "2.310", 2310, "measure", "ha", "diện tích mắc ca cho thu hoạch", Y23i),
    F("đạt 5.890 tấn", "5.890", 5890, "measure", "tấn", "sản lượng mắc ca hạt tươi", Y23i,
      change={"direction": "increase", "value": 21, "unit": "%", "baseline": "năm 2022"}),
    F("lớn thứ hai cả nước", "hai", 2, "rank", "hạng", "diện tích mắc ca"),
    F("Lâm Hà (1.420 ha)", "1.420", 1420, "measure", "ha", "diện tích mắc ca", Y23i, location="Lâm Hà"),
    F("Di Linh (1.150 ha)", "1.150", 1150, "measure", "ha", "diện tích mắc ca", Y23i, location="Di Linh"),
    F("Bảo Lâm (860 ha)", "860", 860, "measure", "ha", "diện tích mắc ca", Y23i, location="Bảo Lâm"),
    F("Đam Rông (540 ha)", "540", 540, "measure", "ha", "diện tích mắc ca", Y23i, location="Đam Rông"),
    F("từ 100 đến 120 cây/ha", "100", 100, "measure", "cây/ha", "mật độ trồng xen mắc ca", value_max=120),
    F("năm thứ 7", "7", 7, "count", "năm", optional=True),
    F("cho 15-20 kg", "15", 15, "measure", "kg", "sản lượng hạt tươi mỗi cây mắc ca", value_max=20),
    F("có 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích cà phê của gia đình ông K'Brơi", location="Lâm Hà"),
    F("xen 280 cây", "280", 280, "count", "cây", "cây mắc ca trồng xen của gia đình ông K'Brơi", location="Lâm Hà"),
    F("gần 190 triệu đồng", "190", 190000000, "money", "đồng", "thu nhập từ mắc ca của gia đình ông K'Brơi",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly", percent=40, location="Lâm Hà"),
    F("từ 75.000 đến 90.000 đồng/kg", "75.000", 75000, "money", "đồng/kg", "giá mắc ca hạt tươi",
      value_max=90000,
      change={"direction": "increase", "value": 10000, "unit": "đồng/kg", "approx": "about", "baseline": "cùng kỳ năm trước"}),
    F("có 6 cơ sở", "6", 6, "count", "cơ sở chế biến mắc ca", "cơ sở chế biến mắc ca"),
    F("khoảng 12.000 tấn/năm", "12.000", 12000, "measure", "tấn/năm", "tổng công suất cơ sở chế biến mắc ca",
      approx="about"),
    F("gần 18% diện tích", "18", 18, "percent", "%", "diện tích mắc ca trồng bằng cây giống không rõ nguồn gốc",
      approx="nearly"),
    F("phát triển 6.000 ha", "6.000", 6000, "measure", "ha", "diện tích mắc ca", Y25, status="target"),
    F("trong đó 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích mắc ca trồng xen cà phê", Y25,
      status="target", total=6000),
    F("trên 9.000 tấn", "9.000", 9000, "measure", "tấn", "sản lượng mắc ca hạt tươi", Y25, status="target",
      approx="over"),
]

COMMENTS = """
Báo Lâm Đồng (Party newspaper): macadamia area, intercropping with coffee, a farm household, prices, processing, 2025 plan.
Byline before dateline 'KHÁNH PHÚC 07:32, 08/05/2024'. Location Lâm Đồng; districts in the list go to location; the household in xã Đạ Đờn (Lâm Hà) is Lâm Hà.
'năm 2023' stands in the first sentence of the paragraph; the next sentence ('Diện tích cho thu hoạch …') inherits it.
'trong đó … 3.920 ha, chiếm 82,4%': total 4760 and percent 82.4. 'lớn thứ hai cả nước' is rank 2 of Lâm Đồng (its rank; scope not in the subject).
'cao hơn khoảng 10.000 đồng/kg so với cùng kỳ' is the change of the price range. 'bằng khoảng 40% tổng thu nhập' is the percent of 190 triệu.
'hơn 10 năm' (duration) and 'năm thứ 7' (tree age) are optional. 'hiện' is no period: prices have none.
Targets under 'Theo kế hoạch, đến năm 2025': 6.000 ha, the part 5.000 ha (total 6000), output 'trên 9.000 tấn'.
Distractors: thôn 3, Macca 168 (company name), dateline time 07:32.
"""

build(2, COMMENTS, TEXT, FIGS, published=PUB, location="Lâm Đồng")
