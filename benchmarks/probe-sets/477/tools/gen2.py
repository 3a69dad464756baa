"""p477-2: huyện Đông Anh (Hà Nội) district portal — Cổ Loa relic site: festival visitors, ticket revenue, restoration by commune."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Trang chủ / Văn hóa - Xã hội / Di sản
Khu di tích Cổ Loa đón gần 95 nghìn lượt khách dịp Tết và lễ hội đầu xuân
Thứ Sáu, 22/03/2024 - 15:10

Theo Ban Quản lý Khu di tích Cổ Loa, trong tháng 2/2024 (trùng dịp Tết Nguyên đán và Lễ hội Cổ Loa), khu di tích đã đón gần 95 nghìn lượt khách, tăng 18% so với cùng kỳ năm trước. Riêng ngày chính hội mùng 6 tháng Giêng, khu di tích đón khoảng 32.000 lượt người về dâng hương, xem rước kiệu.

Tính đến hết tháng 2/2024, Ban Quản lý đã thu 1,86 tỷ đồng từ bán vé tham quan, bằng 24,5% kế hoạch năm. Giá vé hiện hành là 30.000 đồng/lượt đối với người lớn và 15.000 đồng/lượt đối với học sinh, sinh viên; người cao tuổi từ 60 tuổi trở lên được giảm 50% giá vé.

Toàn huyện hiện có 276 di tích đã được xếp hạng, trong đó có 1 di tích quốc gia đặc biệt, 41 di tích cấp quốc gia và 234 di tích cấp thành phố. Giai đoạn 2021-2023, huyện đã đầu tư 128,4 tỷ đồng tu bổ, tôn tạo 57 di tích, trong đó nhiều nhất là các xã Cổ Loa (9 di tích), Uy Nỗ (6 di tích), Liên Hà (5 di tích) và Vân Hà (4 di tích).

Năm 2024, huyện dự kiến bố trí khoảng 45 tỷ đồng để tu bổ 15 di tích xuống cấp, đồng thời phấn đấu đón 350.000 lượt khách đến Khu di tích Cổ Loa. Ban Quản lý đang hoàn thiện hồ sơ trưng bày hơn 2.000 hiện vật khảo cổ tại nhà trưng bày mới.

Mọi thông tin xin liên hệ: Ban Quản lý Khu di tích Cổ Loa, thôn Chùa, xã Cổ Loa (gần Quốc lộ 3); điện thoại 024.3883.2166.

Thu Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

F24 = P("tháng 2/2024", "2024-02-01", "2024-02-29")
ASOF = P("Tính đến hết tháng 2/2024", None, "2024-02-29")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón gần 95 nghìn lượt khách dịp", "95", 95000, "count", "lượt khách",
      "lượt khách Khu di tích Cổ Loa dịp Tết và lễ hội đầu xuân", I(F24), approx="nearly"),
    F("đã đón gần 95 nghìn", "95", 95000, "count", "lượt khách", "lượt khách khu di tích Cổ Loa", F24,
      approx="nearly", change=CH("increase", 18, baseline="cùng kỳ năm trước")),
    F("khoảng 32.000 lượt", "32.000", 32000, "count", "lượt người",
      "lượt người về dâng hương ngày chính hội", approx="about"),
    F("thu 1,86 tỷ đồng", "1,86", 1860000000, "money", "đồng", "thu từ bán vé tham quan", ASOF, percent=24.5),
    F("là 30.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", "giá vé đối với người lớn"),
    F("và 15.000 đồng/lượt", "15.000", 15000, "money", "đồng/lượt", "giá vé đối với học sinh, sinh viên"),
    F("từ 60 tuổi", "60", 60, "measure", "tuổi", "người cao tuổi được giảm giá vé", approx="at_least",
      optional=True),
    F("giảm 50% giá vé", "50", 50, "percent", "%", "mức giảm giá vé cho người cao tuổi"),
    F("có 276 di tích", "276", 276, "count", "di tích", "di tích đã được xếp hạng"),
    F("có 1 di tích", "1", 1, "count", "di tích", "di tích quốc gia đặc biệt", total=276),
    F("41 di tích", "41", 41, "count", "di tích", "di tích cấp quốc gia", total=276),
    F("234 di tích", "234", 234, "count", "di tích", "di tích cấp thành phố", total=276),
    F("đầu tư 128,4 tỷ đồng", "128,4", 128400000000, "money", "đồng", "vốn đầu tư tu bổ, tôn tạo di tích", G),
    F("tôn tạo 57 di tích", "57", 57, "count", "di tích", "di tích được tu bổ, tôn tạo", G),
    F("(9 di tích)", "9", 9, "count", "di tích", "di tích được tu bổ, tôn tạo tại xã Cổ Loa", G, total=57),
    F("(6 di tích)", "6", 6, "count", "di tích", "di tích được tu bổ, tôn tạo tại xã Uy Nỗ", G, total=57),
    F("(5 di tích)", "5", 5, "count", "di tích", "di tích được tu bổ, tôn tạo tại xã Liên Hà", G, total=57),
    F("(4 di tích)", "4", 4, "count", "di tích", "di tích được tu bổ, tôn tạo tại xã Vân Hà", G, total=57),
    F("khoảng 45 tỷ đồng", "45", 45000000000, "money", "đồng", "kinh phí tu bổ di tích xuống cấp", Y24,
      approx="about", status="forecast"),
    F("tu bổ 15 di tích", "15", 15, "count", "di tích", "di tích xuống cấp được tu bổ", Y24, status="forecast"),
    F("đón 350.000 lượt khách", "350.000", 350000, "count", "lượt khách", "lượt khách đến Khu di tích Cổ Loa",
      Y24, status="target"),
    F("hơn 2.000 hiện vật", "2.000", 2000, "count", "hiện vật", "hiện vật khảo cổ trưng bày tại nhà trưng bày mới",
      approx="over"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đông Anh (Hà Nội): Khu di tích Cổ Loa — khách dịp Tết/lễ hội tháng 2/2024, thu bán vé, di tích xếp hạng, tu bổ theo xã.",
    "District portal: every figure is located in Đông Anh; communes (Cổ Loa, Uy Nỗ …) are below district level, so they stay in the subject.",
    "'trong đó nhiều nhất là các xã … (9 di tích) …' follows the whole 57 di tích: total 57. 1 + 41 + 234 = 276 after 'trong đó'.",
    "Distractors: dateline, 'mùng 6 tháng Giêng', 'Quốc lộ 3', phone 024.3883.2166, 'Giai đoạn 2021-2023'. 'Tính đến hết tháng 2/2024' is as-of.",
    "'dự kiến' (forecast) carries into 'đồng thời', but 'phấn đấu' has its own cue: 350.000 is a target. 'từ 60 tuổi trở lên' is optional.",
    "'bằng 24,5% kế hoạch năm' is the percent of 1,86 tỷ; the 32.000 and 2.000 sentences give no period (unscored, none set).",
]

if __name__ == "__main__":
    import sys
    emit("p477-2", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Đông Anh", show_free="-v" in sys.argv)
