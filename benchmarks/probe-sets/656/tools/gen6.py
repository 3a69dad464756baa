import sys
from lib import F, P, I, CH, T, emit

TEXT = """Kinh doanh › Hàng hóa

Thứ bảy, 16/11/2024, 08:30 (GMT+7)

Mỗi trang trại tốn tối đa 200 triệu đồng cho chứng nhận GlobalGAP

Nhà vườn trồng sầu riêng muốn có chứng nhận GlobalGAP phải chi 150-200 triệu đồng cho một trang trại quy mô 10 ha. Mức này gấp 4-5 lần chi phí chứng nhận VietGAP.

Theo khảo sát của Hiệp hội Rau quả Việt Nam (Vinafruit), chi phí chứng nhận GlobalGAP gồm phí đánh giá của tổ chức chứng nhận khoảng 60-80 triệu đồng, chi phí phân tích mẫu đất, nước, dư lượng 40-50 triệu đồng, còn lại là chi phí cải tạo nhà kho, khu sơ chế và đào tạo. Chứng nhận chỉ có hiệu lực 12 tháng, hằng năm phải đánh giá lại.

Ông Đặng Phúc Nguyên, Tổng thư ký Vinafruit, cho biết cả nước hiện có khoảng 780 mã số vùng trồng sầu riêng xuất khẩu chính ngạch sang Trung Quốc, nhưng mới chỉ 12% diện tích đạt GlobalGAP. "Sầu riêng có GlobalGAP bán được giá cao hơn 8.000-10.000 đồng/kg, nhiều lô hàng sang châu Âu còn cao hơn", ông nói.

Năm 2023, xuất khẩu sầu riêng đạt 2,2 tỷ USD, tăng gấp 4,1 lần so với năm 2022. 10 tháng năm 2024, kim ngạch ước đạt 2,78 tỷ USD, tăng 57% so với cùng kỳ. Tiền Giang là địa phương có diện tích sầu riêng đạt GlobalGAP lớn nhất với hơn 1.350 ha.

Tại hội thảo ngày 14/11 ở TP HCM, đại diện Bộ Nông nghiệp và Phát triển nông thôn cho biết sẽ hỗ trợ tối đa 50% chi phí chứng nhận cho hợp tác xã theo Nghị định 98/2018/NĐ-CP; dự kiến năm 2025 có thêm 300 hợp tác xã trồng sầu riêng được cấp chứng nhận VietGAP hoặc GlobalGAP.

Hoài Thu
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tốn tối đa 200 triệu", "200", 200000000, "money", "đồng", "chi phí chứng nhận GlobalGAP mỗi trang trại", approx="at_most"),
    F("chi 150-200 triệu", "150", 150000000, "money", "đồng", "chi phí chứng nhận GlobalGAP cho một trang trại sầu riêng",
      value_max=200000000),
    F("quy mô 10 ha", "10", 10, "measure", "ha", "quy mô trang trại", optional=True),
    F("gấp 4-5 lần", "4", 4, "multiple", "lần", "chi phí chứng nhận GlobalGAP so với chi phí chứng nhận VietGAP", value_max=5),
    F("khoảng 60-80 triệu", "60", 60000000, "money", "đồng", "phí đánh giá của tổ chức chứng nhận", value_max=80000000,
      approx="about"),
    F("dư lượng 40-50 triệu", "40", 40000000, "money", "đồng", "chi phí phân tích mẫu đất, nước, dư lượng", value_max=50000000),
    F("hiệu lực 12 tháng", "12", 12, "measure", "tháng", "hiệu lực chứng nhận", optional=True),
    F("khoảng 780 mã số", "780", 780, "count", "mã số vùng trồng", "mã số vùng trồng sầu riêng xuất khẩu chính ngạch sang Trung Quốc",
      approx="about"),
    F("chỉ 12% diện tích", "12", 12, "percent", "%", "diện tích vùng trồng sầu riêng đạt GlobalGAP"),
    F("cao hơn 8.000-10.000", "8.000", 8000, "money", "đồng/kg", "giá sầu riêng có GlobalGAP cao hơn", value_max=10000),
    F("đạt 2,2 tỷ USD", "2,2", 2200000000, "money", "USD", "xuất khẩu sầu riêng", Y23,
      change=CH("increase", 4.1, "lần", "năm 2022")),
    F("ước đạt 2,78 tỷ", "2,78", 2780000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng", M10,
      change=CH("increase", 57, "%", "cùng kỳ"), status="estimate"),
    F("hơn 1.350 ha", "1.350", 1350, "measure", "ha", "diện tích sầu riêng đạt GlobalGAP", approx="over", location="Tiền Giang"),
    F("tối đa 50%", "50", 50, "percent", "%", "hỗ trợ chi phí chứng nhận cho hợp tác xã", approx="at_most"),
    F("thêm 300 hợp tác xã", "300", 300, "count", "hợp tác xã", "hợp tác xã trồng sầu riêng được cấp chứng nhận VietGAP hoặc GlobalGAP",
      Y25, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, invented): costs of GlobalGAP certification for durian farms, growing-area codes, premium, exports, support.",
    "Dateline 'Thứ bảy, 16/11/2024, 08:30 (GMT+7)'. Not figures: GMT+7, 'ngày 14/11', NĐ 98/2018/NĐ-CP, byline.",
    "'quy mô 10 ha' (size of the example farm) and 'hiệu lực 12 tháng' (validity) are optional. 'Mức này gấp 4-5 lần …' stands alone: multiple.",
    "'chi phí … gồm' names the whole without a number in that sentence: the parts 60-80 / 40-50 triệu get no total.",
    "'bán được giá cao hơn 8.000-10.000 đồng/kg' has no base amount: the premium is the money figure. 'tăng gấp 4,1 lần so với năm 2022' = change (lần).",
    "Trung Quốc / châu Âu are markets, not places. Tiền Giang's GlobalGAP durian area is located there. 'sẽ hỗ trợ tối đa 50%' kept actual (no listed cue).",
]

if __name__ == "__main__":
    emit("p656-6", TEXT, COMMENTS, FIGS, published="2024-11-16", location="Việt Nam", show="-v" in sys.argv)
