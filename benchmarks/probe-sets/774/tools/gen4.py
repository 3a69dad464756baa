from lib import F, P, I, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tổng hợp / Hoạt động của Bộ
Ngày đăng: 28/02/2024 | Lượt xem: 1.874

Năm 2023, cả nước thực hiện hơn 1.200 ca ghép tạng

Sáng 27/2, tại Hà Nội, Bộ Y tế tổ chức Hội nghị tổng kết công tác điều phối ghép bộ phận cơ thể người năm 2023.

Theo báo cáo của Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người, năm 2023 cả nước thực hiện 1.268 ca ghép tạng, tăng 11,4% so với năm 2022, trong đó ghép thận 1.027 ca, ghép gan 146 ca, ghép tim 22 ca, ghép phổi 3 ca, còn lại là ghép tụy và ghép ruột. Số ca ghép từ người hiến chết não là 104 ca, chiếm 8,2%; đến nay cả nước có 28 bệnh viện thực hiện được ghép tạng.

Ba bệnh viện dẫn đầu về số ca ghép thận lần lượt là Bệnh viện Chợ Rẫy (TP. Hồ Chí Minh) với 212 ca, Bệnh viện Hữu nghị Việt Đức (Hà Nội) với 186 ca và Bệnh viện Quân y 103 (Hà Nội) với 95 ca.

Tính đến hết năm 2023, cả nước có 71.350 người đăng ký hiến mô, tạng sau khi chết; riêng năm 2023 có 12.486 người đăng ký mới. Hiện có khoảng 6.000 người bệnh đang chờ ghép tạng, trong đó gần 4.500 người chờ ghép thận.

Tỷ lệ người hiến chết não ở nước ta hiện mới đạt khoảng 1,05 người/1 triệu dân. Mục tiêu đến năm 2030, tỷ lệ này đạt 3 người/1 triệu dân và số ca ghép tạng đạt 2.500 ca/năm.

Phát biểu tại hội nghị, Thứ trưởng Bộ Y tế đề nghị sửa đổi Luật Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác năm 2006 và Nghị định số 56/2008/NĐ-CP cho phù hợp thực tiễn.

Đường dây nóng Bộ Y tế: 1900 9095
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T2030 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 1.200 ca", "1.200", 1200, "count", "ca", "ca ghép tạng cả nước thực hiện",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("thực hiện 1.268 ca", "1.268", 1268, "count", "ca", "ca ghép tạng cả nước thực hiện", Y23,
      change=CH("increase", 11.4, "%", "năm 2022")),
    F("thận 1.027 ca", "1.027", 1027, "count", "ca", "ca ghép thận", Y23, total=1268),
    F("gan 146 ca", "146", 146, "count", "ca", "ca ghép gan", Y23, total=1268),
    F("tim 22 ca", "22", 22, "count", "ca", "ca ghép tim", Y23, total=1268),
    F("phổi 3 ca", "3", 3, "count", "ca", "ca ghép phổi", Y23, total=1268),
    F("là 104 ca", "104", 104, "count", "ca", "ca ghép từ người hiến chết não", I(Y23), percent=8.2),
    F("có 28 bệnh viện", "28", 28, "count", "bệnh viện", "bệnh viện thực hiện được ghép tạng",
      P("đến nay", None, "2024-02-28")),
    F("Ba bệnh viện", "Ba", 3, "count", "bệnh viện", "bệnh viện dẫn đầu về số ca ghép thận", optional=True),
    F("với 212 ca", "212", 212, "count", "ca", "ca ghép thận của Bệnh viện Chợ Rẫy", I(Y23),
      location="TP. Hồ Chí Minh"),
    F("với 186 ca", "186", 186, "count", "ca", "ca ghép thận của Bệnh viện Hữu nghị Việt Đức", I(Y23),
      location="Hà Nội"),
    F("với 95 ca", "95", 95, "count", "ca", "ca ghép thận của Bệnh viện Quân y 103", I(Y23), location="Hà Nội"),
    F("có 71.350 người", "71.350", 71350, "count", "người", "người đăng ký hiến mô, tạng sau khi chết",
      P("Tính đến hết năm 2023", None, "2023-12-31")),
    F("có 12.486 người", "12.486", 12486, "count", "người", "người đăng ký hiến mô, tạng mới",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 6.000 người", "6.000", 6000, "count", "người bệnh", "người bệnh đang chờ ghép tạng", approx="about"),
    F("gần 4.500 người", "4.500", 4500, "count", "người", "người chờ ghép thận", approx="nearly", total=6000),
    F("khoảng 1,05 người", "1,05", 1.05, "measure", "người/1 triệu dân", "tỷ lệ người hiến chết não", approx="about"),
    F("đạt 3 người", "3", 3, "measure", "người/1 triệu dân", "tỷ lệ người hiến chết não", T2030, status="target"),
    F("đạt 2.500 ca", "2.500", 2500, "measure", "ca/năm", "số ca ghép tạng", T2030, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế: tổng kết điều phối ghép bộ phận cơ thể người năm 2023 (national).",
    "Parts after 'trong đó' (1.027 + 146 + 22 + 3, remainder unstated) take the whole 1.268. '104 ca, chiếm 8,2%' has no stated whole: percent",
    "only. 'riêng năm 2023 có 12.486 người đăng ký mới' is not a part of the cumulative 71.350 (different period): no total.",
    "Hospital list: subject 'ca ghép thận' + hospital; the bracketed city is the location (TP. Hồ Chí Minh, Hà Nội); 'Quân y 103' is a name.",
    "'đến nay' -> as-of the dateline 2024-02-28. 'Hiện có ...' -> no period. Rates per million keep the denominator in the unit (measure).",
    "revised after the first run: 'Ba bệnh viện dẫn đầu ...' (the count that heads the list) added as optional, as shared h10 treats",
    "'Trong đó 05 tỉnh cao nhất'; it had been left out by oversight.",
    "'2.500 ca/năm' is a rate (measure). Not figures: Lượt xem 1.874, 'Sáng 27/2', Luật ... năm 2006, Nghị định số 56/2008/NĐ-CP, 1900 9095.",
]

if __name__ == "__main__":
    emit("p774-4", TEXT, COMMENTS, FIGS, published="2024-02-28", location="Việt Nam")
