from lib import F, P, build

TEXT = """BÁO ĐẮK NÔNG ĐIỆN TỬ
Thứ Năm, 18/07/2024, 09:15

Dư nợ cho vay tái canh cà phê đạt hơn 2.100 tỷ đồng

(BĐN) - Theo Ngân hàng Nhà nước chi nhánh tỉnh, tính đến ngày 30/6/2024, dư nợ cho vay tái canh cà phê trên địa bàn đạt 2.136 tỷ đồng, tăng 9,8% so với cuối năm 2023, chiếm 7,4% tổng dư nợ cho vay nông nghiệp, nông thôn.

Trong đó, Agribank chi nhánh Đắk Nông cho vay 1.512 tỷ đồng, chiếm 70,8%; các ngân hàng thương mại khác 624 tỷ đồng. Số khách hàng còn dư nợ là 14.285 hộ, bình quân 149,5 triệu đồng/hộ. Cùng thời điểm, tổng dư nợ cho vay nông nghiệp, nông thôn toàn tỉnh đạt gần 28,9 nghìn tỷ đồng.

Theo Nghị định số 55/2015/NĐ-CP và Nghị định số 116/2018/NĐ-CP, hộ nông dân được vay tối đa 70% giá trị phương án sản xuất mà không cần tài sản bảo đảm. Lãi suất cho vay tái canh hiện phổ biến từ 6,5 đến 8%/năm, thấp hơn 1-1,5 điểm phần trăm so với cho vay thông thường.

6 tháng đầu năm 2024, doanh số cho vay mới đối với tái canh đạt 486 tỷ đồng, giúp nông dân tái canh thêm khoảng 1.950 ha. Các huyện Đắk Mil, Đắk Song, Cư Jút có dư nợ lớn nhất, lần lượt là 512 tỷ, 438 tỷ và 296 tỷ đồng.

Ông Lê Văn Tâm, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh cho biết, mục tiêu năm 2025, phấn đấu dư nợ cho vay tái canh đạt 2.500 tỷ đồng, góp phần hoàn thành kế hoạch tái canh 20.000 ha giai đoạn 2021-2025. Đường dây nóng hỗ trợ vay vốn: 0261.3544.168.

HOÀNG ANH
"""

asof = P("tính đến ngày 30/6/2024", None, "2024-06-30")
asof_i = P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
h1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("đạt hơn 2.100 tỷ đồng", "2.100", 2100000000000, "money", "đồng", "dư nợ cho vay tái canh cà phê", approx="over"),
    F("đạt 2.136 tỷ đồng", "2.136", 2136000000000, "money", "đồng", "dư nợ cho vay tái canh cà phê",
      change={"direction": "increase", "value": 9.8, "unit": "%", "baseline": "cuối năm 2023"}, percent=7.4, period=asof),
    F("gần 28,9 nghìn tỷ đồng", "28,9", 28900000000000, "money", "đồng", "tổng dư nợ cho vay nông nghiệp, nông thôn",
      approx="nearly", period=asof_i),
    F("cho vay 1.512 tỷ đồng", "1.512", 1512000000000, "money", "đồng", "dư nợ cho vay tái canh của Agribank chi nhánh Đắk Nông",
      total=2136000000000, percent=70.8, period=asof_i),
    F("khác 624 tỷ đồng", "624", 624000000000, "money", "đồng", "dư nợ cho vay tái canh của các ngân hàng thương mại khác",
      total=2136000000000, period=asof_i),
    F("là 14.285 hộ", "14.285", 14285, "count", "hộ", "khách hàng còn dư nợ", period=asof_i),
    F("bình quân 149,5 triệu", "149,5", 149500000, "money", "đồng/hộ", "dư nợ bình quân", period=asof_i),
    F("tối đa 70% giá trị", "70", 70, "percent", "%", "mức vay không cần tài sản bảo đảm", approx="at_most", optional=True),
    F("từ 6,5 đến 8%/năm", "6,5", 6.5, "percent", "%", "lãi suất cho vay tái canh", value_max=8,
      change={"direction": "decrease", "value": 1, "unit": "điểm phần trăm", "baseline": "cho vay thông thường"}),
    F("đạt 486 tỷ đồng", "486", 486000000000, "money", "đồng", "doanh số cho vay mới đối với tái canh", period=h1),
    F("khoảng 1.950 ha", "1.950", 1950, "measure", "ha", "diện tích tái canh thêm", approx="about", period=h1),
    F("là 512 tỷ", "512", 512000000000, "money", "đồng", "dư nợ cho vay tái canh", location="Đắk Mil", period=asof_i),
    F("438 tỷ và", "438", 438000000000, "money", "đồng", "dư nợ cho vay tái canh", location="Đắk Song", period=asof_i),
    F("296 tỷ đồng", "296", 296000000000, "money", "đồng", "dư nợ cho vay tái canh", location="Cư Jút", period=asof_i),
    F("đạt 2.500 tỷ đồng", "2.500", 2500000000000, "money", "đồng", "dư nợ cho vay tái canh", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("tái canh 20.000 ha", "20.000", 20000, "measure", "ha", "kế hoạch tái canh", status="target",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

COMMENTS = [
    "Báo Đắk Nông (Party newspaper), 'Thứ Năm, 18/07/2024, 09:15', tag '(BĐN)' implies Đắk Nông; byline at the end. Credit for coffee replanting.",
    "2.136 tỷ carries a change (tăng 9,8% so với cuối năm 2023) and a percent (chiếm 7,4%): one of each. 'Trong đó' after the sentence break:",
    "the parts 1.512 + 624 = 2.136 tỷ take total 2.136 tỷ ; 'Cùng thời điểm' gives the 28,9 nghìn tỷ the as-of date (inherited).",
    "'lần lượt là 512 tỷ, 438 tỷ và 296 tỷ đồng': one figure per district (location), unit đồng from the last item.",
    "Interest rate range '%/năm': percent with unit '%'; 'thấp hơn 1-1,5 điểm phần trăm' is its change (value 1, the range start).",
    "'vay tối đa 70% giá trị phương án' is a policy ceiling (rule, not an outcome): optional. 'mục tiêu năm 2025, phấn đấu' → target.",
    "Distractors: Nghị định 55/2015/NĐ-CP, 116/2018/NĐ-CP, hotline 0261.3544.168, the person's name and title.",
]

build("p427-6", TEXT, FIGS, COMMENTS, published="2024-07-18", location="Đắk Nông")
