#!/usr/bin/env python3
"""p703-4: ministry site (Bộ NN&PTNT) — national MPA system: count, area, largest MPAs, coral cover, budget, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản
Ngày đăng: 08/06/2024 | Lượt xem: 2.391

Cả nước có 12 khu bảo tồn biển với tổng diện tích gần 190.000 ha

Nhân Ngày Đại dương thế giới 8/6, Cục Thủy sản cho biết, tính đến tháng 5/2024, cả nước đã thành lập 12/16 khu bảo tồn biển theo quy hoạch, tổng diện tích gần 190.000 ha, trong đó diện tích mặt nước biển khoảng 160.000 ha, chiếm 0,16% diện tích vùng biển Việt Nam.

Về diện tích, lớn nhất là Khu bảo tồn biển Phú Quốc (Kiên Giang) với 26.863 ha; tiếp đến là Hòn Mun (Khánh Hòa) 16.000 ha, Cù Lao Chàm (Quảng Nam) 6.716 ha. Về số lượng khu bảo tồn biển, Việt Nam xếp thứ 5 trong khu vực Đông Nam Á.

Kết quả giám sát cho thấy độ phủ san hô sống trung bình trong các khu bảo tồn biển đạt từ 25 đến 35%, trong khi ở vùng biển bên ngoài chỉ khoảng 10-15%. Mật độ cá rạn trong phân khu bảo vệ nghiêm ngặt cao gấp 2 đến 3 lần so với khu vực khai thác.

Giai đoạn 2021-2023, ngân sách trung ương đã bố trí 145 tỷ đồng cho hoạt động của các khu bảo tồn biển, bình quân gần 48,3 tỷ đồng/năm; các tổ chức quốc tế tài trợ thêm khoảng 3,2 triệu USD.

Theo Quy hoạch bảo vệ và khai thác nguồn lợi thủy sản thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 389/QĐ-TTg ngày 9/5/2023), mục tiêu đến năm 2030 cả nước thành lập 27 khu bảo tồn biển, tổng diện tích đạt 6% diện tích tự nhiên vùng biển quốc gia. Dự kiến trong năm 2024 sẽ thành lập thêm 2 khu là Hải Vân - Sơn Chà (Thừa Thiên Huế) và Nam Yết (Khánh Hòa).

Cục Thủy sản: số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. Điện thoại: 024.3724.5370.
"""

ASOF = P("tính đến tháng 5/2024", None, "2024-05-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 12 khu bảo tồn biển", "12", 12, "count", "khu bảo tồn biển", "khu bảo tồn biển", I(ASOF)),
    F("tổng diện tích gần 190.000 ha\n", "190.000", 190000, "measure", "ha", "tổng diện tích khu bảo tồn biển", I(ASOF),
      approx="nearly"),
    F("thành lập 12/16", "12", 12, "count", "khu bảo tồn biển", "khu bảo tồn biển theo quy hoạch đã thành lập", ASOF,
      target={"value": 16, "unit": "khu bảo tồn biển"}),
    F("tổng diện tích gần 190.000 ha,", "190.000", 190000, "measure", "ha", "tổng diện tích khu bảo tồn biển", ASOF,
      approx="nearly"),
    F("khoảng 160.000 ha", "160.000", 160000, "measure", "ha", "diện tích mặt nước biển của các khu bảo tồn biển", ASOF,
      approx="about", total=190000, percent=0.16),
    F("với 26.863 ha", "26.863", 26863, "measure", "ha", "diện tích Khu bảo tồn biển Phú Quốc", location="Phú Quốc"),
    F("(Khánh Hòa) 16.000 ha", "16.000", 16000, "measure", "ha", "diện tích khu bảo tồn biển Hòn Mun", location="Khánh Hòa"),
    F("(Quảng Nam) 6.716 ha", "6.716", 6716, "measure", "ha", "diện tích khu bảo tồn biển Cù Lao Chàm", location="Quảng Nam"),
    F("xếp thứ 5", "5", 5, "rank", "hạng", "số lượng khu bảo tồn biển trong khu vực Đông Nam Á"),
    F("từ 25 đến 35%", "25", 25, "percent", "%", "độ phủ san hô sống trung bình trong các khu bảo tồn biển", value_max=35),
    F("khoảng 10-15%", "10", 10, "percent", "%", "độ phủ san hô sống ở vùng biển bên ngoài", value_max=15, approx="about"),
    F("gấp 2 đến 3 lần", "2", 2, "multiple", "lần",
      "mật độ cá rạn trong phân khu bảo vệ nghiêm ngặt so với khu vực khai thác", value_max=3),
    F("bố trí 145 tỷ đồng", "145", 145e9, "money", "đồng", "ngân sách trung ương bố trí cho hoạt động của các khu bảo tồn biển", G),
    F("gần 48,3 tỷ đồng/năm", "48,3", 48.3e9, "money", "đồng/năm", "ngân sách trung ương bình quân mỗi năm", G, approx="nearly"),
    F("khoảng 3,2 triệu USD", "3,2", 3.2e6, "money", "USD", "tài trợ của các tổ chức quốc tế", G, approx="about"),
    F("thành lập 27 khu", "27", 27, "count", "khu bảo tồn biển", "khu bảo tồn biển được thành lập", T30, status="target"),
    F("đạt 6% diện tích", "6", 6, "percent", "%", "tổng diện tích khu bảo tồn biển so với diện tích tự nhiên vùng biển quốc gia", T30,
      status="target"),
    F("thêm 2 khu", "2", 2, "count", "khu", "khu bảo tồn biển thành lập thêm", Y24, status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): hệ thống khu bảo tồn biển cả nước tính đến tháng 5/2024 — 12 of 16 planned MPAs, area, largest MPAs by province,",
    "coral cover inside vs outside, budget 2021-2023, 2030 targets. 'Ngày đăng: 08/06/2024' is the date; 'Lượt xem: 2.391' a counter.",
    "'Ngày Đại dương thế giới 8/6' is a date (not a fraction); 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', Quyết định số 389/QĐ-TTg,",
    "address 'số 10 Nguyễn Công Hoan', phone are not figures. National figures → Việt Nam; each MPA in the size list takes its bracketed",
    "province as location (subject names the MPA), except Phú Quốc, itself a city; the two MPAs planned for 2024 follow a national count, so 2 khu stays Việt Nam.",
    "'chiếm 0,16%' → percent of 160.000 ha; 'trong đó' → total 190.000. 'cao gấp 2 đến 3 lần' stands alone: a multiple with a range.",
    "Headline figures take the lead's as-of period (inherited).",
    "revised: 12/16 'khu bảo tồn biển theo quy hoạch' now has target 16 instead of total 16 — the 16 is the number in the master plan",
    "(quy hoạch), and FIGURES.md 'Result against plan' makes the second number of a/b a target when it is the plan.",
    "revised: 26.863 ha (Khu bảo tồn biển Phú Quốc) location Kiên Giang → Phú Quốc, for consistency with p703-3 and p703-6: the figure",
    "describes the MPA of Phú Quốc (a city), the most specific place the text names; the bracket only adds the province.",
]

if __name__ == "__main__":
    emit("p703-4", TEXT, COMMENTS, FIGS, published="2024-06-08", location="Việt Nam")
