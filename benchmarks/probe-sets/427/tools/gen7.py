from lib import F, P, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Trồng trọt
Tin hoạt động

Tây Nguyên dự kiến cần khoảng 52 triệu cây giống cà phê để tái canh
Ngày cập nhật 25/04/2024

Tại hội nghị sơ kết chương trình tái canh cà phê do Cục Trồng trọt tổ chức tại TP Buôn Ma Thuột ngày 23/4, đại diện Cục cho biết giai đoạn 2014-2020, cả nước đã tái canh 140.500 ha cà phê, vượt 17% so với mục tiêu 120.000 ha.

Giai đoạn 2021-2025, mục tiêu tái canh toàn quốc là 107.000 ha, trong đó Tây Nguyên 95.000 ha. Đến hết quý I/2024, các địa phương đã thực hiện được 72.340 ha, đạt 67,6% mục tiêu.

Về giống, các tỉnh Tây Nguyên hiện có 186 cơ sở sản xuất, kinh doanh giống cà phê, công suất khoảng 30 triệu cây/năm, trong đó 112 cơ sở (chiếm 60,2%) đã được cấp giấy chứng nhận đủ điều kiện.

Các giống được khuyến cáo gồm TR4, TR9, TR11, TRS1 (cà phê vối) và TN1, TN2 (giống lai F1); riêng giống TRS1 đã cung ứng hơn 21 triệu cây từ năm 2015 đến nay. Năng suất các giống mới đạt 4,5-7 tấn nhân/ha, hàm lượng cafein từ 1,8 đến 2,2%.

Dự kiến năm 2024-2025, Tây Nguyên cần tái canh khoảng 35.000 ha, tương ứng nhu cầu khoảng 52 triệu cây giống. Năng lực cung ứng hiện mới đáp ứng khoảng 80% nhu cầu.

Cục Trồng trọt đề nghị các địa phương rà soát vườn ươm, xử lý nghiêm cơ sở vi phạm, công khai danh sách cơ sở đủ điều kiện trước ngày 30/6; đồng thời hướng dẫn nông dân tiếp cận gói tín dụng 15.000 tỷ đồng theo Nghị quyết số 32/NQ-CP của Chính phủ.

Bản quyền thuộc Cục Trồng trọt - Bộ Nông nghiệp và PTNT. Số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

VN = "Việt Nam"
TN = "Tây Nguyên"
p2125 = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
f2425 = P("năm 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("khoảng 52 triệu cây giống cà phê", "52", 52000000, "count", "cây giống", "cây giống cà phê cần để tái canh",
      approx="about", status="forecast", location=TN),
    F("tái canh 140.500 ha", "140.500", 140500, "measure", "ha", "diện tích cà phê tái canh",
      change={"direction": "increase", "value": 17, "unit": "%", "baseline": "mục tiêu"},
      target={"value": 120000, "unit": "ha"}, period=P("giai đoạn 2014-2020", "2014-01-01", "2020-12-31")),
    F("là 107.000 ha", "107.000", 107000, "measure", "ha", "mục tiêu tái canh toàn quốc", status="target", period=p2125),
    F("Tây Nguyên 95.000 ha", "95.000", 95000, "measure", "ha", "mục tiêu tái canh", status="target", total=107000,
      location=TN, period=p2125),
    F("được 72.340 ha", "72.340", 72340, "measure", "ha", "diện tích tái canh thực hiện", percent=67.6,
      period=P("Đến hết quý I/2024", None, "2024-03-31")),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở sản xuất, kinh doanh giống cà phê", location=TN),
    F("khoảng 30 triệu cây/năm", "30", 30000000, "measure", "cây/năm", "công suất", approx="about", location=TN),
    F("112 cơ sở", "112", 112, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận đủ điều kiện", total=186, percent=60.2,
      location=TN),
    F("hơn 21 triệu cây", "21", 21000000, "count", "cây", "cây giống TRS1 đã cung ứng", approx="over",
      period=P("từ năm 2015 đến nay", "2015-01-01", "2024-04-25")),
    F("đạt 4,5-7 tấn", "4,5", 4.5, "measure", "tấn/ha", "năng suất các giống mới", value_max=7),
    F("từ 1,8 đến 2,2%", "1,8", 1.8, "percent", "%", "hàm lượng cafein", value_max=2.2),
    F("khoảng 35.000 ha", "35.000", 35000, "measure", "ha", "diện tích cần tái canh", approx="about",
      status="forecast", location=TN, period=f2425),
    F("nhu cầu khoảng 52 triệu", "52", 52000000, "count", "cây giống", "nhu cầu cây giống", approx="about",
      status="forecast", location=TN, period=f2425),
    F("khoảng 80% nhu cầu", "80", 80, "percent", "%", "năng lực cung ứng đáp ứng nhu cầu", approx="about", location=TN),
    F("gói tín dụng 15.000 tỷ đồng", "15.000", 15000000000000, "money", "đồng", "gói tín dụng", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT / Cục Trồng trọt), 'Ngày cập nhật 25/04/2024' without time. National replanting programme and seedlings.",
    "Default location Việt Nam (a ministry's national figures); the event venue 'TP Buôn Ma Thuột' is not a place of the figures.",
    "Region 'Tây Nguyên' figures take location 'Tây Nguyên' (FIGURES.md has no rule for regions; the figure describes that named region).",
    "'vượt 17% so với mục tiêu 120.000 ha' → change 17% (baseline mục tiêu) and target 120.000 ha of 140.500 ha.",
    "'trong đó Tây Nguyên 95.000 ha' → part of 107.000 ha; '112 cơ sở (chiếm 60,2%)' after 'trong đó' → total 186 and percent 60,2.",
    "'30 triệu cây/năm' is a capacity rate: measure with the denominator in the unit. 'Dự kiến … năm 2024-2025' → forecast for both figures of the sentence.",
    "Headline '52 triệu cây giống' → forecast ('dự kiến'). 'gói tín dụng 15.000 tỷ đồng' is used as the package's name: optional.",
    "Distractors: variety codes TR4, TR9, TR11, TRS1, TN1, TN2, 'F1', 'ngày 23/4', 'trước ngày 30/6', Nghị quyết số 32/NQ-CP, address 'Số 2 Ngọc Hà'.",
    "revised after the first run: unit of '4,5-7 tấn nhân/ha' now 'tấn/ha' (shortest unit; 'nhân' names the product, as 'tấn nhân' → 'tấn' elsewhere in this set).",
]

build("p427-7", TEXT, FIGS, COMMENTS, published="2024-04-25", location="Việt Nam")
