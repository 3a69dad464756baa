"""p759-4: Bộ NN&PTNT site — national goat and rabbit herds 2023, northern mountain provinces, farms, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chăn nuôi - Thú y
Ngày 18/03/2024 09:40 | Lượt xem: 2.063

Chăn nuôi dê, thỏ: sinh kế hiệu quả cho đồng bào vùng cao

Theo Cục Chăn nuôi, năm 2023 tổng đàn dê cả nước ước đạt 2,95 triệu con, tăng 4,3% so với năm 2022; sản lượng thịt dê hơi xuất chuồng đạt 41,8 nghìn tấn. Đàn thỏ cả nước khoảng 7,4 triệu con, sản lượng thịt thỏ hơi gần 18.650 tấn.

Đàn dê tập trung tại 14 tỉnh trung du và miền núi phía Bắc với 1,24 triệu con, chiếm 42% tổng đàn cả nước. Các địa phương có đàn dê lớn là Hà Giang (201.900 con), Ninh Thuận (198.500 con), Sơn La (176.300 con) và Thanh Hóa (149.700 con).

Hiện cả nước có 1.850 trang trại nuôi dê, trong đó 274 trang trại quy mô trên 500 con. Năm 2023, các doanh nghiệp đã nhập khẩu 1.260 con dê giống thuần Boer, Saanen từ Australia và Mỹ; Bộ đã hỗ trợ các địa phương 3.200 con dê giống và 12.000 con thỏ giống qua Chương trình mục tiêu quốc gia giảm nghèo bền vững.

Giá trị sản xuất chăn nuôi dê, cừu năm 2023 ước đạt 6.800 tỷ đồng, chiếm khoảng 1,5% giá trị sản xuất ngành chăn nuôi.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg ngày 06/10/2020), đến năm 2030 tỷ lệ chăn nuôi trang trại, gia trại đạt trên 60%; sản lượng thịt dê, cừu đạt khoảng 80 nghìn tấn.

Cục Chăn nuôi - Số 16 Thụy Khuê, Tây Hồ, Hà Nội - ĐT: 024.3734.5443
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("ước đạt 2,95 triệu con", "2,95", 2950000, "count", "con", "tổng đàn dê cả nước", Y23, status="estimate",
      change=CH("increase", 4.3, baseline="năm 2022")),
    F("đạt 41,8 nghìn tấn", "41,8", 41800, "measure", "tấn", "sản lượng thịt dê hơi xuất chuồng", Y23),
    F("khoảng 7,4 triệu con", "7,4", 7400000, "count", "con", "đàn thỏ cả nước", I(Y23), approx="about"),
    F("gần 18.650 tấn", "18.650", 18650, "measure", "tấn", "sản lượng thịt thỏ hơi", I(Y23), approx="nearly"),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh trung du và miền núi phía Bắc"),
    F("với 1,24 triệu con", "1,24", 1240000, "count", "con", "đàn dê 14 tỉnh trung du và miền núi phía Bắc",
      percent=42, location=""),
    F("Hà Giang (201.900 con)", "201.900", 201900, "count", "con", "đàn dê", I(Y23), location="Hà Giang"),
    F("Ninh Thuận (198.500 con)", "198.500", 198500, "count", "con", "đàn dê", I(Y23), location="Ninh Thuận"),
    F("Sơn La (176.300 con)", "176.300", 176300, "count", "con", "đàn dê", I(Y23), location="Sơn La"),
    F("Thanh Hóa (149.700 con)", "149.700", 149700, "count", "con", "đàn dê", I(Y23), location="Thanh Hóa"),
    F("có 1.850 trang trại", "1.850", 1850, "count", "trang trại", "trang trại nuôi dê"),
    F("trong đó 274 trang trại", "274", 274, "count", "trang trại", "trang trại nuôi dê quy mô trên 500 con",
      total=1850),
    F("trên 500 con", "500", 500, "count", "con", "quy mô trang trại", approx="over", optional=True),
    F("khẩu 1.260 con", "1.260", 1260, "count", "con", "dê giống thuần Boer, Saanen nhập khẩu", Y23b),
    F("phương 3.200 con", "3.200", 3200, "count", "con", "dê giống hỗ trợ các địa phương", Y23b),
    F("và 12.000 con", "12.000", 12000, "count", "con", "thỏ giống hỗ trợ các địa phương", Y23b),
    F("ước đạt 6.800 tỷ đồng", "6.800", 6800000000000, "money", "đồng", "giá trị sản xuất chăn nuôi dê, cừu", Y23,
      status="estimate", percent=1.5),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ chăn nuôi trang trại, gia trại", T30, approx="over",
      status="target"),
    F("khoảng 80 nghìn tấn", "80", 80000, "measure", "tấn", "sản lượng thịt dê, cừu", T30, approx="about",
      status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT portal (Cục Chăn nuôi): đàn dê, thỏ cả nước năm 2023, 14 tỉnh trung du và miền núi phía Bắc, trang trại, mục tiêu 2030.",
    "'Ngày 18/03/2024 09:40' is the dateline; 'Lượt xem: 2.063', 'Quyết định số 1520/QĐ-TTg ngày 06/10/2020', 'giai đoạn 2021-2030',",
    "'tầm nhìn 2045', the address 'Số 16 Thụy Khuê, Tây Hồ' and the phone are not figures. Default location Việt Nam (national figures);",
    "the 14 provinces are a count of provinces (Việt Nam). The regional herd 1,24 triệu con describes a region that is neither a province",
    "nor the nation: location null (written as \"\"). Australia/Mỹ are origins of imports, not places of the figure.",
    "After ';' a clause with its own 'đạt' is actual (as shared h19: '… ước đạt …; tổng sản lượng lương thực đạt …' is actual).",
]

if __name__ == "__main__":
    emit("p759-4", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Việt Nam")
