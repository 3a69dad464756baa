"""p1031-2: district portal, huyện Tháp Mười (Đồng Tháp), straw bales and straw mushrooms, March 2023."""
from lib import F, P, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THÁP MƯỜI
Tin tức > Kinh tế - Nông nghiệp

Nông dân Tháp Mười tận dụng rơm rạ trồng nấm, tăng thu nhập

Thứ Năm, 16/03/2023 - 10:20

Vụ lúa Đông Xuân 2022-2023, toàn huyện xuống giống 43.600 ha, đến nay đã thu hoạch được 38.950 ha, đạt 89,3% diện tích. Lượng rơm được cuộn, đưa ra khỏi đồng ruộng ước khoảng 96.000 tấn, tương đương hơn 3,2 triệu cuộn.

Hiện toàn huyện có 134 máy cuộn rơm, trong đó xã Trường Xuân 21 máy, xã Hưng Thạnh 18 máy, xã Thạnh Lợi 12 máy. Chủ máy thu tiền công 8.000-9.000 đồng/cuộn; rơm cuộn được bán tại ruộng với giá 20.000-25.000 đồng/cuộn, cao hơn khoảng 5.000 đồng/cuộn so với vụ Đông Xuân trước.

Trồng nấm rơm là hướng đi được nhiều nông hộ lựa chọn. Năm 2022, toàn huyện có 1.850 hộ trồng nấm rơm, sử dụng khoảng 41.000 tấn rơm, sản lượng nấm đạt 3.420 tấn, tăng 11,6% so với năm 2021. Với giá nấm bình quân 48.000 đồng/kg, mỗi công (1.000 m2) trồng nấm cho lợi nhuận 6-8 triệu đồng; một lứa nấm kéo dài khoảng 25 ngày.

Ông Nguyễn Văn Tư ở ấp 3 cho biết gia đình trồng 4 công nấm, mỗi lứa dùng khoảng 12 tấn rơm, trừ chi phí còn lãi hơn 30 triệu đồng.

Theo kế hoạch, năm 2023 huyện phấn đấu thu gom trên 90% lượng rơm rạ, hỗ trợ 50% kinh phí mua máy cuộn rơm cho các hợp tác xã, tối đa 150 triệu đồng/máy.

Thanh Trúc (Trung tâm Văn hóa - Thể thao và Truyền thanh huyện)
"""

NOW = P("đến nay", None, "2023-03-16")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("xuống giống 43.600 ha", "43.600", 43600, "measure", "ha", "diện tích lúa xuống giống vụ Đông Xuân"),
    F("thu hoạch được 38.950 ha", "38.950", 38950, "measure", "ha", "diện tích lúa đã thu hoạch", percent=89.3,
      period=NOW),
    F("ước khoảng 96.000 tấn", "96.000", 96000, "measure", "tấn", "lượng rơm được cuộn, đưa ra khỏi đồng ruộng",
      approx="about", status="estimate"),
    F("hơn 3,2 triệu cuộn", "3,2", 3200000, "count", "cuộn", "rơm cuộn đưa ra khỏi đồng ruộng", approx="over",
      status="estimate"),
    F("134 máy cuộn rơm", "134", 134, "count", "máy cuộn rơm", "máy cuộn rơm"),
    F("Trường Xuân 21 máy", "21", 21, "count", "máy", "máy cuộn rơm xã Trường Xuân", total=134),
    F("Hưng Thạnh 18 máy", "18", 18, "count", "máy", "máy cuộn rơm xã Hưng Thạnh", total=134),
    F("Thạnh Lợi 12 máy", "12", 12, "count", "máy", "máy cuộn rơm xã Thạnh Lợi", total=134),
    F("8.000-9.000 đồng/cuộn", "8.000", 8000, "money", "đồng/cuộn", "tiền công cuộn rơm", value_max=9000),
    F("20.000-25.000 đồng/cuộn", "20.000", 20000, "money", "đồng/cuộn", "giá rơm cuộn bán tại ruộng",
      value_max=25000, change=C("increase", 5000, "đồng/cuộn", "vụ Đông Xuân trước", "about")),
    F("1.850 hộ", "1.850", 1850, "count", "hộ", "hộ trồng nấm rơm", period=Y22),
    F("khoảng 41.000 tấn rơm", "41.000", 41000, "measure", "tấn", "rơm sử dụng trồng nấm", approx="about",
      period=Y22),
    F("đạt 3.420 tấn", "3.420", 3420, "measure", "tấn", "sản lượng nấm", period=Y22,
      change=C("increase", 11.6, "%", "năm 2021")),
    F("48.000 đồng/kg", "48.000", 48000, "money", "đồng/kg", "giá nấm bình quân"),
    F("(1.000 m2)", "1.000", 1000, "measure", "m2", "diện tích một công", optional=True),
    F("6-8 triệu đồng", "6", 6000000, "money", "đồng/công", "lợi nhuận trồng nấm mỗi công", value_max=8000000),
    F("khoảng 25 ngày", "25", 25, "measure", "ngày", "thời gian một lứa nấm", approx="about"),
    F("trồng 4 công nấm", "4", 4, "measure", "công", "diện tích trồng nấm của gia đình ông Nguyễn Văn Tư"),
    F("khoảng 12 tấn rơm", "12", 12, "measure", "tấn", "rơm dùng mỗi lứa nấm", approx="about"),
    F("hơn 30 triệu đồng", "30", 30000000, "money", "đồng", "lãi trồng nấm mỗi lứa", approx="over"),
    F("trên 90%", "90", 90, "percent", "%", "lượng rơm rạ thu gom", approx="over", status="target", period=Y23),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "kinh phí mua máy cuộn rơm cho các hợp tác xã được hỗ trợ",
      status="target", period=Y23),
    F("tối đa 150 triệu đồng/máy", "150", 150000000, "money", "đồng/máy", "mức hỗ trợ mua máy cuộn rơm",
      approx="at_most", status="target", period=Y23),
]

NOTES = [
    "Cổng TTĐT huyện Tháp Mười (Đồng Tháp): rơm cuộn, trồng nấm rơm, vụ Đông Xuân 2022-2023. Dateline 'Thứ Năm, 16/03/2023 - 10:20'.",
    "Location is the district for every figure: a commune (xã Trường Xuân ...) is below the province/city/district level of FIGURES.md,",
    "so the commune names stay in the subject of the list items, whose total is the 134 machines before 'trong đó'.",
    "'vụ Đông Xuân 2022-2023' is a crop season (no calendar period recorded); 'đến nay' ends at the dateline.",
    "'(1.000 m2)' defines the unit 'công' (optional). 'ấp 3', 'Nguyễn Văn Tư' are not figures. 'tương đương hơn 3,2 triệu cuộn' restates the",
    "96.000 tấn in another unit: its own count, under the same 'ước' cue. 'cao hơn khoảng 5.000 đồng/cuộn so với ...' is the change of the price.",
]

write("p1031-2", TEXT, FIGS, NOTES, published="2023-03-16", location="Tháp Mười")
