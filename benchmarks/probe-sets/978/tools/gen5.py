"""p978-5: Party newspaper (Báo Thái Bình) - jute carpets and sedge mats of Thái Thụy; byline and bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Thảm đay, chiếu cói Thái Thụy vươn ra thế giới

Những năm gần đây, nghề dệt thảm đay, đan cói ở huyện Thái Thụy không chỉ giữ được nghề truyền thống mà còn đưa sản phẩm sang hơn 20 quốc gia.

Toàn huyện hiện có khoảng 1.150 ha cói, tập trung ở các xã Thụy Trường, Thụy Xuân, Thái Đô, năng suất bình quân 12 tấn/ha. Trong khi đó, diện tích trồng đay toàn tỉnh chỉ còn khoảng 85 ha, giảm hơn 90% so với năm 2000, phần lớn nguyên liệu đay phải nhập từ Long An và Bangladesh.

Tại Hợp tác xã dệt thảm Thụy Hải, ông Phạm Văn Tư, Giám đốc HTX, cho biết: năm 2023, HTX xuất khẩu 168.000 m2 thảm đay và thảm cói, doanh thu đạt 28,5 tỷ đồng, tăng 17% so với năm 2022. HTX có 135 thành viên và tạo việc làm cho khoảng 400 lao động vệ tinh, thu nhập từ 5,5 đến 7 triệu đồng/người/tháng. Giá bán thảm đay xuất khẩu từ 190.000 đến 260.000 đồng/m2, cao hơn thảm cói khoảng 30%.

Từ đầu năm đến nay, HTX đã ký hợp đồng xuất khẩu 14 container sang Nhật Bản, Úc và Canada, mỗi container trị giá khoảng 18.000 USD. Xưởng dệt của HTX nằm trên đường 39B, thôn 4, mỗi ngày hoàn thành hơn 500 m2 thảm.

Theo Sở Công Thương, năm 2023 kim ngạch xuất khẩu hàng thủ công mỹ nghệ của tỉnh Thái Bình đạt 62,4 triệu USD, trong đó sản phẩm từ cói, đay chiếm 41%. Mục tiêu đến năm 2025, huyện Thái Thụy có 5 sản phẩm cói, đay đạt chuẩn OCOP và giá trị xuất khẩu đạt 10 triệu USD.

MINH HẰNG
16/5/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("sang hơn 20 quốc gia", "20", 20, "count", "quốc gia", approx="over", subject="quốc gia nhập khẩu sản phẩm thảm đay, cói"),
    F("khoảng 1.150 ha cói", "1.150", 1150, "measure", "ha", approx="about", subject="diện tích cói"),
    F("bình quân 12 tấn/ha", "12", 12, "measure", "tấn/ha", subject="năng suất cói bình quân"),
    F("khoảng 85 ha", "85", 85, "measure", "ha", approx="about", change=C("decrease", 90, baseline="năm 2000", approx="over"),
      subject="diện tích trồng đay", location="Thái Bình"),
    F("xuất khẩu 168.000 m2", "168.000", 168000, "measure", "m2", subject="thảm đay và thảm cói xuất khẩu của HTX", period=Y23),
    F("đạt 28,5 tỷ đồng", "28,5", 28.5e9, "money", "đồng", change=C("increase", 17, baseline="năm 2022"),
      subject="doanh thu của HTX", period=Y23),
    F("có 135 thành viên", "135", 135, "count", "thành viên", subject="thành viên HTX"),
    F("khoảng 400 lao động", "400", 400, "count", "lao động", approx="about", subject="lao động vệ tinh"),
    F("từ 5,5 đến 7 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng", value_max=7e6, subject="thu nhập lao động"),
    F("từ 190.000 đến 260.000", "190.000", 190000, "money", "đồng/m2", value_max=260000,
      change=C("increase", 30, baseline="thảm cói", approx="about"), subject="giá bán thảm đay xuất khẩu"),
    F("xuất khẩu 14 container", "14", 14, "count", "container", subject="container xuất khẩu theo hợp đồng đã ký",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-05-16")),
    F("khoảng 18.000 USD", "18.000", 18000, "money", "USD/container", approx="about", subject="trị giá mỗi container"),
    F("hơn 500 m2 thảm", "500", 500, "measure", "m2/ngày", approx="over", subject="thảm hoàn thành mỗi ngày"),
    F("đạt 62,4 triệu USD", "62,4", 62.4e6, "money", "USD", subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ", period=Y23,
      location="Thái Bình"),
    F("đay chiếm 41%", "41", 41, "percent", "%", subject="tỷ trọng sản phẩm từ cói, đay trong kim ngạch xuất khẩu", period=Y23,
      location="Thái Bình"),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target", subject="sản phẩm cói, đay đạt chuẩn OCOP", period=T25),
    F("đạt 10 triệu USD", "10", 10e6, "money", "USD", status="target", subject="giá trị xuất khẩu", period=T25),
]
NOTES = [
    "Báo Thái Bình: thảm đay, chiếu cói huyện Thái Thụy; byline MINH HẰNG and bare date 16/5/2024 at the end (published).",
    "Default location Thái Thụy (the district); the province-wide jute area and the province's export value are Thái Bình.",
    "'giảm hơn 90% so với năm 2000' is the change of 85 ha; 'cao hơn thảm cói khoảng 30%' is the change of the price range (baseline thảm cói).",
    "'Từ đầu năm đến nay' runs 2024-01-01 to the published date. 'mỗi container trị giá khoảng 18.000 USD' → unit USD/container.",
    "41% after 'trong đó ... chiếm' is a share (percent figure of its own). Not figures: 'Phạm Văn Tư' (a name), 'đường 39B', 'thôn 4', 'năm 2000'.",
]
build("p978-5", TEXT, FIGS, NOTES, published="2024-05-16", location="Thái Thụy")
