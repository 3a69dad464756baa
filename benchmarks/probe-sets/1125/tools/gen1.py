"""p1125-1: province portal (Khánh Hòa): fresh areca price triples, area, 6-month output, a Raglai farm in Khánh Sơn."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Giá cau tươi tăng gấp 3 lần so với cùng kỳ

Cập nhật: 22/08/2024 14:20 | Lượt xem: 2.417

Từ đầu tháng 7 đến nay, giá cau tươi được thương lái thu mua tại vườn dao động từ 18.000 đến 22.000 đồng/kg, gấp 3 lần so với cùng kỳ năm trước. Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 2.860 ha cau, trong đó diện tích cho thu hoạch 2.140 ha, tập trung tại các huyện Khánh Sơn, Khánh Vĩnh và Cam Lâm.

6 tháng đầu năm, sản lượng cau tươi toàn tỉnh ước đạt 9.650 tấn, tăng 8,2% so với cùng kỳ. Năng suất bình quân đạt khoảng 4,5 tấn/ha. Riêng huyện Khánh Sơn có 1.120 ha cau với gần 2.300 hộ trồng, phần lớn là đồng bào Raglai.

Tại xã Sơn Bình (huyện Khánh Sơn), gia đình ông Mấu Xuân Điệp có 1,2 ha cau với gần 1.500 cây đang cho trái. Năm nay, vườn cau dự kiến cho thu khoảng 12 tấn quả, sau khi trừ chi phí gia đình lãi hơn 150 triệu đồng. Ông còn đầu tư một lò sấy mini để chủ động khi giá xuống. "Có năm giá chỉ còn 5.000 đồng/kg, nhà tôi phải phơi cau bán dần", ông Điệp kể.

Hiện toàn tỉnh có 14 cơ sở sấy cau, công suất mỗi cơ sở từ 5 đến 10 tấn/ngày. Sở NN&PTNT khuyến cáo nông dân không mở rộng diện tích ồ ạt; phấn đấu đến năm 2025 có ít nhất 300 ha cau được cấp mã số vùng trồng phục vụ xuất khẩu.

Địa chỉ: Số 1 Trần Phú, TP Nha Trang | ĐT: 0258.3822.661
"""

SINCE_JUL = P("Từ đầu tháng 7 đến nay", "2024-07-01", "2024-08-22")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
THIS_YEAR = P("Năm nay", "2024-01-01", "2024-12-31")
TO_2025 = P("đến năm 2025", None, "2025-12-31")
KS = "Khánh Sơn"

FIGS = [
    F("tăng gấp 3 lần", "3", 3, "multiple", "lần", subject="giá cau tươi so với cùng kỳ"),
    F("từ 18.000 đến 22.000", "18.000", 18000, "money", "đồng/kg", value_max=22000,
      change=C("increase", 3, "lần", "cùng kỳ năm trước"),
      subject="giá cau tươi thương lái thu mua tại vườn", period=SINCE_JUL),
    F("có 2.860 ha", "2.860", 2860, "measure", "ha", subject="diện tích cau"),
    F("thu hoạch 2.140 ha", "2.140", 2140, "measure", "ha", total=2860,
      subject="diện tích cau cho thu hoạch"),
    F("ước đạt 9.650 tấn", "9.650", 9650, "measure", "tấn", status="estimate",
      change=C("increase", 8.2, "%", "cùng kỳ"), subject="sản lượng cau tươi", period=H1),
    F("khoảng 4,5 tấn/ha", "4,5", 4.5, "measure", "tấn/ha", approx="about",
      subject="năng suất cau bình quân", period=I(H1)),
    F("có 1.120 ha", "1.120", 1120, "measure", "ha", subject="diện tích cau", location=KS),
    F("gần 2.300 hộ", "2.300", 2300, "count", "hộ", approx="nearly", subject="hộ trồng cau", location=KS),
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích cau của gia đình ông Mấu Xuân Điệp",
      location=KS),
    F("gần 1.500 cây", "1.500", 1500, "count", "cây", approx="nearly", subject="cây cau đang cho trái",
      location=KS),
    F("khoảng 12 tấn", "12", 12, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng cau quả vườn cau", period=THIS_YEAR, location=KS),
    F("hơn 150 triệu", "150", 150000000, "money", "đồng", approx="over", status="forecast",
      subject="lãi của gia đình sau khi trừ chi phí", period=THIS_YEAR, location=KS),
    F("một lò sấy", "một", 1, "count", "lò sấy", subject="lò sấy mini ông đầu tư", location=KS),
    F("còn 5.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", subject="giá cau", location=KS),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở sấy cau"),
    F("từ 5 đến 10 tấn/ngày", "5", 5, "measure", "tấn/ngày", value_max=10,
      subject="công suất mỗi cơ sở sấy cau"),
    F("ít nhất 300 ha", "300", 300, "measure", "ha", approx="at_least", status="target",
      subject="diện tích cau được cấp mã số vùng trồng phục vụ xuất khẩu", period=TO_2025),
]

NOTES = [
    "Province portal (Khánh Hòa): fresh areca price up threefold, area, 6-month output, a Raglai household in Khánh Sơn.",
    "Breadcrumb, 'Cập nhật: 22/08/2024 14:20 | Lượt xem: 2.417' (published; the counter is furniture). Address 'Số 1 Trần Phú', phone.",
    "Headline 'tăng gấp 3 lần so với cùng kỳ' has no base amount: a multiple figure. In the body 'gấp 3 lần so với cùng kỳ năm trước'",
    "follows the price range, so it is the range's change (3 lần).",
    "'Từ đầu tháng 7 đến nay' ends at the published date; year-less '6 tháng đầu năm' and 'Năm nay' take 2024 from the dateline.",
    "'Riêng huyện Khánh Sơn' is not a part-of cue: no total. The farm passage (xã Sơn Bình, huyện Khánh Sơn) keeps Khánh Sơn as location,",
    "also in the quote. 'dự kiến' governs the clause that continues it ('sau khi trừ chi phí … lãi hơn 150 triệu'): forecast.",
    "'một lò sấy' is a number word (1). 'Có năm' gives no period.",
    "revised after the first run: farm subjects follow the sentence's own words ('vườn cau', 'gia đình', 'ông') instead of the owner's name from another sentence (12 tấn, 150 triệu, một lò sấy).",
]

if __name__ == "__main__":
    write("p1125-1", TEXT, NOTES, FIGS, published="2024-08-22", location="Khánh Hòa")
