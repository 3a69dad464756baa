"""p617-4: Bộ VHTTDL, national library network 2023 (ministry site)."""
from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Thư viện

Cả nước có hơn 16.500 thư viện công cộng và phòng đọc cơ sở

Ngày đăng: 19/04/2024 | Lượt xem: 2.046

Theo báo cáo của Vụ Thư viện, tính đến ngày 31/12/2023, cả nước có 63 thư viện cấp tỉnh, 671 thư viện cấp huyện và hơn 15.800 thư viện, phòng đọc sách cơ sở tại xã, phường, thị trấn. Hệ thống thư viện trường học có khoảng 41.000 thư viện, trong đó khoảng 29.500 thư viện đạt chuẩn trở lên, chiếm 72%.

Năm 2023, hệ thống thư viện công cộng đã phục vụ khoảng 26,8 triệu lượt bạn đọc và luân chuyển 52,4 triệu lượt tài liệu, tăng lần lượt 9,5% và 11,2% so với năm 2022. Một số địa phương có số lượt bạn đọc lớn là Hà Nội (1,52 triệu lượt), TP. Hồ Chí Minh (1,37 triệu lượt) và Thanh Hóa (0,98 triệu lượt).

Công tác số hóa tiếp tục được đẩy mạnh: các thư viện công cộng đã số hóa trên 47 triệu trang tài liệu; 38/63 thư viện cấp tỉnh đã xây dựng thư viện số. Mạng lưới xe thư viện lưu động hiện có 62 xe, thực hiện 2.840 chuyến trong năm, phục vụ trên 1,9 triệu lượt bạn đọc.

Tuy vậy, vốn tài liệu của thư viện công cộng mới đạt bình quân 0,42 bản/người, thấp hơn nhiều so với mức 2 bản/người theo quy định.

Theo Đề án phát triển văn hóa đọc trong cộng đồng (Quyết định số 329/QĐ-TTg), phấn đấu đến năm 2030 bình quân mỗi người dân đọc 6 cuốn sách/năm và 50% tài liệu quý hiếm tại thư viện cấp tỉnh được số hóa.

Vụ Thư viện - số 51 Ngô Quyền, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231.
"""

ASOF = P("tính đến ngày 31/12/2023", end="2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("hơn 16.500 thư viện", "16.500", 16500, "count", "thư viện", "thư viện công cộng và phòng đọc cơ sở",
      I(ASOF), approx="over"),
    F("có 63 thư viện", "63", 63, "count", "thư viện", "thư viện cấp tỉnh", ASOF),
    F("671 thư viện", "671", 671, "count", "thư viện", "thư viện cấp huyện", ASOF),
    F("hơn 15.800 thư viện", "15.800", 15800, "count", "thư viện", "thư viện, phòng đọc sách cơ sở tại xã, phường, thị trấn",
      ASOF, approx="over"),
    F("khoảng 41.000 thư viện", "41.000", 41000, "count", "thư viện", "thư viện trường học", I(ASOF), approx="about"),
    F("khoảng 29.500 thư viện", "29.500", 29500, "count", "thư viện", "thư viện trường học đạt chuẩn trở lên", I(ASOF),
      approx="about", total=41000, percent=72),
    F("khoảng 26,8 triệu lượt", "26,8", 26800000, "count", "lượt bạn đọc", "lượt bạn đọc hệ thống thư viện công cộng phục vụ",
      Y23, approx="about", change=CH("increase", 9.5, baseline="năm 2022")),
    F("luân chuyển 52,4 triệu", "52,4", 52400000, "count", "lượt tài liệu", "lượt tài liệu luân chuyển", Y23,
      change=CH("increase", 11.2, baseline="năm 2022")),
    F("Hà Nội (1,52 triệu lượt)", "1,52", 1520000, "count", "lượt", "lượt bạn đọc", I(Y23), location="Hà Nội"),
    F("TP. Hồ Chí Minh (1,37 triệu lượt)", "1,37", 1370000, "count", "lượt", "lượt bạn đọc", I(Y23),
      location="TP. Hồ Chí Minh"),
    F("Thanh Hóa (0,98 triệu lượt)", "0,98", 980000, "count", "lượt", "lượt bạn đọc", I(Y23), location="Thanh Hóa"),
    F("trên 47 triệu trang", "47", 47000000, "count", "trang", "trang tài liệu thư viện công cộng đã số hóa",
      approx="over"),
    F("38/63 thư viện", "38", 38, "count", "thư viện", "thư viện cấp tỉnh đã xây dựng thư viện số", total=63),
    F("có 62 xe", "62", 62, "count", "xe", "xe thư viện lưu động"),
    F("thực hiện 2.840 chuyến", "2.840", 2840, "count", "chuyến", "chuyến xe thư viện lưu động",
      P("trong năm", "2023-01-01", "2023-12-31")),
    F("trên 1,9 triệu lượt", "1,9", 1900000, "count", "lượt bạn đọc", "lượt bạn đọc xe thư viện lưu động phục vụ",
      P("trong năm", "2023-01-01", "2023-12-31"), approx="over"),
    F("bình quân 0,42 bản/người", "0,42", 0.42, "measure", "bản/người",
      "vốn tài liệu của thư viện công cộng bình quân đầu người"),
    F("mức 2 bản/người", "2", 2, "measure", "bản/người", "mức vốn tài liệu bình quân theo quy định", optional=True),
    F("đọc 6 cuốn sách/năm", "6", 6, "measure", "cuốn sách/năm", "số sách bình quân mỗi người dân đọc", T30,
      status="target"),
    F("và 50% tài liệu", "50", 50, "percent", "%", "tỷ lệ tài liệu quý hiếm tại thư viện cấp tỉnh được số hóa", T30,
      status="target"),
]

COMMENTS = [
    "Bộ VHTTDL site: national library network and reading figures for 2023 ('Ngày đăng: 19/04/2024 | Lượt xem: 2.046').",
    "Location Việt Nam (national); the three provinces in the bracketed list go to location, subject = the list's indicator.",
    "'tăng lần lượt 9,5% và 11,2%' → the changes of 26,8 triệu and 52,4 triệu respectively.",
    "29.500 is a 'trong đó' part of 41.000 with 'chiếm 72%'. 38/63 total 63. Headline 16.500 = the lead's as-of stock (inherited).",
    "'trong năm' (in a 2023 paragraph) = năm 2023. 'hiện có 62 xe' and the 0,42 bản/người stock give no period.",
    "'mức 2 bản/người theo quy định' is a norm used as a comparison base: optional.",
    "Distractors: 'Quyết định số 329/QĐ-TTg', 'số 51 Ngô Quyền', phone 024.3943.8231, 'Lượt xem: 2.046', dates.",
    "'phấn đấu đến năm 2030' → target for both coordinated figures (end 2030-12-31).",
]

if __name__ == "__main__":
    emit("p617-4", TEXT, COMMENTS, FIGS, published="2024-04-19", location="Việt Nam")
