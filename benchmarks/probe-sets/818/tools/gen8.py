"""p818-8: Báo Bắc Giang điện tử (BGĐT), Q1/2025 inspections of beauty establishments; headline figure."""
from lib import F, build, change, period

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Xã hội | Y tế
Thứ Sáu, 18/04/2025 - 07:40

Quý I, phát hiện 38 cơ sở làm đẹp vi phạm

(BGĐT) - Quý I/2025, Đoàn kiểm tra liên ngành của tỉnh đã kiểm tra 112 cơ sở kinh doanh mỹ phẩm, spa, thẩm mỹ, phát hiện 38 cơ sở vi phạm, tăng 5 cơ sở so với cùng kỳ năm 2024.

Các cơ sở vi phạm tập trung ở TP Bắc Giang, thị xã Việt Yên, các huyện Lạng Giang và Hiệp Hòa, với số cơ sở vi phạm lần lượt là 17, 8, 6 và 4 cơ sở. Đoàn đã xử phạt 31 cơ sở, số tiền 318 triệu đồng, đạt 42% chỉ tiêu thu phạt cả năm; buộc tiêu hủy 2.315 sản phẩm mỹ phẩm hết hạn sử dụng, không có nhãn phụ tiếng Việt.

Đáng chú ý, qua kiểm tra đột xuất một cơ sở thẩm mỹ tại tổ dân phố số 3, phường Trần Phú, TP Bắc Giang, đoàn phát hiện cơ sở sử dụng 4 người hành nghề chưa có chứng chỉ, thực hiện tiêm filler cho khoảng 150 khách hàng/tháng. Cơ sở bị phạt 70 triệu đồng, đình chỉ hoạt động 3 tháng.

Theo Sở Y tế, toàn tỉnh hiện có 426 cơ sở kinh doanh mỹ phẩm và 297 cơ sở dịch vụ làm đẹp, trong đó chỉ 23 cơ sở được cấp phép hoạt động chuyên khoa thẩm mỹ. Năm 2025, ngành Y tế phấn đấu 100% cơ sở dịch vụ thẩm mỹ có can thiệp được kiểm tra ít nhất 1 lần; dự kiến trong quý II sẽ kiểm tra khoảng 90 cơ sở, tập trung vào các cơ sở quảng cáo trên mạng xã hội.

Minh Hương
"""

PQ1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
PQ1i = period("Quý I/2025", "2025-01-01", "2025-03-31", inherited=True)
PQ2 = period("quý II", "2025-04-01", "2025-06-30")

FIGS = [
    F("phát hiện 38 cơ sở làm đẹp", "38", 38, "count", "cơ sở", subject="cơ sở làm đẹp vi phạm",
      period=period("Quý I", "2025-01-01", "2025-03-31")),
    F("kiểm tra 112 cơ sở", "112", 112, "count", "cơ sở",
      subject="cơ sở kinh doanh mỹ phẩm, spa, thẩm mỹ được kiểm tra", period=PQ1),
    F("phát hiện 38 cơ sở vi phạm", "38", 38, "count", "cơ sở",
      change=change("increase", 5, "cơ sở", baseline="cùng kỳ năm 2024"), subject="cơ sở vi phạm", period=PQ1),
    F("lần lượt là 17,", "17", 17, "count", "cơ sở", subject="cơ sở vi phạm", location="TP Bắc Giang", period=PQ1i),
    F("17, 8, 6", "8", 8, "count", "cơ sở", subject="cơ sở vi phạm", location="Việt Yên", period=PQ1i),
    F(", 6 và 4", "6", 6, "count", "cơ sở", subject="cơ sở vi phạm", location="Lạng Giang", period=PQ1i),
    F("6 và 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở vi phạm", location="Hiệp Hòa", period=PQ1i),
    F("xử phạt 31 cơ sở", "31", 31, "count", "cơ sở", subject="cơ sở bị xử phạt", period=PQ1i),
    F("số tiền 318 triệu đồng", "318", 318e6, "money", "đồng", percent=42,
      subject="số tiền xử phạt", period=PQ1i),
    F("tiêu hủy 2.315 sản phẩm", "2.315", 2315, "count", "sản phẩm",
      subject="sản phẩm mỹ phẩm buộc tiêu hủy", period=PQ1i),
    F("sử dụng 4 người", "4", 4, "count", "người", subject="người hành nghề chưa có chứng chỉ", period=PQ1i),
    F("khoảng 150 khách hàng/tháng", "150", 150, "measure", "khách hàng/tháng", approx="about",
      subject="khách hàng được tiêm filler mỗi tháng", period=PQ1i),
    F("phạt 70 triệu đồng", "70", 70e6, "money", "đồng", subject="tiền phạt cơ sở thẩm mỹ", period=PQ1i),
    F("hoạt động 3 tháng", "3", 3, "measure", "tháng", subject="thời gian đình chỉ hoạt động", period=PQ1i),
    F("có 426 cơ sở", "426", 426, "count", "cơ sở", subject="cơ sở kinh doanh mỹ phẩm"),
    F("và 297 cơ sở", "297", 297, "count", "cơ sở", subject="cơ sở dịch vụ làm đẹp"),
    F("chỉ 23 cơ sở", "23", 23, "count", "cơ sở", total=297,
      subject="cơ sở được cấp phép hoạt động chuyên khoa thẩm mỹ"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở dịch vụ thẩm mỹ có can thiệp được kiểm tra",
      period=period("Năm 2025", "2025-01-01", "2025-12-31")),
    F("ít nhất 1 lần", "1", 1, "count", "lần", approx="at_least", status="target", optional=True),
    F("khoảng 90 cơ sở", "90", 90, "count", "cơ sở", approx="about", status="forecast",
      subject="cơ sở sẽ kiểm tra", period=PQ2),
]

COMMENTS = [
    "Báo Bắc Giang điện tử, tag '(BGĐT) -', headline with a figure, dateline 'Thứ Sáu, 18/04/2025 - 07:40': Q1/2025 inspections (invented).",
    "Not figures: 'tổ dân phố số 3', 'Thứ Sáu', '07:40', 'cùng kỳ năm 2024' (baseline). Headline 'Quý I' takes 2025 (dateline).",
    "Headline 38 and body 38 are both recorded. 'tăng 5 cơ sở so với cùng kỳ năm 2024' is the change of the body 38.",
    "'lần lượt là 17, 8, 6 và 4 cơ sở' shares the indicator 'cơ sở vi phạm'; each item's place is its location; no total (35 ≠ 38, 'tập trung').",
    "'đạt 42% chỉ tiêu thu phạt cả năm' is the 318 triệu's percent (no plan amount is stated, so no target).",
    "'trong đó chỉ 23 cơ sở được cấp phép hoạt động chuyên khoa thẩm mỹ' follows '297 cơ sở dịch vụ làm đẹp': total 297.",
    "'hiện có' figures take no period. 'ít nhất 1 lần' is the frequency rule inside the 100% target: optional.",
    "'dự kiến trong quý II' -> forecast, period Q2/2025 (year of the nearest earlier period, Năm 2025).",
]

if __name__ == "__main__":
    build("p818-8", TEXT, FIGS, COMMENTS, published="2025-04-18", location="Bắc Giang")
