from lib import *

text = """Ngành chế biến rau quả: Hướng tới mục tiêu 10 tỷ USD

Theo Cục Chế biến và Phát triển thị trường nông sản (Bộ Nông nghiệp và Phát triển nông thôn), cả nước hiện có 178 cơ sở chế biến rau quả quy mô công nghiệp với tổng công suất khoảng 1,2 triệu tấn/năm, cùng hàng nghìn cơ sở sơ chế quy mô hộ gia đình.

Năm 2023, kim ngạch xuất khẩu rau quả của Việt Nam đạt kỷ lục 5,69 tỷ USD, tăng 69,2% so với năm 2022; trong đó rau quả chế biến đạt 1,15 tỷ USD, chiếm khoảng 20,2%. Trong 10 tháng năm 2024, xuất khẩu rau quả ước đạt 5,99 tỷ USD, tăng 29,7% so với cùng kỳ năm 2023. Các thị trường chính gồm Trung Quốc (3,88 tỷ USD), Hoa Kỳ (299 triệu USD), Hàn Quốc (188 triệu USD) và Nhật Bản (162 triệu USD). Việt Nam hiện đứng thứ 12 thế giới về xuất khẩu rau quả.

Về logistics lạnh, cả nước có khoảng 1.700 kho lạnh với tổng sức chứa trên 1,1 triệu pallet, trong đó chỉ khoảng 15% phục vụ rau quả; phần lớn tập trung tại TP Hồ Chí Minh, Bình Dương, Long An và Hà Nội. Tỷ lệ tổn thất sau thu hoạch đối với rau quả vẫn ở mức 20-25%, trong khi tỷ lệ rau quả được chế biến chỉ khoảng 12% tổng sản lượng. Giá trị gia tăng của sản phẩm chế biến sâu cao gấp 3-5 lần xuất khẩu quả tươi.

Theo Quyết định số 1408/QĐ-TTg ngày 16/11/2022 của Thủ tướng Chính phủ, đến năm 2030, công suất chế biến rau quả tăng thêm khoảng 50% so với hiện nay; tỷ lệ tổn thất sau thu hoạch giảm xuống dưới 10%; kim ngạch xuất khẩu rau quả đạt 10 tỷ USD, trong đó sản phẩm chế biến sâu chiếm từ 30% trở lên.

Cục trưởng Nguyễn Quốc Toản cho biết, Bộ dự kiến phối hợp với Bộ Công Thương xây dựng 6 trung tâm logistics lạnh vùng tại các vùng trọng điểm cây ăn quả.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Lượt truy cập: 3.418.772
"""

L = "Việt Nam"
p23 = P("Năm 2023", "2023-01-01", "2023-12-31")
p10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
p10i = P("10 tháng năm 2024", "2024-01-01", "2024-10-31", True)
p30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("mục tiêu 10 tỷ USD", "10", 10e9, "money", "USD", "kim ngạch xuất khẩu rau quả", status="target",
      period=P("đến năm 2030", None, "2030-12-31", True)),
    F("có 178 cơ sở", "178", 178, "count", "cơ sở", "cơ sở chế biến rau quả quy mô công nghiệp"),
    F("khoảng 1,2 triệu tấn/năm", "1,2", 1.2e6, "measure", "tấn/năm", "tổng công suất chế biến rau quả",
      approx="about"),
    F("hàng nghìn cơ sở", "nghìn", 1000, "count", "cơ sở", "cơ sở sơ chế quy mô hộ gia đình", approx="about",
      optional=True),
    F("kỷ lục 5,69 tỷ USD", "5,69", 5.69e9, "money", "USD", "kim ngạch xuất khẩu rau quả",
      change=CH("increase", 69.2, "%", "năm 2022"), period=p23),
    F("đạt 1,15 tỷ USD", "1,15", 1.15e9, "money", "USD", "kim ngạch xuất khẩu rau quả chế biến",
      total=5.69e9, percent=20.2, period=p23),
    F("ước đạt 5,99 tỷ USD", "5,99", 5.99e9, "money", "USD", "kim ngạch xuất khẩu rau quả",
      change=CH("increase", 29.7, "%", "cùng kỳ năm 2023"), status="estimate", period=p10),
    F("Trung Quốc (3,88", "3,88", 3.88e9, "money", "USD", "kim ngạch xuất khẩu rau quả sang Trung Quốc",
      total=5.99e9, period=p10i),
    F("Hoa Kỳ (299", "299", 299e6, "money", "USD", "kim ngạch xuất khẩu rau quả sang Hoa Kỳ",
      total=5.99e9, period=p10i),
    F("Hàn Quốc (188", "188", 188e6, "money", "USD", "kim ngạch xuất khẩu rau quả sang Hàn Quốc",
      total=5.99e9, period=p10i),
    F("Nhật Bản (162", "162", 162e6, "money", "USD", "kim ngạch xuất khẩu rau quả sang Nhật Bản",
      total=5.99e9, period=p10i),
    F("đứng thứ 12", "12", 12, "rank", "hạng", "xuất khẩu rau quả thế giới"),
    F("khoảng 1.700 kho", "1.700", 1700, "count", "kho lạnh", "kho lạnh", approx="about"),
    F("trên 1,1 triệu pallet", "1,1", 1.1e6, "measure", "pallet", "tổng sức chứa kho lạnh", approx="over"),
    F("khoảng 15% phục vụ", "15", 15, "percent", "%", "tỷ lệ sức chứa kho lạnh phục vụ rau quả", approx="about"),
    F("mức 20-25%", "20", 20, "percent", "%", "tỷ lệ tổn thất sau thu hoạch đối với rau quả", value_max=25),
    F("khoảng 12% tổng", "12", 12, "percent", "%", "tỷ lệ rau quả được chế biến", approx="about"),
    F("gấp 3-5 lần", "3", 3, "multiple", "lần", "giá trị gia tăng của sản phẩm chế biến sâu so với xuất khẩu quả tươi",
      value_max=5),
    F("khoảng 50% so với hiện nay", "50", 50, "percent", "%", "mức tăng công suất chế biến rau quả",
      approx="about", status="target", period=p30),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ tổn thất sau thu hoạch", approx="under", status="target",
      period=p30),
    F("đạt 10 tỷ USD", "10", 10e9, "money", "USD", "kim ngạch xuất khẩu rau quả", status="target", period=p30),
    F("từ 30% trở lên", "30", 30, "percent", "%", "tỷ trọng sản phẩm chế biến sâu trong kim ngạch xuất khẩu rau quả",
      approx="at_least", status="target", period=p30),
    F("xây dựng 6 trung tâm", "6", 6, "count", "trung tâm logistics lạnh vùng", "trung tâm logistics lạnh vùng",
      status="forecast"),
]

build(5, [
    "Ministry site (Bộ NN&PTNT): national fruit/vegetable processing capacity, exports 2023 and 10 months 2024, cold storage, 2030 targets.",
    "No dateline at all (published null). Footer 'Lượt truy cập: 3.418.772' and address 'Số 2 Ngọc Hà' are page furniture.",
    "Distractors: Quyết định số 1408/QĐ-TTg ngày 16/11/2022, a person's name; provinces listed after a national count do not localise it.",
    "Market list after 'gồm' follows 5,99 tỷ USD: total 5.99e9; trade partners are not places (location Việt Nam).",
    "'hàng nghìn cơ sở' is a vague number word: optional (value 1000, about). 'gấp 3-5 lần' stands alone as the claim: multiple 3-5.",
    "'trong đó chỉ khoảng 15%' / 'trong đó ... chiếm từ 30% trở lên' are percent figures (a percent has no total). 'từ ... trở lên' read as at_least.",
    "'tăng thêm khoảng 50% so với hiện nay' has no base amount: a percent figure (target). 'dự kiến ... xây dựng 6 trung tâm': forecast.",
    "Title 'mục tiêu 10 tỷ USD' is the 2030 target restated (inherited period).",
], text, figs, published=None, location=L)
