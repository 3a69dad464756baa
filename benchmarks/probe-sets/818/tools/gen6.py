"""p818-6: national newspaper (VnExpress style), TP HCM fines on beauty clinics in 2024."""
from lib import F, build, change, period

TEXT = """Sức khỏe > Làm đẹp
Thứ năm, 16/1/2025, 14:30 (GMT+7)

TP HCM phạt hơn 5 tỷ đồng cơ sở thẩm mỹ "chui" trong năm 2024

Năm 2024, Thanh tra Sở Y tế TP HCM kiểm tra 642 cơ sở dịch vụ thẩm mỹ, xử phạt 187 cơ sở với tổng số tiền 5,37 tỷ đồng. Số tiền phạt gấp 2,3 lần năm 2023.

Theo Sở Y tế, trong số cơ sở bị xử phạt có 52 phòng khám chuyên khoa thẩm mỹ, 96 cơ sở spa, thẩm mỹ viện và 39 cơ sở xăm, phun, thêu trên da. Hành vi phổ biến nhất là khám bệnh, chữa bệnh không có giấy phép hoạt động, chiếm gần 60% số vụ vi phạm.

Đoàn kiểm tra cũng đình chỉ hoạt động 34 cơ sở, tước chứng chỉ hành nghề của 11 người, tạm giữ hơn 12.000 sản phẩm mỹ phẩm, thuốc tiêm không rõ nguồn gốc. Riêng quận 1, quận 3 và quận 10 chiếm 46% số cơ sở bị xử phạt.

Ông Phạm Minh Tư, Phó chánh Thanh tra Sở Y tế, cho biết thành phố hiện có khoảng 3.500 cơ sở spa, thẩm mỹ, nhưng chỉ 214 cơ sở được cấp phép thực hiện kỹ thuật thẩm mỹ có can thiệp. Trong năm, ngành y tế ghi nhận 17 ca tai biến nặng liên quan đến làm đẹp, trong đó 2 ca tử vong.

Năm 2025, Sở Y tế đặt mục tiêu kiểm tra tối thiểu 800 cơ sở, tăng khoảng 25% so với năm 2024; dự kiến đưa vào vận hành phần mềm tra cứu cơ sở thẩm mỹ được cấp phép từ quý II/2025. Người dân có thể phản ánh qua đường dây nóng 1900 9095 hoặc ứng dụng "Sức khỏe TP HCM".

Lê Phương
"""

P24 = period("Năm 2024", "2024-01-01", "2024-12-31")
PTN = period("Trong năm", "2024-01-01", "2024-12-31")
P24i = period("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)

FIGS = [
    F("phạt hơn 5 tỷ đồng", "5", 5e9, "money", "đồng", approx="over",
      subject="tiền phạt cơ sở thẩm mỹ \"chui\"", period=period("năm 2024", "2024-01-01", "2024-12-31")),
    F("kiểm tra 642 cơ sở", "642", 642, "count", "cơ sở",
      subject="cơ sở dịch vụ thẩm mỹ được kiểm tra", period=P24),
    F("xử phạt 187 cơ sở", "187", 187, "count", "cơ sở", subject="cơ sở bị xử phạt", period=P24),
    F("số tiền 5,37 tỷ đồng", "5,37", 5.37e9, "money", "đồng", subject="tổng số tiền xử phạt", period=P24),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", subject="số tiền phạt so với năm 2023", period=P24i),
    F("có 52 phòng khám", "52", 52, "count", "phòng khám", total=187,
      subject="phòng khám chuyên khoa thẩm mỹ bị xử phạt", period=P24i),
    F("96 cơ sở spa", "96", 96, "count", "cơ sở", total=187,
      subject="cơ sở spa, thẩm mỹ viện bị xử phạt", period=P24i),
    F("39 cơ sở xăm", "39", 39, "count", "cơ sở", total=187,
      subject="cơ sở xăm, phun, thêu trên da bị xử phạt", period=P24i),
    F("gần 60% số vụ", "60", 60, "percent", "%", approx="nearly",
      subject="khám bệnh, chữa bệnh không có giấy phép hoạt động trong số vụ vi phạm", period=P24i),
    F("hoạt động 34 cơ sở", "34", 34, "count", "cơ sở", subject="cơ sở bị đình chỉ hoạt động", period=P24i),
    F("của 11 người", "11", 11, "count", "người", subject="người bị tước chứng chỉ hành nghề", period=P24i),
    F("hơn 12.000 sản phẩm", "12.000", 12000, "count", "sản phẩm", approx="over",
      subject="sản phẩm mỹ phẩm, thuốc tiêm không rõ nguồn gốc bị tạm giữ", period=P24i),
    F("chiếm 46%", "46", 46, "percent", "%",
      subject="quận 1, quận 3 và quận 10 trong số cơ sở bị xử phạt", period=P24i),
    F("khoảng 3.500 cơ sở", "3.500", 3500, "count", "cơ sở", approx="about", subject="cơ sở spa, thẩm mỹ"),
    F("chỉ 214 cơ sở", "214", 214, "count", "cơ sở",
      subject="cơ sở được cấp phép thực hiện kỹ thuật thẩm mỹ có can thiệp"),
    F("ghi nhận 17 ca", "17", 17, "count", "ca", subject="ca tai biến nặng liên quan đến làm đẹp", period=PTN),
    F("trong đó 2 ca", "2", 2, "count", "ca", total=17, subject="ca tử vong", period=PTN),
    F("tối thiểu 800 cơ sở", "800", 800, "count", "cơ sở", approx="at_least", status="target",
      change=change("increase", 25, baseline="năm 2024", approx="about"),
      subject="cơ sở kiểm tra", period=period("Năm 2025", "2025-01-01", "2025-12-31")),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Thứ năm, 16/1/2025, 14:30 (GMT+7)'): TP HCM xử phạt cơ sở thẩm mỹ năm 2024 (invented).",
    "Not figures: 'quận 1, quận 3 và quận 10' (district names), 'quý II/2025', hotline '1900 9095', '14:30', 'năm 2023' as a baseline.",
    "'Số tiền phạt gấp 2,3 lần năm 2023.' stands alone as the claim: a multiple figure.",
    "'trong số cơ sở bị xử phạt có 52 …, 96 … và 39 …' names the 187 as the whole (52+96+39 = 187): total 187.",
    "'chiếm 46% số cơ sở bị xử phạt' is a share without a count: a percent figure; location kept at the city (three districts together).",
    "'Trong năm' (the report's year 2024) stands in the sentence of 17 ca / 2 ca: scored period. 'hiện có' figures take no period. 'tăng khoảng 25% so với năm 2024' is the change of the 800 target (approx of the change about).",
]

if __name__ == "__main__":
    build("p818-6", TEXT, FIGS, COMMENTS, published="2025-01-16", location="TP Hồ Chí Minh")
