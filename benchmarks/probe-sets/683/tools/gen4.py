"""p683-4: Bộ Y tế (Cục Quản lý Y, Dược cổ truyền) ministry site — GACP-WHO certified herbs, provinces, linkage with pharma companies, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ Y TẾ - CỤC QUẢN LÝ Y, DƯỢC CỔ TRUYỀN
Tin hoạt động | Ngày đăng: 22/08/2024 | Lượt xem: 1.208

Cả nước có 68 dược liệu được công bố đạt GACP-WHO

Theo Cục Quản lý Y, Dược cổ truyền, tính đến tháng 7/2024, cả nước có 68 dược liệu của 36 cơ sở được công bố đáp ứng Thực hành tốt trồng trọt và thu hái dược liệu (GACP-WHO), tăng 14 dược liệu so với cuối năm 2022. Tổng diện tích các vùng trồng đạt GACP-WHO khoảng 3.870 ha, chiếm gần 13% diện tích trồng dược liệu cả nước.

Các địa phương có nhiều dược liệu đạt GACP-WHO nhất là Lào Cai (11 dược liệu), Hà Giang (8), Quảng Nam (6) và Lâm Đồng (5). Lào Cai cũng đứng thứ nhất cả nước về diện tích dược liệu với hơn 4.500 ha.

Hiện cả nước có khoảng 30.000 ha trồng dược liệu; nhu cầu sử dụng dược liệu từ 60.000 đến 80.000 tấn/năm nhưng khoảng 75% vẫn phải nhập khẩu. Năm 2023, có 23 doanh nghiệp dược ký hợp đồng liên kết với nông dân, hợp tác xã, với tổng diện tích liên kết 6.250 ha, tăng 18,5% so với năm 2022; riêng Công ty Cổ phần Traphaco liên kết 1.180 ha tại 6 tỉnh.

Theo Quyết định số 376/QĐ-TTg ngày 17/3/2021 của Thủ tướng Chính phủ, phấn đấu đến năm 2030 có 20 vùng trồng dược liệu đạt GACP-WHO với quy mô 10.000 ha; đáp ứng 70% nhu cầu dược liệu trong nước từ nguồn nuôi trồng, thu hái trong nước. Ngân sách trung ương dự kiến bố trí khoảng 500 tỷ đồng giai đoạn 2024-2026 để hỗ trợ xây dựng vùng trồng.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội. Đường dây nóng: 1900.9095
"""

ASOF = P("tính đến tháng 7/2024", None, "2024-07-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
GACP = "dược liệu đạt GACP-WHO"

FIGS = [
    F("Cả nước có 68", "68", 68, "count", "dược liệu", "dược liệu được công bố đạt GACP-WHO", I(ASOF)),
    F("có 68 dược liệu của", "68", 68, "count", "dược liệu", "dược liệu được công bố đáp ứng GACP-WHO", ASOF,
      change=CH("increase", 14, "dược liệu", "cuối năm 2022")),
    F("của 36 cơ sở", "36", 36, "count", "cơ sở", "cơ sở có dược liệu được công bố đáp ứng GACP-WHO", ASOF),
    F("khoảng 3.870 ha", "3.870", 3870, "measure", "ha", "tổng diện tích các vùng trồng đạt GACP-WHO", I(ASOF),
      approx="about", percent=13),
    F("(11 dược liệu)", "11", 11, "count", "dược liệu", GACP, I(ASOF), location="Lào Cai"),
    F("Hà Giang (8)", "8", 8, "count", "dược liệu", GACP, I(ASOF), location="Hà Giang"),
    F("Quảng Nam (6)", "6", 6, "count", "dược liệu", GACP, I(ASOF), location="Quảng Nam"),
    F("Lâm Đồng (5)", "5", 5, "count", "dược liệu", GACP, I(ASOF), location="Lâm Đồng"),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", "diện tích dược liệu", location="Lào Cai"),
    F("hơn 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích dược liệu", approx="over", location="Lào Cai"),
    F("khoảng 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích trồng dược liệu", approx="about"),
    F("từ 60.000 đến 80.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", "nhu cầu sử dụng dược liệu",
      value_max=80000),
    F("khoảng 75%", "75", 75, "percent", "%", "tỷ lệ dược liệu phải nhập khẩu", approx="about"),
    F("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp dược", "doanh nghiệp dược ký hợp đồng liên kết", Y23),
    F("liên kết 6.250 ha", "6.250", 6250, "measure", "ha", "tổng diện tích liên kết", Y23,
      change=CH("increase", 18.5, "%", "năm 2022")),
    F("liên kết 1.180 ha", "1.180", 1180, "measure", "ha", "diện tích liên kết của Công ty Cổ phần Traphaco", Y23),
    F("tại 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh có vùng liên kết của Traphaco", Y23),
    F("có 20 vùng", "20", 20, "count", "vùng trồng dược liệu", "vùng trồng dược liệu đạt GACP-WHO", T30, status="target"),
    F("quy mô 10.000 ha", "10.000", 10000, "measure", "ha", "quy mô vùng trồng dược liệu đạt GACP-WHO", T30,
      status="target"),
    F("đáp ứng 70%", "70", 70, "percent", "%", "nhu cầu dược liệu trong nước được đáp ứng từ nguồn trong nước", T30,
      status="target"),
    F("khoảng 500 tỷ đồng", "500", 500e9, "money", "đồng", "ngân sách trung ương hỗ trợ xây dựng vùng trồng",
      P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Bộ Y tế / Cục Quản lý Y, Dược cổ truyền ministry site (Ngày đăng | Lượt xem): GACP-WHO herbs, provinces, linkage with pharma companies, 2030 targets.",
    "National figures: location Việt Nam; province list items carry their province. 'đứng thứ nhất' is rank 1 (number word 'nhất').",
    "'chiếm gần 13%' is the percent of 3.870 ha. 'riêng Traphaco 1.180 ha' is not after a parts cue (trong đó/gồm/:): no total.",
    "'Hiện …' sentences have no period. Distractors: QĐ 376/QĐ-TTg ngày 17/3/2021, Lượt xem, address 138A Giảng Võ, hotline 1900.9095, 'giai đoạn 2024-2026' (period).",
]

if __name__ == "__main__":
    emit("p683-4", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Việt Nam")
