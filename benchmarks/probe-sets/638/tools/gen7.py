from lib import *

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH SƠN LA
Trang chủ / Tin tức / Kết cấu hạ tầng giao thông

Sơn La rà soát 96 cầu treo yếu cần thay thế

Thực hiện Công văn số 2145/UBND-KT của UBND tỉnh, Sở Giao thông vận tải đã phối hợp với các huyện rà soát toàn bộ cầu treo dân sinh trên địa bàn. Kết quả, tính đến ngày 30/6/2024, toàn tỉnh Sơn La có 412 cầu treo, trong đó 96 cầu yếu, xuống cấp cần thay thế, chiếm 23,3%. Kinh phí thay thế dự kiến khoảng 345 tỷ đồng.

Số cầu treo tại một số huyện có nhiều cầu yếu:
Đơn vị tính: cầu
Huyện
Tổng số cầu treo
Cầu yếu cần thay thế
Kế hoạch thay thế năm 2025
Mường La
58
17
5
Bắc Yên
46
14
4
Sốp Cộp
39
12
4
Quỳnh Nhai
33
9
3

Theo kế hoạch, năm 2025 tỉnh ưu tiên thay thế 25 cầu yếu có nguy cơ mất an toàn cao. Các cầu thay thế được thiết kế với chiều dài trung bình 80 m, bề rộng 1,5 m, tải trọng thiết kế nâng lên 400 kg/m². Trong thời gian chờ đầu tư, các huyện đã cắm biển hạn chế, chỉ cho phép tối đa 10 người cùng lúc qua cầu.

Trong năm 2023, từ nguồn vốn sự nghiệp bảo trì, Sở đã sửa chữa, thay cáp, thay mặt cầu cho 18 cầu treo với tổng kinh phí 6,8 tỷ đồng, tăng 2,1 tỷ đồng so với năm 2022; đồng thời tổ chức tập huấn quản lý, bảo trì cầu cho cán bộ giao thông của 12 huyện, thành phố.

Địa chỉ: Số 25, đường Tô Hiệu, thành phố Sơn La
Điện thoại: 0212.3852.112
Tổng số lượt truy cập: 1.284.503
"""

AS = P("tính đến ngày 30/6/2024", None, "2024-06-30")
K25 = P("Kế hoạch thay thế năm 2025", "2025-01-01", "2025-12-31")


def row(loc, a1, n1, a2, n2, a3, n3):
    return [
        F(a1, str(n1), n1, "count", "cầu", "tổng số cầu treo", I(AS), location=loc),
        F(a2, str(n2), n2, "count", "cầu", "cầu yếu cần thay thế", I(AS), location=loc),
        F(a3, str(n3), n3, "count", "cầu", "cầu yếu kế hoạch thay thế năm 2025", K25, status="target", location=loc),
    ]


FIGS = [
    F("rà soát 96 cầu", "96", 96, "count", "cầu treo", "cầu treo yếu cần thay thế", I(AS)),
    F("có 412 cầu treo", "412", 412, "count", "cầu treo", "cầu treo", AS),
    F("trong đó 96 cầu yếu", "96", 96, "count", "cầu", "cầu yếu, xuống cấp cần thay thế", AS, total=412, percent=23.3),
    F("khoảng 345 tỷ đồng", "345", 345e9, "money", "đồng", "kinh phí thay thế", approx="about", status="forecast"),
]
FIGS += row("Mường La", "Mường La\n58", 58, "58\n17", 17, "17\n5", 5)
FIGS += row("Bắc Yên", "Bắc Yên\n46", 46, "46\n14", 14, "14\n4\nSốp", 4)
FIGS += row("Sốp Cộp", "Sốp Cộp\n39", 39, "39\n12", 12, "12\n4\nQuỳnh", 4)
FIGS += row("Quỳnh Nhai", "Quỳnh Nhai\n33", 33, "33\n9", 9, "9\n3", 3)
FIGS += [
    F("thay thế 25 cầu", "25", 25, "count", "cầu", "cầu yếu có nguy cơ mất an toàn cao ưu tiên thay thế",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("trung bình 80 m", "80", 80, "measure", "m", "chiều dài trung bình các cầu thay thế"),
    F("bề rộng 1,5 m", "1,5", 1.5, "measure", "m", "bề rộng các cầu thay thế"),
    F("400 kg/m²", "400", 400, "measure", "kg/m²", "tải trọng thiết kế"),
    F("cho 18 cầu treo", "18", 18, "count", "cầu treo", "cầu treo được sửa chữa, thay cáp, thay mặt cầu",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("phí 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng kinh phí sửa chữa cầu treo",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 2.1e9, "đồng", "năm 2022")),
    F("của 12 huyện", "12", 12, "count", "huyện, thành phố", "huyện, thành phố có cán bộ giao thông được tập huấn",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tối đa 10 người", "10", 10, "count", "người", "người cùng lúc qua cầu", approx="at_most"),
]

emit("p638-7", TEXT, [
    "Sở GTVT Sơn La (department site), no dateline; footer with address, phone, visit counter. One-cell-per-line table with 'Đơn vị tính: cầu'.",
    "Table: columns Tổng số cầu treo | Cầu yếu cần thay thế | Kế hoạch thay thế năm 2025 (-> target, period 2025 scored from the header);",
    "the first two columns take the lead's as-of date 30/6/2024 (inherited, not scored). District rows -> location; no total row.",
    "'trong đó 96 cầu yếu ..., chiếm 23,3%' -> total 412, percent 23.3. 'dự kiến khoảng 345 tỷ' -> forecast, about. 'tối đa 10 người' -> at_most.",
    "Not figures: Công văn 2145/UBND-KT, 'Số 25, đường Tô Hiệu', phone, 'Tổng số lượt truy cập: 1.284.503'.",
], FIGS, published=None, location="Sơn La")
