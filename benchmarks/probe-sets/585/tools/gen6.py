"""p585-6: national press (VnExpress style), remittances 2023, incomes and fees."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import P, I, CH, F, emit

TEXT = """Kinh doanh > Vĩ mô
Thứ năm, 14/3/2024, 06:30 (GMT+7)

Kiều hối về Việt Nam năm 2023 đạt gần 16 tỷ USD

Việt Nam nhận khoảng 16 tỷ USD kiều hối năm 2023, xếp thứ 3 châu Á và thứ 8 thế giới, theo Ngân hàng Thế giới (WB).

Theo Ngân hàng Nhà nước chi nhánh khu vực 2, lượng kiều hối chuyển về TP HCM năm 2023 đạt 9,46 tỷ USD, tăng 4,6% so với năm trước, chiếm khoảng 59% tổng kiều hối cả nước. Trong đó, kiều hối từ châu Á chiếm 48,6%, châu Mỹ 38,9%, châu Âu 9,2%.

Riêng nguồn tiền do người lao động ở nước ngoài gửi về cả nước ước khoảng 3,8 tỷ USD, tăng khoảng 15% so với năm 2022. Hiện khoảng 650.000 lao động Việt Nam làm việc tại hơn 40 quốc gia và vùng lãnh thổ. Thu nhập bình quân của một lao động tại Nhật Bản khoảng 28-32 triệu đồng/tháng, tại Hàn Quốc từ 35-40 triệu đồng/tháng. Mức thu nhập này gấp 4-5 lần làm việc trong nước.

Tuy nhiên, chi phí đi làm việc ở nước ngoài vẫn cao. Một lao động đi Nhật Bản theo diện thực tập sinh kỹ năng thường phải chi từ 150 đến 200 triệu đồng, trong khi theo Thông tư 21/2021/TT-BLĐTBXH, tiền dịch vụ không quá một tháng lương cho mỗi 12 tháng làm việc.

Năm 2023 có 1.125 lao động tự ý bỏ hợp đồng ở Hàn Quốc, giảm 31% so với năm 2022; tỷ lệ cư trú bất hợp pháp của lao động Việt Nam tại Hàn Quốc hiện còn khoảng 20%.

Quỳnh Trang

Chia sẻ | 36 bình luận
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
HCM = "Thành phố Hồ Chí Minh"
FIGS = [
    F("gần 16 tỷ USD", "16", 16000000000, "money", "USD", "kiều hối về Việt Nam", Y23, approx="nearly"),
    F("khoảng 16 tỷ USD", "16", 16000000000, "money", "USD", "kiều hối Việt Nam nhận", Y23, approx="about"),
    F("thứ 3 châu Á", "3", 3, "rank", "hạng", "kiều hối Việt Nam nhận xếp hạng châu Á", Y23),
    F("thứ 8 thế giới", "8", 8, "rank", "hạng", "kiều hối Việt Nam nhận xếp hạng thế giới", Y23),
    F("đạt 9,46 tỷ USD", "9,46", 9460000000, "money", "USD", "lượng kiều hối chuyển về TP HCM", Y23,
      percent=59, change=CH("increase", 4.6, baseline="năm trước"), location=HCM),
    F("châu Á chiếm 48,6%", "48,6", 48.6, "percent", "%", "kiều hối từ châu Á", I(Y23), location=HCM),
    F("châu Mỹ 38,9%", "38,9", 38.9, "percent", "%", "kiều hối từ châu Mỹ", I(Y23), location=HCM),
    F("châu Âu 9,2%", "9,2", 9.2, "percent", "%", "kiều hối từ châu Âu", I(Y23), location=HCM),
    F("khoảng 3,8 tỷ USD", "3,8", 3800000000, "money", "USD", "nguồn tiền do người lao động ở nước ngoài gửi về cả nước", I(Y23),
      approx="about", status="estimate", change=CH("increase", 15, baseline="năm 2022", approx="about")),
    F("khoảng 650.000 lao động", "650.000", 650000, "count", "lao động", "lao động Việt Nam làm việc ở nước ngoài", approx="about"),
    F("hơn 40 quốc gia", "40", 40, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có lao động Việt Nam làm việc",
      approx="over"),
    F("khoảng 28-32 triệu", "28", 28000000, "money", "đồng/tháng", "thu nhập bình quân của một lao động tại Nhật Bản",
      value_max=32000000, approx="about"),
    F("Hàn Quốc từ 35-40 triệu", "35", 35000000, "money", "đồng/tháng", "thu nhập bình quân của một lao động tại Hàn Quốc",
      value_max=40000000),
    F("gấp 4-5 lần", "4", 4, "multiple", "lần", "thu nhập của lao động ở nước ngoài so với làm việc trong nước", value_max=5),
    F("từ 150 đến 200 triệu đồng", "150", 150000000, "money", "đồng",
      "chi phí một lao động đi Nhật Bản theo diện thực tập sinh kỹ năng", value_max=200000000),
    F("không quá một tháng lương", "một", 1, "measure", "tháng lương", "tiền dịch vụ tối đa cho mỗi 12 tháng làm việc",
      approx="at_most", optional=True),
    F("có 1.125 lao động", "1.125", 1125, "count", "lao động", "lao động tự ý bỏ hợp đồng ở Hàn Quốc",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 31, baseline="năm 2022")),
    F("khoảng 20%", "20", 20, "percent", "%", "tỷ lệ cư trú bất hợp pháp của lao động Việt Nam tại Hàn Quốc", approx="about"),
]

COMMENTS = [
    "National press (VnExpress style; 'Thứ năm, 14/3/2024, 06:30 (GMT+7)', byline, comment count): remittances 2023, incomes, fees.",
    "National figures are Việt Nam; the TP HCM paragraph is the city's (location Thành phố Hồ Chí Minh), its 'Trong đó' regional shares too.",
    "Regional shares (châu Á/Mỹ/Âu) are percent figures of their own, no total (the parts are shares, not amounts).",
    "'gấp 4-5 lần' stands alone in its own sentence: a multiple with a range. 'không quá một tháng lương cho mỗi 12 tháng' is a legal cap:",
    "optional; '12 tháng' is a rate denominator, not a figure. Headline 'gần 16 tỷ' and lead 'khoảng 16 tỷ' are two mentions.",
    "Distractors: (GMT+7), 'chi nhánh khu vực 2', Thông tư 21/2021/TT-BLĐTBXH, '36 bình luận'.",
    "revised after the first run: subjects of the regional shares no longer start with an invented 'tỷ trọng' (sentence: 'kiều hối từ châu Á chiếm 48,6%').",
]

if __name__ == "__main__":
    emit("p585-6", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
