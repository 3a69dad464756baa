"""p1229-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt), national sweet corn / baby corn exports, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cổng Thông tin điện tử
Trang chủ > Tin tức > Trồng trọt

Xuất khẩu ngô ngọt, ngô bao tử 9 tháng tăng hơn 17%

Ngày đăng: 09/10/2024 | Lượt xem: 612

Theo Cục Trồng trọt, 9 tháng năm 2024, kim ngạch xuất khẩu ngô ngọt, ngô bao tử chế biến của Việt Nam ước đạt 58,6 triệu USD, tăng 17,3% so với cùng kỳ năm 2023. Nhật Bản, Hàn Quốc và Hoa Kỳ là ba thị trường lớn nhất, lần lượt chiếm 31,2%, 22,5% và 12,8% tổng kim ngạch.

Cả nước hiện có khoảng 38.000 ha ngô ngọt, ngô bao tử, trong đó gần 15.000 ha sản xuất theo hợp đồng liên kết với 42 doanh nghiệp chế biến. Các địa phương có diện tích lớn là Đồng Nai (4.200 ha), Tây Ninh (3.650 ha), Gia Lai (2.900 ha) và Ninh Bình (2.150 ha). Năng suất bình quân cả nước đạt 13,8 tấn/ha, riêng Đồng Nai đạt từ 16 đến 18 tấn/ha.

Đến hết tháng 9/2024, Cục Bảo vệ thực vật đã cấp 186 mã số vùng trồng ngô ngọt phục vụ xuất khẩu với tổng diện tích 7.420 ha tại 17 tỉnh, thành phố. Tuy nhiên, tỷ lệ lô hàng bị cảnh báo về dư lượng thuốc bảo vệ thực vật vẫn còn khoảng 1,5%.

Theo Quyết định số 1748/QĐ-BNN-TT, đến năm 2030 diện tích ngô thực phẩm (ngô ngọt, ngô nếp, ngô bao tử) cả nước đạt khoảng 120.000 ha; kim ngạch xuất khẩu nhóm sản phẩm này đạt 150 triệu USD/năm.

Cục Trồng trọt - Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Giấy phép số 56/GP-TTĐT
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9H = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Đến hết tháng 9/2024", None, "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích ngô ngọt, ngô bao tử"
SHARE = "tỷ trọng trong tổng kim ngạch xuất khẩu ngô ngọt, ngô bao tử của thị trường"

FIGS = [
    F("tăng hơn 17%", "17", 17, "percent", "%", approx="over",
      subject="tăng trưởng kim ngạch xuất khẩu ngô ngọt, ngô bao tử", period=N9H),
    F("ước đạt 58,6 triệu", "58,6", 58600000, "money", "USD", status="estimate",
      change=C("increase", 17.3, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu ngô ngọt, ngô bao tử chế biến", period=N9),
    F("là ba thị trường", "ba", 3, "count", "thị trường", optional=True,
      subject="thị trường lớn nhất", period=I(N9)),
    F("chiếm 31,2%", "31,2", 31.2, "percent", "%", subject=f"{SHARE} Nhật Bản", period=I(N9)),
    F("31,2%, 22,5%", "22,5", 22.5, "percent", "%", subject=f"{SHARE} Hàn Quốc", period=I(N9)),
    F("và 12,8%", "12,8", 12.8, "percent", "%", subject=f"{SHARE} Hoa Kỳ", period=I(N9)),
    F("khoảng 38.000 ha", "38.000", 38000, "measure", "ha", approx="about", subject=AREA),
    F("gần 15.000 ha", "15.000", 15000, "measure", "ha", approx="nearly", total=38000,
      subject="diện tích ngô ngọt, ngô bao tử sản xuất theo hợp đồng liên kết"),
    F("với 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp",
      subject="doanh nghiệp chế biến liên kết sản xuất ngô ngọt, ngô bao tử"),
    F("Đồng Nai (4.200 ha)", "4.200", 4200, "measure", "ha", subject=AREA, location="Đồng Nai"),
    F("Tây Ninh (3.650 ha)", "3.650", 3650, "measure", "ha", subject=AREA, location="Tây Ninh"),
    F("Gia Lai (2.900 ha)", "2.900", 2900, "measure", "ha", subject=AREA, location="Gia Lai"),
    F("Ninh Bình (2.150 ha)", "2.150", 2150, "measure", "ha", subject=AREA, location="Ninh Bình"),
    F("đạt 13,8 tấn/ha", "13,8", 13.8, "measure", "tấn/ha", subject="năng suất bình quân ngô ngọt, ngô bao tử"),
    F("từ 16 đến 18 tấn/ha", "16", 16, "measure", "tấn/ha", value_max=18,
      subject="năng suất bình quân ngô ngọt, ngô bao tử", location="Đồng Nai"),
    F("cấp 186 mã số", "186", 186, "count", "mã số vùng trồng",
      subject="mã số vùng trồng ngô ngọt phục vụ xuất khẩu được cấp", period=ASOF),
    F("diện tích 7.420 ha", "7.420", 7420, "measure", "ha",
      subject="tổng diện tích vùng trồng ngô ngọt được cấp mã số", period=ASOF),
    F("tại 17 tỉnh", "17", 17, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố có vùng trồng ngô ngọt được cấp mã số", period=ASOF),
    F("khoảng 1,5%", "1,5", 1.5, "percent", "%", approx="about",
      subject="tỷ lệ lô hàng bị cảnh báo về dư lượng thuốc bảo vệ thực vật"),
    F("khoảng 120.000 ha", "120.000", 120000, "measure", "ha", approx="about", status="target",
      subject="diện tích ngô thực phẩm (ngô ngọt, ngô nếp, ngô bao tử)", period=T30),
    F("đạt 150 triệu", "150", 150000000, "money", "USD/năm", status="target",
      subject="kim ngạch xuất khẩu ngô thực phẩm", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục Trồng trọt), 'Ngày đăng: 09/10/2024 | Lượt xem: 612' (published 2024-10-09). National: location Việt Nam.",
    "Headline 'tăng hơn 17%' is a growth rate standing as the claim (percent); its '9 tháng' takes the year of the published date (nothing earlier).",
    "Market list 'lần lượt chiếm 31,2%, 22,5% và 12,8%': trade partners are not places (location Việt Nam), they go into the subject. 'ba thị trường lớn nhất' optional (a top-N label).",
    "Province list in brackets: each item's province is its location; the list does not add up to 38.000 (no cue): no total.",
    "'riêng Đồng Nai đạt từ 16 đến 18 tấn/ha' -> location Đồng Nai. '17 tỉnh, thành phố' is a count of provinces: Việt Nam.",
    "Distractors: Quyết định số 1748/QĐ-BNN-TT, 'Số 2 Ngọc Hà', 'Giấy phép số 56/GP-TTĐT', counter 612. 'hiện' figures get no period.",
]

if __name__ == "__main__":
    write("p1229-4", TEXT, NOTES, FIGS, published="2024-10-09", location="Việt Nam")
