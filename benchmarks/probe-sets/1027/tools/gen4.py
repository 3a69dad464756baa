"""p1027-4: Ủy ban Dân tộc (central agency) site, national results of Dự án 6 on costume and weaving, Dec 2023."""
from lib import F, P, I, C, write

TEXT = """ỦY BAN DÂN TỘC - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Chính sách dân tộc

Gần 9.800 bộ trang phục truyền thống được hỗ trợ sau 2 năm thực hiện Dự án 6

Ngày đăng: 05/12/2023 | Lượt xem: 2.417

Theo báo cáo của Vụ Dân tộc thiểu số, tính đến ngày 30/11/2023, 39 tỉnh thực hiện Dự án 6 thuộc Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg đã hỗ trợ may, mua sắm 9.786 bộ trang phục truyền thống cho đội văn nghệ thôn, bản và học sinh; mở 1.126 lớp truyền dạy văn hóa phi vật thể, trong đó có 412 lớp dạy dệt thổ cẩm, thêu, may trang phục.

Tổng kinh phí Trung ương phân bổ cho nội dung này giai đoạn 2022-2023 là 486,5 tỷ đồng. Đến ngày 30/11/2023, các địa phương đã giải ngân 341,2 tỷ đồng, đạt 70,1%.

Các địa phương có số bộ trang phục được hỗ trợ nhiều nhất lần lượt là Hà Giang (1.050 bộ), Lào Cai (920 bộ), Sơn La (870 bộ) và Điện Biên (715 bộ).

Toàn quốc hiện có 92 làng nghề dệt thổ cẩm được công nhận, chiếm khoảng 17% số làng nghề truyền thống vùng đồng bào dân tộc thiểu số; 38 nghệ nhân dệt, thêu trang phục được phong tặng danh hiệu Nghệ nhân ưu tú và 4 nghệ nhân được phong tặng danh hiệu Nghệ nhân nhân dân.

Năm 2023, doanh thu từ sản phẩm dệt thổ cẩm, trang phục truyền thống của các hợp tác xã vùng đồng bào dân tộc thiểu số ước đạt 1.250 tỷ đồng, tăng 14,6% so với năm 2022.

Mục tiêu đến năm 2025, 100% đội văn nghệ truyền thống ở thôn, bản được hỗ trợ trang phục; phấn đấu mỗi tỉnh có ít nhất 1 mô hình bảo tồn nghề dệt gắn với du lịch cộng đồng.

Địa chỉ: Số 349 Đội Cấn, Ba Đình, Hà Nội | Điện thoại: 024.3843.1876
"""

ASOF = P("tính đến ngày 30/11/2023", None, "2023-11-30")
ASOF2 = P("Đến ngày 30/11/2023", None, "2023-11-30")
GD = P("giai đoạn 2022-2023", "2022-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "bộ trang phục được hỗ trợ"

FIGS = [
    F("Gần 9.800 bộ", "9.800", 9800, "count", "bộ trang phục", "bộ trang phục truyền thống được hỗ trợ",
      approx="nearly"),
    F("30/11/2023, 39 tỉnh", "39", 39, "count", "tỉnh", "tỉnh thực hiện Dự án 6", ASOF),
    F("sắm 9.786 bộ", "9.786", 9786, "count", "bộ trang phục", "bộ trang phục truyền thống được hỗ trợ may, mua sắm",
      ASOF),
    F("mở 1.126 lớp", "1.126", 1126, "count", "lớp", "lớp truyền dạy văn hóa phi vật thể", ASOF),
    F("có 412 lớp", "412", 412, "count", "lớp", "lớp dạy dệt thổ cẩm, thêu, may trang phục", ASOF, total=1126),
    F("là 486,5 tỷ đồng", "486,5", 486_500_000_000, "money", "đồng", "tổng kinh phí Trung ương phân bổ", GD),
    F("giải ngân 341,2 tỷ đồng", "341,2", 341_200_000_000, "money", "đồng", "kinh phí các địa phương đã giải ngân",
      ASOF2, percent=70.1),
    F("Hà Giang (1.050 bộ)", "1.050", 1050, "count", "bộ", LIST, I(ASOF), location="Hà Giang"),
    F("Lào Cai (920 bộ)", "920", 920, "count", "bộ", LIST, I(ASOF), location="Lào Cai"),
    F("Sơn La (870 bộ)", "870", 870, "count", "bộ", LIST, I(ASOF), location="Sơn La"),
    F("Điện Biên (715 bộ)", "715", 715, "count", "bộ", LIST, I(ASOF), location="Điện Biên"),
    F("có 92 làng nghề", "92", 92, "count", "làng nghề", "làng nghề dệt thổ cẩm được công nhận", percent=17),
    F("38 nghệ nhân", "38", 38, "count", "nghệ nhân",
      "nghệ nhân dệt, thêu trang phục được phong tặng danh hiệu Nghệ nhân ưu tú"),
    F("và 4 nghệ nhân", "4", 4, "count", "nghệ nhân", "nghệ nhân được phong tặng danh hiệu Nghệ nhân nhân dân"),
    F("ước đạt 1.250 tỷ đồng", "1.250", 1_250_000_000_000, "money", "đồng",
      "doanh thu từ sản phẩm dệt thổ cẩm, trang phục truyền thống của các hợp tác xã", Y23,
      status="estimate", change=C("increase", 14.6, "%", "năm 2022")),
    F("100% đội văn nghệ", "100", 100, "percent", "%", "đội văn nghệ truyền thống ở thôn, bản được hỗ trợ trang phục",
      T25, status="target"),
    F("ít nhất 1 mô hình", "1", 1, "count", "mô hình", "mô hình bảo tồn nghề dệt gắn với du lịch cộng đồng mỗi tỉnh",
      T25, approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT Ủy ban Dân tộc: kết quả Dự án 6 (trang phục, lớp truyền dạy, kinh phí, làng nghề dệt) tính đến 30/11/2023 — national figures.",
    "'Ngày đăng: 05/12/2023' gives published; 'Lượt xem: 2.417', 'Quyết định số 1719/QĐ-TTg', 'Dự án 6', the address and phone are not figures.",
    "'sau 2 năm thực hiện' is a duration that locates the headline figure, not a figure. Location Việt Nam except the ranking list,",
    "whose items take their province (a ranking that does not add up: no total; its as-of period stands in an earlier sentence: inherited).",
    "'đạt 70,1%' after the disbursed amount is its percent (no part-of cue, so no total). 'chiếm khoảng 17%' is the percent of the 92 villages.",
]

write(4, TEXT, FIGS, NOTES, published="2023-12-05", location="Việt Nam")
