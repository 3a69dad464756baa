from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động > Trồng trọt

Cả nước có 186 doanh nghiệp nông nghiệp ứng dụng công nghệ cao được công nhận
Ngày đăng: 21/10/2024 | Lượt xem: 1.046

(MARD) - Theo Cục Trồng trọt, tính đến ngày 30/9/2024, cả nước có 186 doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao theo Quyết định số 19/2018/QĐ-TTg, tăng 41 doanh nghiệp so với cuối năm 2023. Trong đó, lĩnh vực trồng trọt có 112 doanh nghiệp, chăn nuôi 51 doanh nghiệp, thủy sản 23 doanh nghiệp.

Các địa phương có nhiều doanh nghiệp được công nhận là Lâm Đồng (38 doanh nghiệp), Hà Nội (17 doanh nghiệp), Đồng Nai (14 doanh nghiệp) và Thanh Hóa (11 doanh nghiệp).

Về vùng nông nghiệp ứng dụng công nghệ cao, đến nay đã có 9 vùng được UBND các tỉnh quyết định công nhận với tổng diện tích khoảng 8.100 ha.

Tổng vốn đăng ký của 7 khu nông nghiệp ứng dụng công nghệ cao đã được thành lập đạt trên 21,6 nghìn tỷ đồng, trong đó vốn đầu tư nước ngoài khoảng 4.350 tỷ đồng, chủ yếu từ Israel, Nhật Bản và Hà Lan.

Năm 2023, giá trị sản xuất trên 1 ha đất trồng trọt của cả nước đạt 115 triệu đồng/ha, trong khi các mô hình ứng dụng công nghệ cao đạt bình quân từ 400 đến 500 triệu đồng/ha.

Theo Quyết định số 1747/QĐ-TTg phê duyệt Chương trình nông nghiệp ứng dụng công nghệ cao, phấn đấu đến năm 2030 cả nước có trên 350 doanh nghiệp nông nghiệp ứng dụng công nghệ cao; giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao chiếm trên 30% tổng giá trị sản xuất nông nghiệp.

Cục Trồng trọt, số 2 Ngọc Hà, quận Ba Đình, TP Hà Nội. ĐT: 024.3823.4651.
"""

D30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
DN = P("đến nay", None, "2024-10-21")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "doanh nghiệp nông nghiệp ứng dụng công nghệ cao được công nhận"

FIGS = [
    F("Cả nước có 186 doanh nghiệp", "186", 186, "count", "doanh nghiệp", SUBJ, I(D30)),
    F("cả nước có 186 doanh nghiệp được cấp", "186", 186, "count", "doanh nghiệp",
      "doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao", D30,
      change=CH("increase", 41, "doanh nghiệp", "cuối năm 2023")),
    F("có 112 doanh nghiệp", "112", 112, "count", "doanh nghiệp",
      "doanh nghiệp nông nghiệp ứng dụng công nghệ cao lĩnh vực trồng trọt", I(D30), total=186),
    F("chăn nuôi 51 doanh nghiệp", "51", 51, "count", "doanh nghiệp",
      "doanh nghiệp nông nghiệp ứng dụng công nghệ cao lĩnh vực chăn nuôi", I(D30), total=186),
    F("thủy sản 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
      "doanh nghiệp nông nghiệp ứng dụng công nghệ cao lĩnh vực thủy sản", I(D30), total=186),
    F("Lâm Đồng (38 doanh nghiệp)", "38", 38, "count", "doanh nghiệp", SUBJ, I(D30), location="Lâm Đồng"),
    F("Hà Nội (17 doanh nghiệp)", "17", 17, "count", "doanh nghiệp", SUBJ, I(D30), location="Hà Nội"),
    F("Đồng Nai (14 doanh nghiệp)", "14", 14, "count", "doanh nghiệp", SUBJ, I(D30), location="Đồng Nai"),
    F("Thanh Hóa (11 doanh nghiệp)", "11", 11, "count", "doanh nghiệp", SUBJ, I(D30), location="Thanh Hóa"),
    F("có 9 vùng", "9", 9, "count", "vùng",
      "vùng nông nghiệp ứng dụng công nghệ cao được công nhận", DN),
    F("khoảng 8.100 ha", "8.100", 8100, "measure", "ha",
      "tổng diện tích vùng nông nghiệp ứng dụng công nghệ cao", DN, approx="about"),
    F("của 7 khu", "7", 7, "count", "khu nông nghiệp ứng dụng công nghệ cao",
      "khu nông nghiệp ứng dụng công nghệ cao đã được thành lập"),
    F("trên 21,6 nghìn tỷ", "21,6", 21600000000000, "money", "đồng",
      "tổng vốn đăng ký của các khu nông nghiệp ứng dụng công nghệ cao", approx="over"),
    F("khoảng 4.350 tỷ", "4.350", 4350000000000, "money", "đồng",
      "vốn đầu tư nước ngoài vào khu nông nghiệp ứng dụng công nghệ cao", approx="about", total=21600000000000),
    F("đạt 115 triệu", "115", 115000000, "money", "đồng/ha",
      "giá trị sản xuất trên 1 ha đất trồng trọt", Y23),
    F("từ 400 đến 500 triệu", "400", 400000000, "money", "đồng/ha",
      "giá trị sản xuất của các mô hình ứng dụng công nghệ cao", Y23, value_max=500000000),
    F("trên 350 doanh nghiệp", "350", 350, "count", "doanh nghiệp",
      "doanh nghiệp nông nghiệp ứng dụng công nghệ cao", T30, approx="over", status="target"),
    F("chiếm trên 30%", "30", 30, "percent", "%",
      "giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao trong tổng giá trị sản xuất nông nghiệp", T30,
      approx="over", status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT (ministry site): certified high-tech agricultural enterprises, zones and parks, national. 'Ngày đăng: 21/10/2024 | Lượt xem: 1.046'.",
    "National figures (location Việt Nam); list items Lâm Đồng/Hà Nội/Đồng Nai/Thanh Hóa are locations. Investor countries are not places.",
    "Sector split 112 + 51 + 23 = 186 after 'Trong đó' (sentence break): totals. The list of provinces has no cue: no totals; its period",
    "is inherited from 'tính đến ngày 30/9/2024'. 'đến nay' ends at the dateline (2024-10-21). 'trên 1 ha' is a rate denominator, not a figure.",
    "'7 khu' is a count; the investment sentence has no period phrase (no period). 'chiếm trên 30%' under 'phấn đấu đến năm 2030' is a target percent.",
    "Distractors: 'Quyết định số 19/2018/QĐ-TTg', 'Quyết định số 1747/QĐ-TTg', 'số 2 Ngọc Hà', phone, view counter.",
]

emit("p469-4", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Việt Nam")
