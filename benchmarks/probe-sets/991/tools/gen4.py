"""p991-4: ministry site (Bộ Giao thông vận tải), national programme of rural bridges (LRAMP), 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Kết cấu hạ tầng giao thông

Dự án LRAMP: Gần 2.200 cầu dân sinh giúp người dân vùng cao "qua sông không lụy đò"

26/06/2023 15:42

Ngày 23/6, tại Hà Nội, Bộ GTVT tổ chức hội nghị sơ kết lần thứ 2 Dự án Xây dựng cầu dân sinh và quản lý tài sản đường địa phương (LRAMP).

Theo Ban Quản lý dự án, tính đến 31/5/2023, dự án đã hoàn thành 2.160/2.174 cầu dân sinh tại 28 tỉnh, đạt 99,4% khối lượng; trong đó có 1.372 cầu treo và 788 cầu bê tông, cầu dầm thép. Số cầu hoàn thành năm 2022 gấp 2,3 lần năm 2020.

Tổng vốn đầu tư của dự án khoảng 8.900 tỷ đồng (tương đương gần 385 triệu USD), trong đó vốn vay Ngân hàng Thế giới chiếm 83%. Các địa phương có nhiều cầu nhất lần lượt là Hà Giang (186 cầu), Cao Bằng (152 cầu), Nghệ An (131 cầu) và Thanh Hóa (118 cầu).

Các cầu có chiều dài trung bình 48 m; dài nhất là cầu treo Nà Ngoằng (huyện Bảo Lạc, Cao Bằng) với 168 m. Bình quân mỗi cầu giúp người dân bớt 7,5 km đường vòng, thời gian đi lại giảm khoảng 40%. Dự án đã phục vụ trực tiếp hơn 3,1 triệu người dân, trong đó khoảng 45% là đồng bào dân tộc thiểu số, và tạo việc làm cho trên 12.000 lao động địa phương.

Giai đoạn 2023-2025, Bộ GTVT dự kiến triển khai Dự án LRAMP 2 với khoảng 1.050 cầu tại 32 tỉnh, tổng vốn dự kiến trên 6.000 tỷ đồng. Đến năm 2030, phấn đấu 100% xã vùng sâu, vùng xa có cầu kiên cố thay thế cầu khỉ, đò ngang.

Ông Nguyễn Văn Bảy, đại diện Ban Quản lý dự án, lưu ý các địa phương phải bố trí kinh phí bảo trì cầu hằng năm theo Nghị định số 06/2021/NĐ-CP.

Cổng TTĐT Bộ GTVT - 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
"""

AS_OF = P("tính đến 31/5/2023", None, "2023-05-31")
G = P("Giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
FIG = [
    F("Gần 2.200 cầu", "2.200", 2200, "count", "cầu dân sinh", "cầu dân sinh", approx="nearly"),
    F("hoàn thành 2.160/2.174", "2.160", 2160, "count", "cầu dân sinh", "cầu dân sinh hoàn thành", AS_OF,
      total=2174, percent=99.4),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh", "tỉnh có cầu dân sinh hoàn thành", AS_OF),
    F("có 1.372 cầu treo", "1.372", 1372, "count", "cầu treo", "cầu treo hoàn thành", AS_OF, total=2160),
    F("và 788 cầu", "788", 788, "count", "cầu bê tông, cầu dầm thép", "cầu bê tông, cầu dầm thép hoàn thành", AS_OF,
      total=2160),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số cầu hoàn thành năm 2022 so với năm 2020",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("khoảng 8.900 tỷ đồng", "8.900", 8.9e12, "money", "đồng", "tổng vốn đầu tư của dự án", approx="about"),
    F("gần 385 triệu USD", "385", 385e6, "money", "USD", "tổng vốn đầu tư của dự án", approx="nearly"),
    F("chiếm 83%", "83", 83, "percent", "%", "vốn vay Ngân hàng Thế giới"),
    F("Hà Giang (186 cầu)", "186", 186, "count", "cầu", "cầu dân sinh của dự án", location="Hà Giang"),
    F("Cao Bằng (152 cầu)", "152", 152, "count", "cầu", "cầu dân sinh của dự án", location="Cao Bằng"),
    F("Nghệ An (131 cầu)", "131", 131, "count", "cầu", "cầu dân sinh của dự án", location="Nghệ An"),
    F("Thanh Hóa (118 cầu)", "118", 118, "count", "cầu", "cầu dân sinh của dự án", location="Thanh Hóa"),
    F("trung bình 48 m", "48", 48, "measure", "m", "chiều dài trung bình các cầu"),
    F("với 168 m", "168", 168, "measure", "m", "chiều dài cầu treo Nà Ngoằng", location="Bảo Lạc"),
    F("bớt 7,5 km", "7,5", 7.5, "measure", "km", "đường vòng người dân bớt được mỗi cầu"),
    F("giảm khoảng 40%", "40", 40, "percent", "%", "thời gian đi lại giảm", approx="about"),
    F("hơn 3,1 triệu người", "3,1", 3.1e6, "count", "người dân", "người dân được phục vụ trực tiếp", approx="over"),
    F("khoảng 45%", "45", 45, "percent", "%", "đồng bào dân tộc thiểu số trong số người dân được phục vụ",
      approx="about"),
    F("trên 12.000 lao động", "12.000", 12000, "count", "lao động", "lao động địa phương được tạo việc làm",
      approx="over"),
    F("khoảng 1.050 cầu", "1.050", 1050, "count", "cầu", "cầu của Dự án LRAMP 2", G, approx="about",
      status="forecast"),
    F("tại 32 tỉnh", "32", 32, "count", "tỉnh", "tỉnh triển khai Dự án LRAMP 2", G, status="forecast"),
    F("trên 6.000 tỷ đồng", "6.000", 6e12, "money", "đồng", "tổng vốn Dự án LRAMP 2", G, approx="over",
      status="forecast"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "xã vùng sâu, vùng xa có cầu kiên cố thay thế cầu khỉ, đò ngang",
      P("Đến năm 2030", None, "2030-12-31"), status="target"),
]

NOTES = [
    "Ministry of Transport portal, 26/06/2023: national rural-bridge project LRAMP (invented figures). National -> location Việt Nam.",
    "'2.160/2.174 ..., đạt 99,4% khối lượng' -> total 2174, percent 99.4; 1.372 + 788 = 2.160 after 'trong đó' -> total 2160.",
    "'gấp 2,3 lần năm 2020' stands alone as the claim -> multiple (period năm 2022). 'tương đương gần 385 triệu USD' is its own money figure (cf. h01).",
    "'chiếm 83%', 'khoảng 45%' after 'trong đó' are shares of another whole -> percent figures of their own. 'giảm khoảng 40%' (no base) -> percent, no change.",
    "Province list with 'lần lượt' shares the indicator; items are locations; ranking (does not add up) -> no total.",
    "Named bridge in 'huyện Bảo Lạc, Cao Bằng' -> location Bảo Lạc (the most specific district named).",
    "Distractors: LRAMP 2 (name), lần thứ 2, Ngày 23/6, 15:42, Nghị định số 06/2021/NĐ-CP, 80 Trần Hưng Đạo, person Nguyễn Văn Bảy.",
]

write("p991-4", TEXT, FIG, NOTES, published="2023-06-26", location="Việt Nam")
