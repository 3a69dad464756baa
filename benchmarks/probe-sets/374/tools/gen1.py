from lib import F, P, build

text = """Sở Giao thông vận tải Hà Nội
Trang chủ > Tin tức > Vận tải hành khách công cộng
Xe buýt Thủ đô vận chuyển hơn 336 triệu lượt khách trong 9 tháng
Cập nhật: 08:15 ngày 14/10/2024 | Lượt xem: 2.317

(SGTVT) - Theo Trung tâm Quản lý và điều hành giao thông đô thị (Sở GTVT Hà Nội), 9 tháng năm 2024, mạng lưới xe buýt Thủ đô ước vận chuyển hơn 336 triệu lượt hành khách, tăng 7,8% so với cùng kỳ năm 2023, đạt 76,4% kế hoạch năm.
Tính đến ngày 30/9/2024, toàn thành phố có 154 tuyến xe buýt đang hoạt động, trong đó 132 tuyến được trợ giá và 22 tuyến không trợ giá (gồm 6 tuyến kế cận và 16 tuyến xã hội hóa). Tổng số phương tiện tham gia vận hành là 2.065 xe, trong đó có 425 xe sử dụng nhiên liệu sạch (CNG và điện), chiếm 20,6%.
Trong 9 tháng, sản lượng vận hành đạt gần 9,8 triệu chuyến xe. Tỷ lệ chuyến xe thực hiện đúng biểu đồ chạy xe đạt 99,1%. Tuyến 86 kết nối Ga Hà Nội với Sân bay Nội Bài tiếp tục có sản lượng cao nhất, trung bình 5.400 lượt khách/ngày.
Kinh phí trợ giá cho xe buýt 9 tháng ước khoảng 1.285 tỷ đồng, bằng 71,2% dự toán năm 2024 (1.805 tỷ đồng). Bình quân mỗi ngày, xe buýt phục vụ khoảng 1,23 triệu lượt khách; tỷ lệ hành khách sử dụng vé tháng chiếm khoảng 61%, trong đó nhóm đối tượng ưu tiên (học sinh, sinh viên, công nhân khu công nghiệp) chiếm 38%.
Theo kế hoạch, đến hết năm 2024 Hà Nội phấn đấu vận chuyển 450 triệu lượt hành khách bằng xe buýt, đáp ứng 19-20% nhu cầu đi lại của người dân; đến năm 2025 đưa thêm khoảng 350 xe buýt điện vào khai thác theo Quyết định số 4891/QĐ-UBND.
Mọi phản ánh về chất lượng dịch vụ, hành khách liên hệ đường dây nóng 1900.1296 hoặc số 024.3936.3620.
Phương Anh"""

p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
p30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
p30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
SUBJ = "lượt hành khách vận chuyển bằng xe buýt"

figs = [
    F("hơn 336 triệu lượt khách", "336", 336e6, "count", "lượt khách", SUBJ, approx="over",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("hơn 336 triệu lượt hành khách", "336", 336e6, "count", "lượt hành khách", SUBJ, approx="over",
      percent=76.4, change=dict(direction="increase", value=7.8, unit="%", baseline="cùng kỳ năm 2023"),
      status="estimate", period=p9),
    F("có 154 tuyến", "154", 154, "count", "tuyến", "tuyến xe buýt đang hoạt động", period=p30),
    F("132 tuyến được trợ giá", "132", 132, "count", "tuyến", "tuyến xe buýt được trợ giá", total=154, period=p30),
    F("22 tuyến không trợ giá", "22", 22, "count", "tuyến", "tuyến xe buýt không trợ giá", total=154, period=p30),
    F("gồm 6 tuyến kế cận", "6", 6, "count", "tuyến", "tuyến xe buýt kế cận", total=22, period=p30),
    F("16 tuyến xã hội hóa", "16", 16, "count", "tuyến", "tuyến xe buýt xã hội hóa", total=22, period=p30),
    F("là 2.065 xe", "2.065", 2065, "count", "xe", "phương tiện tham gia vận hành", period=p30i),
    F("có 425 xe", "425", 425, "count", "xe", "xe sử dụng nhiên liệu sạch", total=2065, percent=20.6, period=p30i),
    F("gần 9,8 triệu chuyến", "9,8", 9.8e6, "count", "chuyến xe", "sản lượng vận hành", approx="nearly",
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt 99,1%", "99,1", 99.1, "percent", "%", "tỷ lệ chuyến xe thực hiện đúng biểu đồ chạy xe", period=p9i),
    F("5.400 lượt khách/ngày", "5.400", 5400, "measure", "lượt khách/ngày", "sản lượng tuyến 86 trung bình", period=p9i),
    F("khoảng 1.285 tỷ đồng", "1.285", 1285e9, "money", "đồng", "kinh phí trợ giá cho xe buýt", approx="about",
      percent=71.2, target=dict(value=1805e9, unit="đồng"), status="estimate",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 1,23 triệu lượt khách", "1,23", 1.23e6, "count", "lượt khách", "lượt khách xe buýt phục vụ bình quân mỗi ngày",
      approx="about", period=p9i),
    F("chiếm khoảng 61%", "61", 61, "percent", "%", "tỷ lệ hành khách sử dụng vé tháng", approx="about", period=p9i),
    F("chiếm 38%", "38", 38, "percent", "%", "tỷ lệ hành khách sử dụng vé tháng nhóm đối tượng ưu tiên", total=61, period=p9i),
    F("vận chuyển 450 triệu", "450", 450e6, "count", "lượt hành khách", SUBJ, status="target",
      period=P("đến hết năm 2024", None, "2024-12-31")),
    F("19-20%", "19", 19, "percent", "%", "tỷ lệ đáp ứng nhu cầu đi lại của người dân", value_max=20, status="target",
      period=P("đến hết năm 2024", None, "2024-12-31")),
    F("khoảng 350 xe buýt điện", "350", 350, "count", "xe buýt điện", "xe buýt điện đưa thêm vào khai thác",
      approx="about", status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

build("p374-1", text, figs, [
    "Sở GTVT Hà Nội site: xe buýt 9 tháng năm 2024 (lượt khách, tuyến, phương tiện, trợ giá, vé tháng, kế hoạch). 'Cập nhật: 08:15 ngày 14/10/2024 | Lượt xem: 2.317'.",
    "Headline '9 tháng' has no year: published 2024. 'đạt 76,4% kế hoạch năm' is the percent of 336 triệu; '(1.805 tỷ đồng)' dự toán is the target of 1.285 tỷ (attribute only).",
    "'trong đó 132 … và 22 …' parts of 154; '(gồm 6 … và 16 …)' parts of 22; '38%' after 'trong đó' follows 61%: total 61.",
    "Distractors: 'Tuyến 86' (route name), 'Quyết định số 4891/QĐ-UBND', hotlines 1900.1296 / 024.3936.3620, view counter, time 08:15.",
    "Targets: 'Theo kế hoạch … phấn đấu' (status target), 'đến hết năm 2024' and 'đến năm 2025' as target horizons (start null).",
], published="2024-10-14", location="Hà Nội")
