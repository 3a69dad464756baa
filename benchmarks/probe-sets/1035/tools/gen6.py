"""p1035-6: national newspaper (VnExpress style), TP HCM VAT refunds 7 months 2023."""
from lib import F, P, I, CH, T, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ tư, 16/8/2023, 14:30 (GMT+7)

TP HCM: 7 tháng hoàn thuế giá trị gia tăng gần 14.000 tỷ đồng

Số tiền hoàn thuế của Cục Thuế TP HCM giảm so với cùng kỳ, trong khi nhiều doanh nghiệp xuất khẩu phản ánh hồ sơ bị kéo dài.

Theo Cục Thuế TP HCM, 7 tháng đầu năm, cơ quan thuế đã hoàn thuế giá trị gia tăng (GTGT) với số tiền 13.860 tỷ đồng, giảm 12,4% so với cùng kỳ năm ngoái. Riêng tháng 7 hoàn 2.150 tỷ đồng, gấp 1,6 lần tháng 6.

Trong số 1.352 hồ sơ tiếp nhận từ đầu năm, 1.064 hồ sơ đã được hoàn, 97 hồ sơ không đủ điều kiện, 191 hồ sơ đang xác minh. Nguyên nhân chủ yếu là doanh nghiệp mua hàng qua nhiều tầng nấc trung gian; riêng 6 tháng đầu năm, cơ quan thuế đã xác minh hơn 5.600 hóa đơn của 412 doanh nghiệp có dấu hiệu rủi ro.

Tuy nhiên, Hiệp hội Doanh nghiệp TP HCM (HUBA) cho biết đến cuối tháng 7, khoảng 240 doanh nghiệp hội viên vẫn còn hồ sơ hoàn thuế tồn đọng với số tiền trên 3.500 tỷ đồng; có hồ sơ kéo dài 6-8 tháng.

Ông Nguyễn Văn Tám, giám đốc một công ty chế biến gỗ xuất khẩu, cho biết doanh nghiệp có 28 tỷ đồng tiền thuế GTGT chờ hoàn, tương đương khoảng 15% vốn lưu động. "Chúng tôi phải vay ngân hàng với lãi suất 9%/năm để trả lương cho 600 công nhân", ông nói.

Đại diện Cục Thuế TP HCM cho biết sẽ rà soát theo Điều 77 Luật Quản lý thuế, đặt mục tiêu đến cuối năm giảm số hồ sơ tồn xuống dưới 50 hồ sơ.

Thi Hà
"""

B = 1e9
M7 = P("7 tháng đầu năm", "2023-01-01", "2023-07-31")
YTD = P("từ đầu năm", "2023-01-01", "2023-08-16")
H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
EJUL = P("đến cuối tháng 7", None, "2023-07-31")
FIGS = [
    F("giá trị gia tăng gần 14.000 tỷ đồng", "14.000", 14000 * B, "money", "đồng", approx="nearly",
      subject="số tiền hoàn thuế giá trị gia tăng", period=P("7 tháng", "2023-01-01", "2023-07-31")),
    F("số tiền 13.860 tỷ đồng", "13.860", 13860 * B, "money", "đồng",
      change=CH("decrease", 12.4, "%", "cùng kỳ năm ngoái"),
      subject="số tiền hoàn thuế GTGT", period=M7),
    F("hoàn 2.150 tỷ đồng", "2.150", 2150 * B, "money", "đồng",
      change=CH("increase", 1.6, "lần", "tháng 6"),
      subject="số tiền hoàn thuế GTGT", period=P("tháng 7", "2023-07-01", "2023-07-31")),
    F("Trong số 1.352 hồ sơ", "1.352", 1352, "count", "hồ sơ",
      subject="hồ sơ hoàn thuế tiếp nhận", period=YTD),
    F("1.064 hồ sơ", "1.064", 1064, "count", "hồ sơ", total=1352,
      subject="hồ sơ đã được hoàn", period=YTD),
    F("97 hồ sơ", "97", 97, "count", "hồ sơ", total=1352,
      subject="hồ sơ không đủ điều kiện hoàn", period=YTD),
    F("191 hồ sơ", "191", 191, "count", "hồ sơ", total=1352,
      subject="hồ sơ đang xác minh", period=YTD),
    F("hơn 5.600 hóa đơn", "5.600", 5600, "count", "hóa đơn", approx="over",
      subject="hóa đơn được cơ quan thuế xác minh", period=H1),
    F("của 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp",
      subject="doanh nghiệp có dấu hiệu rủi ro", period=H1),
    F("khoảng 240 doanh nghiệp", "240", 240, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp hội viên HUBA còn hồ sơ hoàn thuế tồn đọng", period=EJUL),
    F("trên 3.500 tỷ đồng", "3.500", 3500 * B, "money", "đồng", approx="over",
      subject="số tiền hoàn thuế tồn đọng của doanh nghiệp hội viên", period=EJUL),
    F("kéo dài 6-8 tháng", "6", 6, "measure", "tháng", value_max=8,
      subject="thời gian hồ sơ hoàn thuế bị kéo dài", period=EJUL),
    F("có 28 tỷ đồng", "28", 28 * B, "money", "đồng", percent=15,
      subject="tiền thuế GTGT chờ hoàn của công ty chế biến gỗ"),
    F("lãi suất 9%/năm", "9", 9, "percent", "%",
      subject="lãi suất vay ngân hàng"),
    F("cho 600 công nhân", "600", 600, "count", "công nhân",
      subject="công nhân của công ty chế biến gỗ"),
    F("dưới 50 hồ sơ", "50", 50, "count", "hồ sơ", approx="under", status="target",
      subject="hồ sơ hoàn thuế tồn", period=P("đến cuối năm", None, "2023-12-31")),
]

COMMENTS = [
    "VnExpress-style national newspaper: Cục Thuế TP HCM, hoàn thuế GTGT 7 tháng 2023; HUBA complaints. Invented (probe 1035).",
    "'Thứ tư, 16/8/2023, 14:30 (GMT+7)' is the dateline; year-less periods take 2023 from it. Not figures: 14:30, 'Điều 77',",
    "the name 'Nguyễn Văn Tám', the byline. 'gấp 1,6 lần tháng 6' after an amount is that amount's change (lần).",
    "'Trong số 1.352 hồ sơ ...' gives total 1352 to the three parts (they add up). 'từ đầu năm' (received so far) ends at the dateline.",
    "The quoted company's figures have no period phrase: no period. '6-8 tháng' (how long files wait) is a measure range, as of end of July.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, COMMENTS, published="2023-08-16", location="TP Hồ Chí Minh")
