"""p824-1: Thanh Hóa province portal, 9 months 2024 footwear/handbag exports."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
9 tháng, xuất khẩu giày dép, túi xách ước đạt 1,42 tỷ USD
Cập nhật: 14/10/2024 09:20 | Lượt xem: 2.318

Theo Sở Công Thương, 9 tháng năm 2024, kim ngạch xuất khẩu giày dép, túi xách của Thanh Hóa ước đạt 1,42 tỷ USD, tăng 14,6% so với cùng kỳ, đạt 76,8% kế hoạch năm. Trong đó, giày dép các loại ước đạt 1,18 tỷ USD; túi xách, ví, va li ước đạt 240 triệu USD. Sản lượng giày dép 9 tháng ước đạt 152,3 triệu đôi, tăng 11,2%; sản lượng túi xách đạt 8,6 triệu chiếc, tăng 5,4%.

Hiện toàn tỉnh có 46 doanh nghiệp da giày, túi xách đang hoạt động (trong đó 31 doanh nghiệp có vốn đầu tư nước ngoài), sử dụng gần 118.000 lao động, chiếm khoảng 42% lao động ngành công nghiệp chế biến, chế tạo của tỉnh. Các doanh nghiệp tập trung tại các huyện Hậu Lộc (9 doanh nghiệp), Hà Trung (7 doanh nghiệp), Yên Định (6 doanh nghiệp) và thị xã Bỉm Sơn (5 doanh nghiệp).

Thu nhập bình quân của người lao động ngành da giày đạt 8,7 triệu đồng/người/tháng, tăng khoảng 6% so với năm 2023; tại Nhà máy số 3 của Công ty TNHH Giày Hòa Phong Thanh Hóa, công nhân lành nghề có thu nhập trên 11 triệu đồng/người/tháng.

Từ đầu năm đến nay, các doanh nghiệp đã tuyển mới hơn 6.500 lao động; dự kiến quý IV/2024 cần tuyển thêm khoảng 3.000 người cho các dây chuyền mới tại Khu công nghiệp Hoàng Long và Khu kinh tế Nghi Sơn.

Năm 2024, ngành da giày Thanh Hóa phấn đấu đạt kim ngạch xuất khẩu 1,85 tỷ USD, giải quyết việc làm mới cho 8.000 lao động. Để đạt mục tiêu, Sở Công Thương đề nghị các địa phương tiếp tục thực hiện Nghị quyết số 58-NQ/TW của Bộ Chính trị, hỗ trợ doanh nghiệp hoàn thiện hạ tầng dọc Quốc lộ 1A và Quốc lộ 45.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("9 tháng, xuất khẩu giày dép, túi xách ước đạt 1,42 tỷ USD", "1,42", 1.42e9, "money", "USD",
      "xuất khẩu giày dép, túi xách", P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("của Thanh Hóa ước đạt 1,42 tỷ USD", "1,42", 1.42e9, "money", "USD",
      "kim ngạch xuất khẩu giày dép, túi xách", N9, status="estimate", percent=76.8,
      change=C("increase", 14.6, baseline="cùng kỳ")),
    F("các loại ước đạt 1,18 tỷ USD", "1,18", 1.18e9, "money", "USD", "kim ngạch xuất khẩu giày dép các loại",
      I(N9), status="estimate", total=1.42e9),
    F("va li ước đạt 240 triệu USD", "240", 240e6, "money", "USD", "kim ngạch xuất khẩu túi xách, ví, va li",
      I(N9), status="estimate", total=1.42e9),
    F("ước đạt 152,3 triệu đôi", "152,3", 152.3e6, "count", "đôi", "sản lượng giày dép",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", change=C("increase", 11.2)),
    F("đạt 8,6 triệu chiếc", "8,6", 8.6e6, "count", "chiếc", "sản lượng túi xách",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", change=C("increase", 5.4)),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", "doanh nghiệp da giày, túi xách đang hoạt động"),
    F("trong đó 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài",
      total=46),
    F("sử dụng gần 118.000 lao động", "118.000", 118000, "count", "lao động",
      "lao động của các doanh nghiệp da giày, túi xách", approx="nearly", percent=42),
    F("Hậu Lộc (9 doanh nghiệp)", "9", 9, "count", "doanh nghiệp", "doanh nghiệp da giày, túi xách",
      location="Hậu Lộc"),
    F("Hà Trung (7 doanh nghiệp)", "7", 7, "count", "doanh nghiệp", "doanh nghiệp da giày, túi xách",
      location="Hà Trung"),
    F("Yên Định (6 doanh nghiệp)", "6", 6, "count", "doanh nghiệp", "doanh nghiệp da giày, túi xách",
      location="Yên Định"),
    F("Bỉm Sơn (5 doanh nghiệp)", "5", 5, "count", "doanh nghiệp", "doanh nghiệp da giày, túi xách",
      location="Bỉm Sơn"),
    F("đạt 8,7 triệu đồng/người/tháng", "8,7", 8.7e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của người lao động ngành da giày", change=C("increase", 6, baseline="năm 2023", approx="about")),
    F("thu nhập trên 11 triệu đồng/người/tháng", "11", 11e6, "money", "đồng/người/tháng",
      "thu nhập của công nhân lành nghề", approx="over"),
    F("tuyển mới hơn 6.500 lao động", "6.500", 6500, "count", "lao động", "lao động tuyển mới",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14"), approx="over"),
    F("tuyển thêm khoảng 3.000 người", "3.000", 3000, "count", "người", "lao động cần tuyển thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("xuất khẩu 1,85 tỷ USD", "1,85", 1.85e9, "money", "USD", "kim ngạch xuất khẩu ngành da giày",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("cho 8.000 lao động", "8.000", 8000, "count", "lao động", "lao động được giải quyết việc làm mới",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Thanh Hóa province portal: 9-month 2024 exports of footwear and handbags, output, enterprises by district, wages, hiring, 2024 targets.",
    "Headline '9 tháng' has no year: nothing dated stands before it, so it takes the published year 2024.",
    "'sản lượng túi xách đạt 8,6 triệu chiếc' continues the sentence whose cue is 'ước đạt' -> estimate.",
    "District list (9+7+6+5=27) does not add up to 46: no total. 'chiếm khoảng 42%' is the share of 118.000 lao động.",
    "'Hiện' sentences carry no period. Not figures: Lượt xem 2.318, Nhà máy số 3, Nghị quyết số 58-NQ/TW, Quốc lộ 1A/45.",
]

if __name__ == "__main__":
    write("p824-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
