"""p731-4: Bộ NN&PTNT ministry site — national wildlife farming facilities, species, exports, inspections."""
from lib import F, P, INH, Y, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp
Cả nước có gần 24.000 cơ sở nuôi động vật hoang dã
Ngày đăng: 05/09/2024 | Lượt xem: 1.872

Theo báo cáo của Cục Lâm nghiệp và Kiểm lâm, tính đến ngày 30/6/2024, cả nước có 23.860 cơ sở nuôi động vật hoang dã tại 61/63 tỉnh, thành phố, với tổng đàn khoảng 6,8 triệu con. Trong đó, 3.412 cơ sở nuôi loài thuộc Phụ lục II CITES đã được Cơ quan quản lý CITES Việt Nam cấp mã số; số còn lại là cơ sở nuôi động vật rừng thông thường do UBND cấp xã ghi sổ theo dõi.

Các địa phương có nhiều cơ sở nuôi là Đồng Nai (2.146 cơ sở), Nghệ An (1.286 cơ sở), Bình Phước (1.107 cơ sở), Hà Tĩnh (965 cơ sở) và Thanh Hóa (842 cơ sở). Các loài được nuôi phổ biến gồm: rắn các loại 2,3 triệu con, nhím hơn 1,2 triệu con, dúi khoảng 950 nghìn con, cá sấu 310.000 con; còn lại là kỳ đà, cầy hương, hươu sao, lợn rừng.

Năm 2023, giá trị xuất khẩu động vật hoang dã gây nuôi và sản phẩm của chúng đạt khoảng 185 triệu USD, tăng 6,5% so với năm 2022; riêng da cá sấu và da trăn chiếm 41%. Việt Nam đã thực hiện đầy đủ các quyết định của Hội nghị các bên lần thứ 19 (CoP19) Công ước CITES.

6 tháng đầu năm 2024, lực lượng Kiểm lâm đã kiểm tra 5.630 cơ sở, phát hiện, xử lý 148 vụ vi phạm, tịch thu 1.276 cá thể động vật hoang dã.

Cục đặt mục tiêu đến năm 2025 có ít nhất 90% cơ sở nuôi được cấp mã số hoặc ghi sổ theo dõi và giảm 50% số vụ vi phạm so với năm 2020.

Mọi ý kiến xin gửi về Cục Lâm nghiệp và Kiểm lâm, số 2 Ngọc Hà, Ba Đình, Hà Nội; điện thoại 024.3733.5676.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T2025 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "cơ sở nuôi động vật hoang dã"

FIGS = [
    F("gần 24.000 cơ sở", "24.000", 24000, "count", "cơ sở", SUBJ, INH(ASOF), approx="nearly"),
    F("có 23.860 cơ sở", "23.860", 23860, "count", "cơ sở", SUBJ, ASOF),
    F("tại 61/63", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở nuôi động vật hoang dã", ASOF,
      total=63),
    F("khoảng 6,8 triệu con", "6,8", 6800000, "count", "con", "tổng đàn động vật hoang dã", ASOF, approx="about"),
    F("3.412 cơ sở", "3.412", 3412, "count", "cơ sở",
      "cơ sở nuôi loài thuộc Phụ lục II CITES được cấp mã số", INH(ASOF), total=23860),
    F("Đồng Nai (2.146 cơ sở)", "2.146", 2146, "count", "cơ sở", SUBJ, INH(ASOF), location="Đồng Nai"),
    F("Nghệ An (1.286 cơ sở)", "1.286", 1286, "count", "cơ sở", SUBJ, INH(ASOF), location="Nghệ An"),
    F("Bình Phước (1.107 cơ sở)", "1.107", 1107, "count", "cơ sở", SUBJ, INH(ASOF), location="Bình Phước"),
    F("Hà Tĩnh (965 cơ sở)", "965", 965, "count", "cơ sở", SUBJ, INH(ASOF), location="Hà Tĩnh"),
    F("Thanh Hóa (842 cơ sở)", "842", 842, "count", "cơ sở", SUBJ, INH(ASOF), location="Thanh Hóa"),
    F("rắn các loại 2,3 triệu con", "2,3", 2300000, "count", "con", "rắn các loại được nuôi", INH(ASOF),
      note="'gồm:' follows no figure (the whole 6,8 triệu stands two sentences back): no total"),
    F("nhím hơn 1,2 triệu con", "1,2", 1200000, "count", "con", "nhím được nuôi", INH(ASOF), approx="over"),
    F("khoảng 950 nghìn con", "950", 950000, "count", "con", "dúi được nuôi", INH(ASOF), approx="about"),
    F("cá sấu 310.000 con", "310.000", 310000, "count", "con", "cá sấu được nuôi", INH(ASOF)),
    F("khoảng 185 triệu USD", "185", 185000000, "money", "USD",
      "giá trị xuất khẩu động vật hoang dã gây nuôi và sản phẩm", Y(2023, "Năm 2023"), approx="about",
      change=CH("increase", 6.5, "%", "năm 2022")),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ trọng da cá sấu và da trăn trong giá trị xuất khẩu",
      Y(2023, "Năm 2023"),
      note="share of a part (skins) in the export value, not the share of 185 triệu USD itself: own percent figure"),
    F("kiểm tra 5.630 cơ sở", "5.630", 5630, "count", "cơ sở", "cơ sở được kiểm tra", H1),
    F("148 vụ", "148", 148, "count", "vụ", "vụ vi phạm được phát hiện, xử lý", H1),
    F("1.276 cá thể", "1.276", 1276, "count", "cá thể", "cá thể động vật hoang dã bị tịch thu", H1),
    F("ít nhất 90%", "90", 90, "percent", "%", "cơ sở nuôi được cấp mã số hoặc ghi sổ theo dõi", T2025,
      approx="at_least", status="target"),
    F("giảm 50%", "50", 50, "percent", "%", "giảm số vụ vi phạm so với năm 2020", T2025, status="target",
      note="a reduction that is the claim (no base amount): percent figure, no change"),
]

COMMENTS = [
    "Bộ NN&PTNT (ministry site): cơ sở nuôi động vật hoang dã cả nước tính đến 30/6/2024, loài nuôi, xuất khẩu 2023, kiểm tra 6 tháng.",
    "'Ngày đăng: 05/09/2024 | Lượt xem: 1.872' (counter not a figure). National figures → location Việt Nam; provinces in the",
    "bracketed list are their items' location. Not figures: Phụ lục II CITES, 'Hội nghị các bên lần thứ 19 (CoP19)', sentence-initial",
    "'6 tháng đầu năm 2024', address 'số 2 Ngọc Hà', phone 024.3733.5676.",
    "'61/63 tỉnh, thành phố' → total 63. 'Trong đó, 3.412 cơ sở' → total 23.860 across the sentence break.",
]

if __name__ == "__main__":
    emit("p731-4", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Việt Nam")
