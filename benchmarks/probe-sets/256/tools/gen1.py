from lib import build, F, P, chg, tgt

TEXT = """
Thanh Hóa: Niên vụ mía đường 2023-2024 các nhà máy ép gần 1,4 triệu tấn mía
Cập nhật: 14/05/2024 09:15 | Lượt xem: 2.318

(Cổng TTĐT Thanh Hóa) - Theo Sở Nông nghiệp và Phát triển nông thôn, niên vụ 2023-2024 toàn tỉnh có 27.650 ha mía nguyên liệu, giảm 1.120 ha so với niên vụ trước; năng suất bình quân đạt 58,6 tấn/ha, sản lượng ước đạt hơn 1,62 triệu tấn.

Vụ ép bắt đầu từ ngày 20/11/2023 và kết thúc ngày 28/4/2024. Ba nhà máy đường trên địa bàn đã ép tổng cộng 1.386.400 tấn mía, sản xuất được 142.750 tấn đường; trong đó, Công ty CP Mía đường Lam Sơn ép 812.300 tấn mía, Nhà máy đường Nông Cống ép 396.100 tấn, Công ty Đường Việt Đài ép 178.000 tấn. Với kết quả này, Thanh Hóa tiếp tục đứng thứ 3 cả nước về sản lượng mía ép, sau Gia Lai và Tây Ninh.

Chữ đường bình quân toàn vụ đạt 10,42 CCS, cao hơn 0,35 CCS so với vụ trước; tỷ lệ tiêu hao bình quân 9,71 tấn mía/tấn đường. Giá thu mua mía 10 CCS tại ruộng được các nhà máy giữ ở mức 1.250.000 đồng/tấn, tăng 150.000 đồng/tấn so với vụ 2022-2023; riêng Lam Sơn thưởng thêm 50.000 đồng/tấn cho mía có chữ đường từ 11 CCS trở lên. Tính đến ngày 10/5/2024, các nhà máy đã thanh toán 100% tiền mía cho người trồng với tổng số tiền hơn 1.733 tỷ đồng.

Kế hoạch niên vụ 2024-2025, tỉnh phấn đấu duy trì 28.000 ha mía, năng suất đạt 62 tấn/ha, trong đó diện tích mía được cơ giới hóa khâu làm đất đạt trên 90%. Các nhà máy cam kết bao tiêu toàn bộ sản lượng theo Quyết định số 3648/QĐ-UBND của UBND tỉnh.

Đường dây nóng Sở NN&PTNT: 0237.3852.147
"""

NV = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVH = P("Niên vụ mía đường 2023-2024", "2023-01-01", "2024-12-31")
VE = P("từ ngày 20/11/2023 và kết thúc ngày 28/4/2024", "2023-11-20", "2024-04-28", inh=True)
NVi = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31", inh=True)
AS = P("Tính đến ngày 10/5/2024", None, "2024-05-10")
KH = P("niên vụ 2024-2025", "2024-01-01", "2025-12-31")
T = 1386400

FIGS = [
    F("ép gần 1,4 triệu tấn mía", "1,4", 1400000, "measure", "tấn", "mía ép của các nhà máy", approx="nearly", period=NVH),
    F("có 27.650 ha mía", "27.650", 27650, "measure", "ha", "diện tích mía nguyên liệu",
      change=chg("decrease", 1120, "ha", "niên vụ trước"), period=NV),
    F("đạt 58,6 tấn/ha", "58,6", 58.6, "measure", "tấn/ha", "năng suất bình quân", period=NV),
    F("hơn 1,62 triệu tấn", "1,62", 1620000, "measure", "tấn", "sản lượng", approx="over", status="estimate", period=NV),
    F("Ba nhà máy đường", "Ba", 3, "count", "nhà máy đường", "nhà máy đường trên địa bàn", optional=True),
    F("tổng cộng 1.386.400 tấn mía", "1.386.400", T, "measure", "tấn", "mía ép của ba nhà máy đường", period=VE),
    F("142.750 tấn đường", "142.750", 142750, "measure", "tấn", "đường sản xuất", period=VE),
    F("ép 812.300 tấn mía", "812.300", 812300, "measure", "tấn", "mía ép Công ty CP Mía đường Lam Sơn", total=T, period=VE),
    F("ép 396.100 tấn", "396.100", 396100, "measure", "tấn", "mía ép Nhà máy đường Nông Cống", total=T, period=VE),
    F("ép 178.000 tấn", "178.000", 178000, "measure", "tấn", "mía ép Công ty Đường Việt Đài", total=T, period=VE),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "sản lượng mía ép", period=NVi),
    F("đạt 10,42 CCS", "10,42", 10.42, "measure", "CCS", "chữ đường bình quân toàn vụ",
      change=chg("increase", 0.35, "CCS", "vụ trước"), period=NVi),
    F("9,71 tấn mía/tấn đường", "9,71", 9.71, "measure", "tấn/tấn đường", "tỷ lệ tiêu hao bình quân", period=NVi),
    F("mía 10 CCS tại ruộng", "10", 10, "measure", "CCS", "chữ đường mía chuẩn thu mua", optional=True),
    F("mức 1.250.000 đồng/tấn", "1.250.000", 1250000, "money", "đồng/tấn", "giá thu mua mía 10 CCS tại ruộng",
      change=chg("increase", 150000, "đồng/tấn", "vụ 2022-2023"), period=NVi),
    F("thêm 50.000 đồng/tấn", "50.000", 50000, "money", "đồng/tấn",
      "Lam Sơn thưởng thêm cho mía có chữ đường từ 11 CCS trở lên", period=NVi),
    F("từ 11 CCS trở lên", "11", 11, "measure", "CCS", "chữ đường mía được thưởng", approx="at_least", optional=True),
    F("thanh toán 100% tiền mía", "100", 100, "percent", "%", "tiền mía thanh toán cho người trồng", period=AS),
    F("hơn 1.733 tỷ đồng", "1.733", 1733000000000, "money", "đồng", "tổng số tiền mía thanh toán cho người trồng",
      approx="over", period=AS),
    F("duy trì 28.000 ha mía", "28.000", 28000, "measure", "ha", "diện tích mía", status="target", period=KH),
    F("đạt 62 tấn/ha", "62", 62, "measure", "tấn/ha", "năng suất", status="target", period=KH),
    F("đạt trên 90%", "90", 90, "percent", "%", "diện tích mía được cơ giới hóa khâu làm đất", approx="over",
      status="target", period=KH),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): niên vụ mía đường 2023-2024 — area, yield, cane crushed by the three mills, CCS, price, payments, 2024-2025 plan.",
    "Dateline 'Cập nhật: 14/05/2024 09:15 | Lượt xem: 2.318' (the counter is page furniture).",
    "'niên vụ 2023-2024' is read like 'giai đoạn 2021-2025': 2023-01-01 .. 2024-12-31. Mill figures take the crushing dates of the previous sentence (inherited).",
    "'trong đó' after 1.386.400 tấn mía: the three mills (812.300 + 396.100 + 178.000) are its parts. Mill names (Nông Cống, Lam Sơn) are organisations, not places: location stays Thanh Hóa.",
    "'mía 10 CCS' (the reference grade of the price) and 'từ 11 CCS trở lên' (a threshold) are optional; 'Ba nhà máy' (list head) optional.",
    "Units drop the material as for plain tonnages (1.386.400 tấn mía -> tấn): 9,71 tấn mía/tấn đường -> unit tấn/tấn đường (a rate keeps its denominator).",
    "revised after the first run: the rate unit was tấn mía/tấn đường, inconsistent with the tấn of every tonnage in this gold.",
    "Distractors: dateline, counter, 'ngày 20/11/2023', 'ngày 28/4/2024', 'vụ 2022-2023' (baseline), 'Quyết định số 3648/QĐ-UBND', phone 0237.3852.147.",
]

build("p256-1", TEXT, COMMENTS, FIGS, published="2024-05-14", location="Thanh Hóa")
