from lib import build, F, P, chg, tgt

TEXT = """
Thị trường đường quý III/2024: giá trong nước ổn định, nhập khẩu giảm mạnh

(Moit.gov.vn) - Quý III/2024, giá đường kính trắng bán buôn trong nước dao động từ 19.800 đến 21.500 đồng/kg, giảm 4,2% so với quý II/2024; giá đường tinh luyện RE phổ biến khoảng 22.600 đồng/kg.

Tính chung 9 tháng năm 2024, cả nước nhập khẩu 486.300 tấn đường, trị giá 294,5 triệu USD, giảm lần lượt 21,3% và 18,9% so với cùng kỳ năm 2023. Trong đó, đường có xuất xứ Thái Lan vẫn chiếm tỷ trọng lớn nhất với 41,6%, tiếp đến là Brazil (22,3%), Lào (12,1%) và Campuchia (8,7%).

Hạn ngạch thuế quan nhập khẩu đường năm 2024 được phân giao 109.000 tấn, thuế suất trong hạn ngạch 5%; đường ngoài hạn ngạch chịu thuế suất 80%. Bên cạnh đó, Bộ Công Thương tiếp tục áp dụng thuế chống bán phá giá và chống trợ cấp 47,64% đối với đường mía có xuất xứ Thái Lan theo Quyết định số 1514/QĐ-BCT.

Về sản xuất, từ đầu năm đến nay các nhà máy trong nước đã tiêu thụ khoảng 830.000 tấn đường, đạt 81,4% sản lượng niên vụ 2023-2024. Lượng đường tồn kho tại các nhà máy tính đến ngày 30/9/2024 ước khoảng 190.000 tấn, thấp hơn 12% so với cùng thời điểm năm trước.

Nhu cầu tiêu thụ đường của cả nước khoảng 2,7 triệu tấn/năm. Hiệp hội Mía đường Việt Nam dự báo niên vụ 2024-2025, sản lượng đường trong nước đạt khoảng 1,1 triệu tấn, tương đương khoảng 40% nhu cầu.

Để được hỗ trợ thông tin thị trường, doanh nghiệp liên hệ Vụ Thị trường trong nước, số 54 Hai Bà Trưng, Hà Nội; điện thoại 024.2220.5393.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TD = P("từ đầu năm đến nay", "2024-01-01", None)
TK = P("tính đến ngày 30/9/2024", None, "2024-09-30")
NV = P("niên vụ 2024-2025", "2024-01-01", "2025-12-31")
TT = "tỷ trọng đường nhập khẩu có xuất xứ"

FIGS = [
    F("từ 19.800 đến 21.500", "19.800", 19800, "money", "đồng/kg", "giá đường kính trắng bán buôn trong nước",
      value_max=21500, change=chg("decrease", 4.2, "%", "quý II/2024"), period=Q3),
    F("khoảng 22.600 đồng/kg", "22.600", 22600, "money", "đồng/kg", "giá đường tinh luyện RE", approx="about", period=Q3),
    F("nhập khẩu 486.300 tấn đường", "486.300", 486300, "measure", "tấn", "đường nhập khẩu",
      change=chg("decrease", 21.3, "%", "cùng kỳ năm 2023"), period=M9),
    F("trị giá 294,5 triệu USD", "294,5", 294500000, "money", "USD", "trị giá đường nhập khẩu",
      change=chg("decrease", 18.9, "%", "cùng kỳ năm 2023"), period=M9),
    F("nhất với 41,6%", "41,6", 41.6, "percent", "%", f"{TT} Thái Lan", period=M9i),
    F("Brazil (22,3%)", "22,3", 22.3, "percent", "%", f"{TT} Brazil", period=M9i),
    F("Lào (12,1%)", "12,1", 12.1, "percent", "%", f"{TT} Lào", period=M9i),
    F("Campuchia (8,7%)", "8,7", 8.7, "percent", "%", f"{TT} Campuchia", period=M9i),
    F("phân giao 109.000 tấn", "109.000", 109000, "measure", "tấn", "hạn ngạch thuế quan nhập khẩu đường", period=Y24),
    F("hạn ngạch 5%", "5", 5, "percent", "%", "thuế suất trong hạn ngạch", period=Y24),
    F("thuế suất 80%", "80", 80, "percent", "%", "thuế suất đường ngoài hạn ngạch", period=Y24),
    F("trợ cấp 47,64%", "47,64", 47.64, "percent", "%",
      "thuế chống bán phá giá và chống trợ cấp đối với đường mía có xuất xứ Thái Lan"),
    F("khoảng 830.000 tấn đường", "830.000", 830000, "measure", "tấn", "đường các nhà máy trong nước đã tiêu thụ",
      approx="about", percent=81.4, period=TD),
    F("ước khoảng 190.000 tấn", "190.000", 190000, "measure", "tấn", "lượng đường tồn kho tại các nhà máy", approx="about",
      status="estimate", change=chg("decrease", 12, "%", "cùng thời điểm năm trước"), period=TK),
    F("khoảng 2,7 triệu tấn/năm", "2,7", 2700000, "measure", "tấn/năm", "nhu cầu tiêu thụ đường của cả nước", approx="about"),
    F("khoảng 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "sản lượng đường trong nước", approx="about",
      percent=40, status="forecast", period=NV),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương, '(Moit.gov.vn)' tag): sugar market Q3/2024 — wholesale prices, imports 9 months, origins, tariff quota and rates, consumption, stocks, forecast.",
    "No date of its own anywhere (no dateline, no closing date): no `published`; 'từ đầu năm đến nay' therefore has end null; its year 2024 from the earlier 'năm 2024'.",
    "National figures: location Việt Nam. Origin countries (Thái Lan, Brazil, Lào, Campuchia) are trade partners, not places: they stay in the subject.",
    "'giảm lần lượt 21,3% và 18,9%' distributes one change to each of 486.300 tấn and 294,5 triệu USD.",
    "830.000 tấn: period is 'từ đầu năm đến nay' (the consumption window); 'niên vụ 2023-2024' in the same sentence only names the base of the 81,4% share.",
    "'ước khoảng 190.000 tấn' -> approx about + status estimate; 'dự báo' -> forecast, with 'tương đương khoảng 40%' as its percent.",
    "The anti-dumping rate 47,64% and the tariff rates are percent figures; the quota-year sentence gives 5% and 80% their period.",
    "Distractors: 'Quyết định số 1514/QĐ-BCT', 'quý II/2024' (baseline), 'số 54 Hai Bà Trưng' (address), phone 024.2220.5393, 'RE' grade.",
]

build("p256-7", TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
