from lib import write, F, P, C, T
E23 = P("tính đến hết năm 2023", None, "2023-12-31")
E23I = P("tính đến hết năm 2023", None, "2023-12-31", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
text = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Di sản văn hóa

Ngành di sản văn hóa tổng kết công tác năm 2023

(BVHTTDL) - Ngày 26/2, tại Hà Nội, Cục Di sản văn hóa tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo, tính đến hết năm 2023, cả nước có hơn 40.000 di tích được kiểm kê, trong đó có 130 di tích quốc gia đặc biệt, 3.621 di tích quốc gia và 11.414 di tích cấp tỉnh. Các địa phương có nhiều di tích quốc gia đặc biệt nhất là Hà Nội (18 di tích), Quảng Ninh (9 di tích) và Thừa Thiên Huế (7 di tích).

Năm 2023, Thủ tướng Chính phủ đã công nhận 29 bảo vật quốc gia (đợt 12), nâng tổng số bảo vật quốc gia lên 294 hiện vật, nhóm hiện vật. Cả nước hiện có 198 bảo tàng, gồm 128 bảo tàng công lập và 70 bảo tàng ngoài công lập, lưu giữ trên 3,2 triệu hiện vật. Hệ thống bảo tàng năm 2023 đón khoảng 18,5 triệu lượt khách, tăng gấp 1,6 lần so với năm 2022.

Giai đoạn 2021-2025, Chương trình mục tiêu phát triển văn hóa bố trí khoảng 1,15 nghìn tỷ đồng cho tu bổ, chống xuống cấp 285 di tích. Mỗi năm, Bộ cấp từ 120 đến 150 giấy phép thăm dò, khai quật khảo cổ theo Thông tư số 16/2019/TT-BVHTTDL.

Năm 2024, ngành phấn đấu 100% di tích quốc gia đặc biệt có quy hoạch bảo quản, tu bổ, phục hồi được phê duyệt; các bảo tàng công lập số hóa khoảng 30% hiện vật. Dự thảo Luật Di sản văn hóa (sửa đổi) sẽ được trình Quốc hội tại Kỳ họp thứ 7.

Mọi thông tin xin liên hệ: Cục Di sản văn hóa, số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội; điện thoại 024.3943.8445.

Lượt xem: 1.964
"""
S = "di tích quốc gia đặc biệt"
figs = [
    F("hơn 40.000 di tích", "40.000", 40000, "count", "di tích", "di tích được kiểm kê", approx="over", period=E23),
    F("có 130 di tích", "130", 130, "count", "di tích", "di tích quốc gia đặc biệt", total=40000, period=E23),
    F("3.621 di tích", "3.621", 3621, "count", "di tích", "di tích quốc gia", total=40000, period=E23),
    F("11.414 di tích", "11.414", 11414, "count", "di tích", "di tích cấp tỉnh", total=40000, period=E23),
    F("Hà Nội (18 di tích)", "18", 18, "count", "di tích", S, location="Hà Nội", period=E23I),
    F("Quảng Ninh (9 di tích)", "9", 9, "count", "di tích", S, location="Quảng Ninh", period=E23I),
    F("Thừa Thiên Huế (7 di tích)", "7", 7, "count", "di tích", S, location="Thừa Thiên Huế", period=E23I),
    F("công nhận 29 bảo vật", "29", 29, "count", "bảo vật quốc gia", "bảo vật quốc gia được công nhận", period=Y23),
    F("lên 294 hiện vật", "294", 294, "count", "hiện vật, nhóm hiện vật", "tổng số bảo vật quốc gia"),
    F("có 198 bảo tàng", "198", 198, "count", "bảo tàng", "bảo tàng"),
    F("gồm 128 bảo tàng", "128", 128, "count", "bảo tàng", "bảo tàng công lập", total=198),
    F("và 70 bảo tàng", "70", 70, "count", "bảo tàng", "bảo tàng ngoài công lập", total=198),
    F("trên 3,2 triệu hiện vật", "3,2", 3200000, "count", "hiện vật", "hiện vật bảo tàng lưu giữ", approx="over"),
    F("khoảng 18,5 triệu lượt", "18,5", 18500000, "count", "lượt khách", "lượt khách hệ thống bảo tàng", approx="about",
      change=C("increase", 1.6, "lần", "năm 2022"), period=y23),
    F("khoảng 1,15 nghìn tỷ", "1,15", 1.15e12, "money", "đồng", "kinh phí tu bổ, chống xuống cấp di tích Chương trình mục tiêu phát triển văn hóa",
      approx="about", period=G),
    F("chống xuống cấp 285 di tích", "285", 285, "count", "di tích", "di tích tu bổ, chống xuống cấp", period=G),
    F("từ 120 đến 150 giấy phép", "120", 120, "count", "giấy phép", "giấy phép thăm dò, khai quật khảo cổ", value_max=150),
    F("phấn đấu 100% di tích", "100", 100, "percent", "%", "di tích quốc gia đặc biệt có quy hoạch bảo quản, tu bổ, phục hồi được phê duyệt",
      status="target", period=Y24),
    F("khoảng 30% hiện vật", "30", 30, "percent", "%", "hiện vật các bảo tàng công lập số hóa", approx="about", status="target", period=Y24),
]
write("p412-4", text, figs, location="Việt Nam", show=True, comments=[
    "Ministry site (Bộ VHTTDL, Cục Di sản văn hóa): national heritage totals 2023 — relics by rank, national treasures, museums, visitors, funding, 2024 targets.",
    "No dateline: the event date 'Ngày 26/2' has no year and the breadcrumb/counter are page furniture, so published = null ('Lượt xem: 1.964' not a figure).",
    "130/3.621/11.414 are parts of 'hơn 40.000 di tích' (trong đó). Province list: location = province, subject = list indicator; no total (no whole).",
    "'(đợt 12)', 'Kỳ họp thứ 7', Thông tư số 16/2019/TT-BVHTTDL, address 'số 51 Ngô Quyền', phone: not figures.",
    "'nâng tổng số … lên 294' is a cumulative stock: no period given. 'tăng gấp 1,6 lần so với năm 2022' is the change (lần) of 18,5 triệu lượt.",
    "'1,15 nghìn tỷ đồng' = 1,15·10^12. 'Mỗi năm … từ 120 đến 150 giấy phép' is a range with no dated period.",
])
