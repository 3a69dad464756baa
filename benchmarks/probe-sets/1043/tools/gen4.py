from lib import F, P, I, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Cục Lâm nghiệp và Kiểm lâm > Tin tức > Bảo tồn thiên nhiên

Năm 2024, cả nước thả về tự nhiên hơn 3.600 cá thể động vật hoang dã

Ngày đăng: 06/03/2025 | Lượt xem: 742

Theo số liệu tổng hợp của Cục Lâm nghiệp và Kiểm lâm, năm 2024 lực lượng kiểm lâm cả nước đã phát hiện, xử lý 1.128 vụ vi phạm quy định về quản lý, bảo vệ động vật hoang dã, giảm 9,4% so với năm 2023; tịch thu 4.215 cá thể động vật sống, 2,7 tấn vảy tê tê và 1.350 kg sản phẩm động vật khác.

Số động vật sống được tiếp nhận tại 26 cơ sở cứu hộ trên cả nước là 3.874 cá thể, trong đó đã thả về tự nhiên 3.612 cá thể (chiếm 93,2%). Các địa phương thả nhiều nhất lần lượt là Nghệ An (512 cá thể), Đồng Nai (437 cá thể), Quảng Bình (365 cá thể) và Hà Tĩnh (298 cá thể). Riêng nhóm linh trưởng, các cơ sở tiếp nhận 634 cá thể, gấp 1,3 lần năm 2023; tê tê tiếp nhận 482 cá thể, giảm 17 cá thể so với năm trước. Trong quý IV/2024, các cơ sở tiếp nhận 1.046 cá thể, tăng 12,5% so với quý III/2024.

Các loài thuộc Nhóm IB và Phụ lục I CITES sau cứu hộ phải được đánh giá sức khỏe, tập huấn kỹ năng sống trước khi thả theo Thông tư số 29/2019/TT-BNNPTNT. Ước tính năm 2024, ngân sách trung ương hỗ trợ công tác cứu hộ khoảng 18,5 tỷ đồng; chi phí nuôi dưỡng một cá thể tê tê từ 120.000 đến 180.000 đồng/ngày.

Theo Chiến lược quốc gia về đa dạng sinh học, mục tiêu đến năm 2030, 100% cơ sở cứu hộ đạt tiêu chuẩn theo quy định và tỷ lệ động vật được thả về tự nhiên đạt trên 95%. Hiện cả nước có 5/26 cơ sở cứu hộ đã được công nhận đạt chuẩn.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("Trong quý IV/2024", "2024-10-01", "2024-12-31")
E24 = P("Ước tính năm 2024", "2024-01-01", "2024-12-31")
TGT = P("đến năm 2030", end="2030-12-31")

LIST = "động vật hoang dã thả về tự nhiên"
FIGS = [
    F("hơn 3.600 cá thể", "3.600", 3600, "count", "cá thể", approx="over",
      subject=LIST, period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("xử lý 1.128 vụ", "1.128", 1128, "count", "vụ", change=C("decrease", 9.4, baseline="năm 2023"),
      subject="vụ vi phạm quy định về quản lý, bảo vệ động vật hoang dã", period=Y24),
    F("tịch thu 4.215 cá thể", "4.215", 4215, "count", "cá thể",
      subject="cá thể động vật sống bị tịch thu", period=Y24),
    F("2,7 tấn", "2,7", 2.7, "measure", "tấn", subject="vảy tê tê bị tịch thu", period=Y24),
    F("1.350 kg", "1.350", 1350, "measure", "kg", subject="sản phẩm động vật khác bị tịch thu", period=Y24),
    F("tại 26 cơ sở", "26", 26, "count", "cơ sở cứu hộ", subject="cơ sở cứu hộ trên cả nước", period=I(Y24)),
    F("là 3.874 cá thể", "3.874", 3874, "count", "cá thể",
      subject="động vật sống được tiếp nhận tại các cơ sở cứu hộ", period=I(Y24)),
    F("tự nhiên 3.612 cá thể", "3.612", 3612, "count", "cá thể", total=3874, percent=93.2,
      subject=LIST, period=I(Y24)),
    F("Nghệ An (512 cá thể)", "512", 512, "count", "cá thể", subject=LIST, location="Nghệ An", period=I(Y24)),
    F("Đồng Nai (437 cá thể)", "437", 437, "count", "cá thể", subject=LIST, location="Đồng Nai", period=I(Y24)),
    F("Quảng Bình (365 cá thể)", "365", 365, "count", "cá thể", subject=LIST, location="Quảng Bình", period=I(Y24)),
    F("Hà Tĩnh (298 cá thể)", "298", 298, "count", "cá thể", subject=LIST, location="Hà Tĩnh", period=I(Y24)),
    F("tiếp nhận 634 cá thể", "634", 634, "count", "cá thể",
      change=C("increase", 1.3, "lần", baseline="năm 2023"),
      subject="linh trưởng tiếp nhận", period=I(Y24)),
    F("tiếp nhận 482 cá thể", "482", 482, "count", "cá thể",
      change=C("decrease", 17, "cá thể", baseline="năm trước"),
      subject="tê tê tiếp nhận", period=I(Y24)),
    F("tiếp nhận 1.046 cá thể", "1.046", 1046, "count", "cá thể",
      change=C("increase", 12.5, baseline="quý III/2024"),
      subject="cá thể các cơ sở tiếp nhận", period=Q4),
    F("khoảng 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", approx="about", status="estimate",
      subject="ngân sách trung ương hỗ trợ công tác cứu hộ", period=E24),
    F("từ 120.000 đến 180.000 đồng/ngày", "120.000", 120000, "money", "đồng/ngày", value_max=180000,
      status="estimate", subject="chi phí nuôi dưỡng một cá thể tê tê", period=E24),
    F("100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở cứu hộ đạt tiêu chuẩn", period=TGT),
    F("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
      subject="tỷ lệ động vật được thả về tự nhiên", period=TGT),
    F("có 5/26 cơ sở", "5", 5, "count", "cơ sở cứu hộ", total=26,
      subject="cơ sở cứu hộ đã được công nhận đạt chuẩn"),
]

emit("p1043-4", TEXT, FIGS, published="2025-03-06", location="Việt Nam", comments=[
    "Ministry site (Cục Lâm nghiệp và Kiểm lâm, Bộ NN&MT): national wildlife seizures, rescue and release 2024.",
    "Distractors: Lượt xem: 742, Nhóm IB, Phụ lục I CITES, Thông tư số 29/2019/TT-BNNPTNT, dates.",
    "Provinces in the 'lần lượt' list are the location of their item; the list does not add up to 3.612: no total.",
    "'gấp 1,3 lần năm 2023' after 634 cá thể is its change (increase, 1.3 lần); 'giảm 17 cá thể so với năm trước' likewise.",
    "'Ước tính năm 2024' governs both clauses of its sentence (estimate). 'Hiện ... 5/26' has no period.",
])
