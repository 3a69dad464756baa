from lib import build, F, P, chg, tgt

TEXT = """
Gia Lai: Mở rộng liên kết trồng mía, nâng thu nhập cho nông dân
Minh Nguyệt | 07/03/2024, 16:42

(GLO) - Niên vụ 2023-2024, toàn tỉnh trồng 39.860 ha mía, tăng 4.210 ha so với niên vụ trước, trong đó diện tích có hợp đồng liên kết bao tiêu với các nhà máy đường là 34.480 ha, chiếm 86,5%. Diện tích mía tập trung tại các huyện: Kông Chro (7.120 ha), Krông Pa (6.480 ha), Kbang (5.935 ha), Đak Pơ (4.760 ha) và thị xã Ayun Pa (3.210 ha).

Trên địa bàn hiện có 2 nhà máy đường là Nhà máy đường An Khê với công suất 18.000 tấn mía/ngày và Nhà máy đường Ayun Pa công suất 7.000 tấn mía/ngày. Các nhà máy đã ký hợp đồng liên kết với hơn 12,4 nghìn hộ trồng mía.

Vụ ép 2023-2024, giá thu mua mía tại ruộng dao động từ 1.150.000 đến 1.250.000 đồng/tấn (mía 10 CCS), cao hơn khoảng 20% so với vụ trước. Để giữ vùng nguyên liệu, các nhà máy đã đầu tư ứng trước cho nông dân gần 415 tỷ đồng không lãi suất, hỗ trợ 3.600 tấn phân bón và 1.850 tấn mía giống các loại KK3, LK92-11, K88-92.

Nhờ áp dụng cơ giới hóa và tưới nhỏ giọt, năng suất mía bình quân toàn tỉnh đạt 68,4 tấn/ha, có nơi trên 100 tấn/ha; lợi nhuận bình quân từ 35 - 40 triệu đồng/ha.

Ông Nguyễn Văn Tám, Phó Giám đốc Sở NN&PTNT, cho biết mục tiêu đến năm 2025, diện tích mía toàn tỉnh đạt 42.000 ha, trong đó 90% diện tích có hợp đồng liên kết. Tỉnh sẽ tiếp tục hỗ trợ làm đường giao thông nội đồng, điển hình là tuyến nối Quốc lộ 25 với vùng mía xã Ia Rmok.
"""

NV = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVi = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31", inh=True)
VE = P("Vụ ép 2023-2024", "2023-01-01", "2024-12-31")
VEi = P("Vụ ép 2023-2024", "2023-01-01", "2024-12-31", inh=True)
MT = P("đến năm 2025", None, "2025-12-31")
DT = "diện tích mía"

FIGS = [
    F("trồng 39.860 ha mía", "39.860", 39860, "measure", "ha", "diện tích mía trồng",
      change=chg("increase", 4210, "ha", "niên vụ trước"), period=NV),
    F("là 34.480 ha", "34.480", 34480, "measure", "ha", "diện tích có hợp đồng liên kết bao tiêu với các nhà máy đường",
      total=39860, percent=86.5, period=NV),
    F("Kông Chro (7.120 ha)", "7.120", 7120, "measure", "ha", DT, location="Kông Chro", period=NVi),
    F("Krông Pa (6.480 ha)", "6.480", 6480, "measure", "ha", DT, location="Krông Pa", period=NVi),
    F("Kbang (5.935 ha)", "5.935", 5935, "measure", "ha", DT, location="Kbang", period=NVi),
    F("Đak Pơ (4.760 ha)", "4.760", 4760, "measure", "ha", DT, location="Đak Pơ", period=NVi),
    F("Ayun Pa (3.210 ha)", "3.210", 3210, "measure", "ha", DT, location="Ayun Pa", period=NVi),
    F("có 2 nhà máy đường", "2", 2, "count", "nhà máy đường", "nhà máy đường trên địa bàn"),
    F("công suất 18.000 tấn mía/ngày", "18.000", 18000, "measure", "tấn/ngày", "công suất Nhà máy đường An Khê"),
    F("công suất 7.000 tấn mía/ngày", "7.000", 7000, "measure", "tấn/ngày", "công suất Nhà máy đường Ayun Pa"),
    F("hơn 12,4 nghìn hộ", "12,4", 12400, "count", "hộ", "hộ trồng mía ký hợp đồng liên kết với các nhà máy", approx="over"),
    F("từ 1.150.000 đến 1.250.000", "1.150.000", 1150000, "money", "đồng/tấn", "giá thu mua mía tại ruộng",
      value_max=1250000, change=chg("increase", 20, "%", "vụ trước", approx="about"), period=VE),
    F("(mía 10 CCS)", "10", 10, "measure", "CCS", "chữ đường mía chuẩn thu mua", optional=True),
    F("gần 415 tỷ đồng", "415", 415000000000, "money", "đồng", "vốn các nhà máy đầu tư ứng trước cho nông dân",
      approx="nearly", period=VEi),
    F("3.600 tấn phân bón", "3.600", 3600, "measure", "tấn", "phân bón hỗ trợ", period=VEi),
    F("1.850 tấn mía giống", "1.850", 1850, "measure", "tấn", "mía giống hỗ trợ", period=VEi),
    F("đạt 68,4 tấn/ha", "68,4", 68.4, "measure", "tấn/ha", "năng suất mía bình quân toàn tỉnh", period=VEi),
    F("trên 100 tấn/ha", "100", 100, "measure", "tấn/ha", "năng suất mía có nơi", approx="over", period=VEi),
    F("từ 35 - 40 triệu", "35", 35000000, "money", "đồng/ha", "lợi nhuận bình quân", value_max=40000000, period=VEi),
    F("đạt 42.000 ha", "42.000", 42000, "measure", "ha", "diện tích mía toàn tỉnh", status="target", period=MT),
    F("trong đó 90% diện tích", "90", 90, "percent", "%", "diện tích có hợp đồng liên kết", status="target", period=MT),
]

COMMENTS = [
    "Báo Gia Lai (Party newspaper, '(GLO)' tag): sugarcane area, linkage contracts, mills, price range, advances, yields; 2025 targets.",
    "Byline then date: 'Minh Nguyệt | 07/03/2024, 16:42'. 'Niên vụ/Vụ ép 2023-2024' read like 'giai đoạn': 2023-01-01 .. 2024-12-31.",
    "34.480 ha follows 'trong đó' after 39.860 ha: total 39860, percent 86.5 (chiếm). The district list follows 'các huyện:' (no figure before the colon),",
    "so its items get no total; each district / town goes to location, subject = the list's indicator.",
    "Mill names with places (An Khê, Ayun Pa) are organisations: their capacity keeps the province. Capacity has no period.",
    "'cao hơn khoảng 20% so với vụ trước' is the change of the price range. '(mía 10 CCS)' optional (price grade).",
    "revised after the first run: capacity unit tấn mía/ngày -> tấn/ngày (the material is what is measured, as for every tonnage here).",
    "Distractors: variety names KK3, LK92-11, K88-92; 'Ông Nguyễn Văn Tám' (name with a number word); 'Quốc lộ 25'; dateline; 'vụ trước'.",
]

build("p256-2", TEXT, COMMENTS, FIGS, published="2024-03-07", location="Gia Lai")
