from lib import F, P, I, CH, T, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Xúc tiến thương mại | Văn bản

Xuất khẩu gỗ và sản phẩm gỗ 9 tháng năm 2024 theo thị trường

9 tháng năm 2024, kim ngạch xuất khẩu gỗ và sản phẩm gỗ của Bình Dương đạt 4.215,6 triệu USD, tăng 19,8% so với cùng kỳ, chiếm 17,3% tổng kim ngạch xuất khẩu của tỉnh. Trong đó, đồ gỗ nội thất (bàn, ghế, giường, tủ) đạt 3.688,2 triệu USD. Toàn tỉnh có 1.064 doanh nghiệp ngành gỗ đang hoạt động, trong đó 612 doanh nghiệp có vốn đầu tư nước ngoài.

Tuy nhiên, chi phí logistics tăng cao: cước vận tải container 40 feet đi bờ Tây Hoa Kỳ có thời điểm lên 6.500 USD/container, gấp 2,5 lần đầu năm. Gỗ nguyên liệu nhập khẩu chiếm khoảng 45% nhu cầu của doanh nghiệp, phần còn lại là gỗ rừng trồng trong nước, chủ yếu từ Tây Nguyên và Nam Trung Bộ.

Bảng: Kim ngạch xuất khẩu gỗ và sản phẩm gỗ theo thị trường
Đơn vị tính: triệu USD
Thị trường
Năm 2023
9 tháng năm 2024
Tăng/giảm so với cùng kỳ (%)
Hoa Kỳ
2.870,4
2.398,1
21,5
Nhật Bản
412,7
335,6
8,2
Trung Quốc
305,2
286,3
32,4
EU
254,9
201,7
-4,1
Hàn Quốc
168,3
139,5
11,6

Để hỗ trợ doanh nghiệp tìm đơn hàng, năm 2024 Sở phối hợp với Hiệp hội Chế biến gỗ tỉnh (BIFA) tổ chức Hội chợ đồ gỗ quốc tế lần thứ 3 với 512 gian hàng của 286 doanh nghiệp.

Địa chỉ: Tầng 6, Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP. Thủ Dầu Một
Điện thoại: (0274) 3822.390
Tổng lượt truy cập: 2.485.117
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
KN = "Kim ngạch xuất khẩu gỗ và sản phẩm gỗ sang "


def market(name, cells):
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = cells
    return [
        F(a1, n1, v1 * 1e6, "money", "USD", f"{KN}{name} năm 2023", Y23),
        F(a2, n2, v2 * 1e6, "money", "USD", f"{KN}{name} 9 tháng năm 2024", M9),
        F(a3, n3, v3, "percent", "%", f"Tăng/giảm kim ngạch xuất khẩu gỗ và sản phẩm gỗ sang {name} so với cùng kỳ"),
    ]


FIGS = [
    F("đạt 4.215,6 triệu USD", "4.215,6", 4215.6e6, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", M9,
      percent=17.3, change=CH("increase", 19.8, baseline="cùng kỳ")),
    F("đạt 3.688,2 triệu USD", "3.688,2", 3688.2e6, "money", "USD",
      "kim ngạch xuất khẩu đồ gỗ nội thất (bàn, ghế, giường, tủ)", I(M9), total=4215.6e6),
    F("có 1.064 doanh nghiệp", "1.064", 1064, "count", "doanh nghiệp", "doanh nghiệp ngành gỗ đang hoạt động"),
    F("trong đó 612 doanh nghiệp", "612", 612, "count", "doanh nghiệp",
      "doanh nghiệp ngành gỗ có vốn đầu tư nước ngoài", total=1064),
    F("container 40 feet", "40", 40, "measure", "feet", "container", optional=True),
    F("lên 6.500 USD/container", "6.500", 6500, "money", "USD/container",
      "cước vận tải container 40 feet đi bờ Tây Hoa Kỳ", change=CH("increase", 2.5, "lần", baseline="đầu năm")),
    F("khoảng 45%", "45", 45, "percent", "%", "Gỗ nguyên liệu nhập khẩu trong nhu cầu của doanh nghiệp", approx="about"),
]
FIGS += market("Hoa Kỳ", [("Hoa Kỳ\n2.870,4", "2.870,4", 2870.4), ("\n2.398,1", "2.398,1", 2398.1),
                          ("\n21,5\n", "21,5", 21.5)])
FIGS += market("Nhật Bản", [("\n412,7", "412,7", 412.7), ("\n335,6", "335,6", 335.6), ("\n8,2\n", "8,2", 8.2)])
FIGS += market("Trung Quốc", [("\n305,2", "305,2", 305.2), ("\n286,3", "286,3", 286.3), ("\n32,4\n", "32,4", 32.4)])
FIGS += market("EU", [("\n254,9", "254,9", 254.9), ("\n201,7", "201,7", 201.7), ("\n-4,1\n", "4,1", -4.1)])
FIGS += market("Hàn Quốc", [("\n168,3", "168,3", 168.3), ("\n139,5", "139,5", 139.5), ("\n11,6\n", "11,6", 11.6)])
FIGS += [
    F("với 512 gian hàng", "512", 512, "count", "gian hàng", "gian hàng Hội chợ đồ gỗ quốc tế",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("của 286 doanh nghiệp", "286", 286, "count", "doanh nghiệp", "doanh nghiệp tham gia Hội chợ đồ gỗ quốc tế",
      P("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "p588-7 — Sở Công Thương Bình Dương (department site, menu bar, NO dateline, address/phone/visit counter in the footer): xuất khẩu gỗ",
    "9 tháng 2024, doanh nghiệp, one-cell-per-line table by market with 'Đơn vị tính: triệu USD' (Năm 2023 | 9 tháng năm 2024 | Tăng/giảm (%)).",
    "Table cells: money ×10⁶ USD from the unit line, period from the column header (scored); the growth column is percent by its header",
    "(its own unit overrides the unit line), no period stated → none; '-4,1' is value -4.1. Markets are trade partners: subject, not location.",
    "'container 40 feet' is a container type (optional); 'gấp 2,5 lần đầu năm' after the freight rate is its change (lần).",
    "'Trong đó, đồ gỗ nội thất … 3.688,2' (sentence break after the whole) → total 4.215,6 triệu USD.",
    "Not figures: 'lần thứ 3', '(0274) 3822.390', 'Tầng 6', 'Tổng lượt truy cập: 2.485.117'. No published date.",
]

emit("p588-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Dương")
