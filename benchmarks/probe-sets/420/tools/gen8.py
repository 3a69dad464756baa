from lib import P, F, build

TEXT = """Kon Tum khánh thành nhà máy chế biến bơ, mắc ca công suất 35.000 tấn/năm

(BKT) - Sáng 16/3, tại Khu công nghiệp Hòa Bình (TP Kon Tum), Công ty CP Nông sản Ngọc Linh 2 tổ chức lễ khánh thành Nhà máy chế biến bơ và mắc ca Tây Nguyên.

Nhà máy có tổng vốn đầu tư giai đoạn 1 là 320 tỷ đồng, toàn dự án khoảng 1,2 nghìn tỷ đồng, xây dựng trên diện tích 8,5 ha. Công suất thiết kế 30.000 tấn bơ quả tươi và 5.000 tấn mắc ca hạt tươi mỗi năm, với các sản phẩm chính là dầu bơ, bơ cấp đông, nhân mắc ca rang muối. Dự kiến, khi vận hành ổn định, nhà máy đạt doanh thu 45 triệu USD/năm, tạo việc làm cho khoảng 250 lao động, trong đó hơn 60% là người dân tộc thiểu số.

Doanh nghiệp đã ký hợp đồng liên kết vùng nguyên liệu 3.000 ha với 1.240 hộ dân tại các huyện Đắk Hà, Kon Rẫy, Đắk Tô và Ngọc Hồi; cam kết thu mua bơ với giá không thấp hơn 12.000 đồng/kg, mắc ca không thấp hơn 65.000 đồng/kg.

Theo Sở Nông nghiệp và Phát triển nông thôn, đến nay toàn tỉnh có 2.640 ha bơ, tăng gấp 3 lần so với năm 2020, và 1.160 ha mắc ca; khoảng 70% diện tích được trồng xen trong vườn cà phê. Năm 2023, sản lượng bơ đạt 14.800 tấn, mắc ca 720 tấn hạt tươi.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh đề nghị doanh nghiệp sớm đưa nhà máy vào hoạt động hết công suất trong quý III/2024; đồng thời các địa phương phấn đấu đến năm 2025 mở rộng vùng nguyên liệu lên 5.000 ha.

Được biết, Kon Tum đã ban hành Nghị quyết số 48/2022/NQ-HĐND hỗ trợ 50% chi phí giống cho hộ trồng mắc ca xen cà phê, tối đa 20 triệu đồng/ha. Thông tin liên hệ: đường dây nóng 1900 5588 68 hoặc số 126 Phan Đình Phùng, TP Kon Tum.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("công suất 35.000 tấn/năm", "35.000", 35000, "measure", "tấn/năm", "công suất nhà máy chế biến bơ, mắc ca",
      optional=True),
    F("là 320 tỷ đồng", "320", 320000000000, "money", "đồng", "tổng vốn đầu tư giai đoạn 1 nhà máy"),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "tổng vốn đầu tư toàn dự án", approx="about"),
    F("diện tích 8,5 ha", "8,5", 8.5, "measure", "ha", "diện tích xây dựng nhà máy"),
    F("kế 30.000 tấn", "30.000", 30000, "measure", "tấn", "công suất thiết kế bơ quả tươi"),
    F("và 5.000 tấn", "5.000", 5000, "measure", "tấn", "công suất thiết kế mắc ca hạt tươi"),
    F("doanh thu 45 triệu USD/năm", "45", 45000000, "money", "USD/năm", "doanh thu nhà máy", status="forecast"),
    F("khoảng 250 lao động", "250", 250, "count", "lao động", "lao động có việc làm tại nhà máy", approx="about",
      status="forecast"),
    F("hơn 60% là", "60", 60, "percent", "%", "lao động là người dân tộc thiểu số", approx="over", status="forecast"),
    F("nguyên liệu 3.000 ha", "3.000", 3000, "measure", "ha", "vùng nguyên liệu liên kết"),
    F("với 1.240 hộ", "1.240", 1240, "count", "hộ", "hộ dân liên kết vùng nguyên liệu"),
    F("không thấp hơn 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá thu mua bơ cam kết",
      approx="at_least"),
    F("không thấp hơn 65.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá thu mua mắc ca cam kết",
      approx="at_least"),
    F("có 2.640 ha", "2.640", 2640, "measure", "ha", "diện tích bơ",
      change={"direction": "increase", "value": 3, "unit": "lần", "baseline": "năm 2020"}),
    F("và 1.160 ha mắc ca", "1.160", 1160, "measure", "ha", "diện tích mắc ca",
      ),
    F("khoảng 70% diện tích", "70", 70, "percent", "%", "diện tích bơ, mắc ca trồng xen trong vườn cà phê",
      approx="about"),
    F("đạt 14.800 tấn", "14.800", 14800, "measure", "tấn", "sản lượng bơ", Y23),
    F("mắc ca 720 tấn", "720", 720, "measure", "tấn", "sản lượng mắc ca hạt tươi", Y23),
    F("lên 5.000 ha", "5.000", 5000, "measure", "ha", "vùng nguyên liệu", Y25, status="target"),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "hỗ trợ chi phí giống cho hộ trồng mắc ca xen cà phê"),
    F("tối đa 20 triệu đồng/ha", "20", 20000000, "money", "đồng/ha", "mức hỗ trợ tối đa chi phí giống",
      approx="at_most"),
]

COMMENTS = """
Báo Kon Tum (tag '(BKT)' implies Kon Tum): opening of an avocado/macadamia processing plant — investment, capacity, jobs, raw-material links, province area.
No dateline and no date of the article anywhere ('Sáng 16/3' has no year): no published; 'quý III/2024' and 'Năm 2023' carry their own years.
Location Kon Tum for every figure (the district list of the raw-material area does not split the single figure 3.000 ha).
Headline '35.000 tấn/năm' is the sum of the two capacities in the body (optional). '1,2 nghìn tỷ đồng' = 1.2·10¹².
'Dự kiến, khi vận hành ổn định, … doanh thu …, tạo việc làm cho khoảng 250 lao động, trong đó hơn 60% …' → forecast for the clause and its continuations.
'2.640 ha bơ, tăng gấp 3 lần so với năm 2020' → change 3 lần of 2.640 ha (not a multiple figure); 1.160 ha has none.
'đến nay' without a date to end on: no period.
'không thấp hơn' → at_least; 'tối đa' → at_most. 'hỗ trợ 50% chi phí giống' is a policy rate (percent figure).
Distractors: Khu công nghiệp Hòa Bình, Ngọc Linh 2 (company name), 'Sáng 16/3', Nghị quyết số 48/2022/NQ-HĐND, hotline 1900 5588 68, số 126 Phan Đình Phùng.
"""

build(8, COMMENTS, TEXT, FIGS, published=None, location="Kon Tum")
