from lib import build, F, P, chg, tgt

TEXT = """
Tân Kỳ đẩy nhanh tiến độ trồng mía niên vụ 2024-2025
Ngày đăng: 03/10/2024 | Lượt xem: 1.207

Tính đến ngày 30/9/2024, toàn huyện đã trồng mới, trồng lại được 1.845 ha mía, đạt 76,9% kế hoạch (2.400 ha), tăng khoảng 210 ha so với cùng kỳ năm 2023.

Để khuyến khích nông dân, huyện hỗ trợ 2 triệu đồng/ha cho diện tích trồng mới bằng giống Suphanburi 7, KK3; Công ty CP Mía đường Sông Con đầu tư ứng trước phân bón, giống và tiền mặt với mức 25 triệu đồng/ha, không tính lãi. Riêng 6 tháng đầu năm, Agribank chi nhánh huyện Tân Kỳ đã giải ngân 48,5 tỷ đồng cho hộ trồng mía vay vốn.

Tổng diện tích mía toàn huyện hiện có 6.930 ha, phân bố ở 19/22 xã, thị trấn; trong đó vùng nguyên liệu tập trung của Công ty CP Mía đường Sông Con khoảng 5.600 ha. Niên vụ 2023-2024, năng suất mía bình quân của huyện đạt 63,5 tấn/ha; một số mô hình thâm canh có tưới ở xã Nghĩa Đồng, Tân Hợp đạt từ 95 đến 110 tấn/ha.

Giá mía công ty cam kết thu mua trong vụ ép 2024-2025 là 1.200.000 đồng/tấn mía 10 CCS tại ruộng, tăng 50.000 đồng/tấn so với vụ trước. Đến nay, đã có 4.385 hộ ký hợp đồng liên kết sản xuất, bao tiêu sản phẩm với công ty, tăng 6,2% so với năm 2023; tổng giá trị hợp đồng ước khoảng 410 tỷ đồng.

Huyện phấn đấu đến năm 2025 nâng diện tích mía được tưới lên 1.500 ha, tỷ lệ cơ giới hóa khâu thu hoạch đạt 30%.

Phòng Nông nghiệp và PTNT huyện Tân Kỳ - Khối 7, thị trấn Tân Kỳ; ĐT: 0238.3882.516
"""

AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NV = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31")
VE = P("vụ ép 2024-2025", "2024-01-01", "2025-12-31")
DN = P("Đến nay", None, "2024-10-03")
MT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("được 1.845 ha mía", "1.845", 1845, "measure", "ha", "diện tích mía trồng mới, trồng lại", percent=76.9,
      target=tgt(2400, "ha"), change=chg("increase", 210, "ha", "cùng kỳ năm 2023", approx="about"), period=AS),
    F("hỗ trợ 2 triệu đồng/ha", "2", 2000000, "money", "đồng/ha", "hỗ trợ cho diện tích trồng mới bằng giống mới", period=ASi),
    F("mức 25 triệu đồng/ha", "25", 25000000, "money", "đồng/ha", "đầu tư ứng trước phân bón, giống và tiền mặt", period=ASi),
    F("giải ngân 48,5 tỷ đồng", "48,5", 48500000000, "money", "đồng", "vốn vay Agribank giải ngân cho hộ trồng mía", period=H1),
    F("hiện có 6.930 ha", "6.930", 6930, "measure", "ha", "tổng diện tích mía toàn huyện"),
    F("ở 19/22 xã", "19", 19, "count", "xã, thị trấn", "xã, thị trấn có mía", total=22),
    F("khoảng 5.600 ha", "5.600", 5600, "measure", "ha", "vùng nguyên liệu tập trung của Công ty CP Mía đường Sông Con",
      approx="about", total=6930),
    F("đạt 63,5 tấn/ha", "63,5", 63.5, "measure", "tấn/ha", "năng suất mía bình quân của huyện", period=NV),
    F("từ 95 đến 110 tấn/ha", "95", 95, "measure", "tấn/ha", "năng suất mô hình thâm canh có tưới", value_max=110, period=NV),
    F("là 1.200.000 đồng/tấn", "1.200.000", 1200000, "money", "đồng/tấn", "giá mía công ty cam kết thu mua",
      change=chg("increase", 50000, "đồng/tấn", "vụ trước"), period=VE),
    F("đồng/tấn mía 10 CCS", "10", 10, "measure", "CCS", "chữ đường mía chuẩn thu mua", optional=True),
    F("có 4.385 hộ", "4.385", 4385, "count", "hộ", "hộ ký hợp đồng liên kết sản xuất, bao tiêu sản phẩm",
      change=chg("increase", 6.2, "%", "năm 2023"), period=DN),
    F("khoảng 410 tỷ đồng", "410", 410000000000, "money", "đồng", "tổng giá trị hợp đồng", approx="about",
      status="estimate", period=DN),
    F("lên 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích mía được tưới", status="target", period=MT),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch", status="target", period=MT),
]

COMMENTS = [
    "District portal (huyện Tân Kỳ, Nghệ An): planting progress for niên vụ 2024-2025, support, loans, area, yields, committed price, contracts, targets.",
    "Dateline 'Ngày đăng: 03/10/2024 | Lượt xem: 1.207' (counter = page furniture). Location Tân Kỳ throughout (communes are not districts).",
    "1.845 ha carries percent 76.9 ('đạt … kế hoạch'), target 2400 ('(2.400 ha)' = the plan) and change +210 ha (about).",
    "Year-less '6 tháng đầu năm' takes 2024 from the nearest earlier date (30/9/2024). 'Đến nay' ends at the dateline (2024-10-03).",
    "'19/22 xã, thị trấn' -> total 22. 5.600 ha after '; trong đó' -> total 6930. 'hiện có' gives no period.",
    "'ước khoảng 410 tỷ' -> approx about, status estimate. 'mía 10 CCS' (price grade) optional. Support rates in the paragraph after the as-of date inherit it.",
    "Distractors: variety names 'Suphanburi 7', 'KK3'; 'Khối 7'; phone 0238.3882.516; 'cùng kỳ năm 2023', 'vụ trước' (baselines); 'niên vụ 2024-2025' in the title.",
]

build("p256-5", TEXT, COMMENTS, FIGS, published="2024-10-03", location="Tân Kỳ")
