"""p492-5: Báo Cà Mau (Party newspaper) — shrimp processing and exports 2023, markets, prices, 2024/2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Báo Cà Mau > Kinh tế

Xuất khẩu tôm năm 2023 đạt hơn 1 tỷ USD

(CMO) Năm 2023, dù gặp nhiều khó khăn về thị trường, kim ngạch xuất khẩu thủy sản của tỉnh Cà Mau ước đạt 1,12 tỷ USD, giảm 14,5% so với năm 2022, đạt 86,2% kế hoạch; trong đó kim ngạch tôm đạt hơn 1 tỷ USD, chiếm khoảng 93%.

Toàn tỉnh hiện có 38 nhà máy chế biến thủy sản xuất khẩu với tổng công suất thiết kế 285.000 tấn/năm; sản lượng chế biến năm 2023 đạt 152.760 tấn, bằng 53,6% công suất. Các doanh nghiệp giải quyết việc làm cho gần 21.000 lao động, thu nhập bình quân từ 7 đến 9 triệu đồng/người/tháng.

Về thị trường, Mỹ, Nhật Bản, EU và Trung Quốc lần lượt chiếm 32%, 21%, 17% và 12% tổng kim ngạch. Giá tôm thẻ nguyên liệu cỡ 100 con/kg hiện dao động từ 88.000 đến 92.000 đồng/kg, thấp hơn 10-15% so với đầu năm.

Lãnh đạo Sở Công Thương cho biết, tỉnh đã hỗ trợ doanh nghiệp tham gia 5 hội chợ quốc tế và chỉ đạo xử lý dứt điểm tình trạng bơm tạp chất vào tôm nguyên liệu. Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu thủy sản đạt 1,3 tỷ USD; đến năm 2025 có ít nhất 50% diện tích nuôi tôm công nghiệp được chứng nhận ASC hoặc BAP.

Công nhân chế biến tôm xuất khẩu tại một nhà máy ở Khu công nghiệp Phường 8, TP Cà Mau. Ảnh: H.V

HOÀNG VŨ
10/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("năm 2023 đạt hơn 1 tỷ USD", "1", 1e9, "money", "USD", "kim ngạch xuất khẩu tôm",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("ước đạt 1,12 tỷ USD", "1,12", 1.12e9, "money", "USD", "kim ngạch xuất khẩu thủy sản", Y23,
      status="estimate", percent=86.2, change=CH("decrease", 14.5, baseline="năm 2022")),
    F("tôm đạt hơn 1 tỷ USD", "1", 1e9, "money", "USD", "kim ngạch tôm", Y23,
      approx="over", total=1.12e9, percent=93, status="estimate"),
    F("có 38 nhà máy", "38", 38, "count", "nhà máy", "nhà máy chế biến thủy sản xuất khẩu"),
    F("285.000 tấn/năm", "285.000", 285000, "measure", "tấn/năm",
      "tổng công suất thiết kế của các nhà máy chế biến thủy sản xuất khẩu"),
    F("đạt 152.760 tấn", "152.760", 152760, "measure", "tấn", "sản lượng chế biến",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=53.6),
    F("gần 21.000 lao động", "21.000", 21000, "count", "lao động", "lao động được giải quyết việc làm",
      approx="nearly"),
    F("từ 7 đến 9 triệu đồng", "7", 7e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      value_max=9e6),
    F("chiếm 32%", "32", 32, "percent", "%", "tỷ trọng thị trường Mỹ trong tổng kim ngạch xuất khẩu thủy sản"),
    F("32%, 21%", "21", 21, "percent", "%", "tỷ trọng thị trường Nhật Bản trong tổng kim ngạch xuất khẩu thủy sản"),
    F("21%, 17%", "17", 17, "percent", "%", "tỷ trọng thị trường EU trong tổng kim ngạch xuất khẩu thủy sản"),
    F("và 12% tổng", "12", 12, "percent", "%", "tỷ trọng thị trường Trung Quốc trong tổng kim ngạch xuất khẩu thủy sản"),
    F("cỡ 100 con/kg", "100", 100, "measure", "con/kg", optional=True),
    F("từ 88.000 đến 92.000 đồng/kg", "88.000", 88000, "money", "đồng/kg", "giá tôm thẻ nguyên liệu cỡ 100 con/kg",
      value_max=92000, change=CH("decrease", 10, baseline="đầu năm")),
    F("tham gia 5 hội chợ", "5", 5, "count", "hội chợ quốc tế", "hội chợ quốc tế doanh nghiệp được hỗ trợ tham gia"),
    F("đạt 1,3 tỷ USD", "1,3", 1.3e9, "money", "USD", "kim ngạch xuất khẩu thủy sản",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "diện tích nuôi tôm công nghiệp được chứng nhận ASC hoặc BAP",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Cà Mau (Party newspaper), byline 'HOÀNG VŨ' and bare date '10/01/2024' at the end: shrimp processing and exports 2023.",
    "Headline 'hơn 1 tỷ USD' is a figure of its own (period năm 2023, actual). 'trong đó kim ngạch tôm đạt hơn 1 tỷ USD, chiếm khoảng 93%' is a",
    "part of 1,12 tỷ USD (total), 93 its percent; 'ước' continues into the 'trong đó' clause. 'lần lượt chiếm 32%, 21%, 17% và 12%' gives four",
    "percent figures; markets are trade partners, kept in the subject. 'thấp hơn 10-15% so với đầu năm' is the price's change (value 10).",
    "Size grade 'cỡ 100 con/kg' is optional. Distractors: '(CMO)', 'Khu công nghiệp Phường 8', the bare date line.",
    "revised: subject of 285.000 tấn/năm now names its owner (the 38 plants), as the sentence does and as p492-2/p492-8 do for công suất.",
]

if __name__ == "__main__":
    emit("p492-5", TEXT, COMMENTS, FIGS, published="2024-01-10", location="Cà Mau")
