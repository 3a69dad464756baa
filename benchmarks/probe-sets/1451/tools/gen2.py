"""p1451-2: district portal (huyện Phú Xuyên, Hà Nội): làng nghề túi xách, giày da xã Phú Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ XUYÊN - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Làng nghề túi xách, giày da Phú Yên vào mùa đơn hàng

18/03/2024 - 15:20

Nằm sát Quốc lộ 1A, xã Phú Yên hiện có 215 hộ làm nghề may túi xách, giày da, chiếm khoảng 62% tổng số hộ trong xã, tạo việc làm thường xuyên cho gần một nghìn lao động. Những ngày này, nhiều xưởng phải làm thêm ca để kịp giao hàng cho các chợ đầu mối ở Hà Nội và các tỉnh phía Bắc.

Năm 2023, giá trị sản xuất của làng nghề đạt 186 tỷ đồng, tăng 9,5% so với năm 2022. Mỗi năm các hộ tiêu thụ khoảng 1,2 triệu sản phẩm, trong đó túi xách nữ khoảng 700 nghìn chiếc. Thu nhập của thợ may lành nghề từ 7 đến 9 triệu đồng/tháng; thợ phụ, người cao tuổi làm tại nhà cũng có thu nhập 3-4 triệu đồng/tháng.

Ông Đỗ Văn Hưng, chủ xưởng Hưng Thịnh ở thôn Phú Mỹ, cho biết xưởng có 3 máy may công nghiệp đời mới, mỗi ngày làm ra 80 chiếc túi và khoảng 150 đôi giày. Làng nghề hiện có 3 sản phẩm đạt OCOP 3 sao, đều là túi xách da bò.

Theo UBND huyện, năm 2024 huyện phấn đấu giá trị sản xuất của làng nghề đạt trên 200 tỷ đồng và hỗ trợ ba chục hộ đổi mới máy móc, thiết bị. Mức hỗ trợ tối đa 50 triệu đồng/hộ, từ nguồn khuyến công của thành phố.

Nguồn: Phòng Kinh tế huyện
Tin khác:
- Phú Xuyên: ra quân làm thủy lợi, gieo cấy vụ Xuân
- Hội nghị tổng kết công tác năm 2023

UBND HUYỆN PHÚ XUYÊN
Địa chỉ: Tiểu khu Thao Chính, thị trấn Phú Xuyên, TP Hà Nội
Điện thoại: 024.3385.4311
"""

PUB = "2024-03-18"
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 215 hộ", "215", 215, "count", "hộ", percent=62,
        subject="hộ làm nghề may túi xách, giày da"),
    fig("gần một nghìn lao động", "một", 1000, "count", "lao động", approx="nearly",
        subject="lao động có việc làm thường xuyên"),
    fig("đạt 186 tỷ", "186", 186e9, "money", "đồng", change=chg("increase", 9.5, "%", "năm 2022"),
        subject="giá trị sản xuất của làng nghề", period=Y23),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "sản phẩm/năm", approx="about",
        subject="sản phẩm các hộ tiêu thụ mỗi năm"),
    fig("khoảng 700 nghìn", "700", 700e3, "measure", "chiếc/năm", approx="about", total=1.2e6,
        subject="túi xách nữ"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/tháng", value_max=9e6,
        subject="thu nhập của thợ may lành nghề"),
    fig("nhập 3-4 triệu", "3", 3e6, "money", "đồng/tháng", value_max=4e6,
        subject="thu nhập của thợ phụ, người cao tuổi làm tại nhà"),
    fig("có 3 máy may", "3", 3, "count", "máy may",
        subject="máy may công nghiệp đời mới của xưởng Hưng Thịnh"),
    fig("khoảng 150 đôi", "150", 150, "measure", "đôi giày/ngày", approx="about",
        subject="giày xưởng Hưng Thịnh làm ra mỗi ngày"),
    fig("ra 80 chiếc", "80", 80, "measure", "chiếc túi/ngày",
        subject="túi xưởng Hưng Thịnh làm ra mỗi ngày"),
    fig("có 3 sản phẩm", "3", 3, "count", "sản phẩm",
        subject="sản phẩm đạt OCOP 3 sao của làng nghề"),
    fig("trên 200 tỷ", "200", 200e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất của làng nghề", period=Y24),
    fig("ba chục hộ", "ba", 30, "count", "hộ", status="target",
        subject="hộ được hỗ trợ đổi mới máy móc, thiết bị", period=Y24),
    fig("tối đa 50 triệu", "50", 50e6, "money", "đồng/hộ", approx="at_most",
        subject="mức hỗ trợ"),
]

NOTES = [
    "District portal (huyện Phú Xuyên, TP Hà Nội): banner, menu, '18/03/2024 - 15:20' under the headline (published), 'Nguồn:', 'Tin khác', address footer.",
    "Location: the village is in xã Phú Yên, huyện Phú Xuyên → every figure 'Phú Xuyên' (a commune is below the district level of the spec).",
    "'215 hộ ..., chiếm khoảng 62% tổng số hộ' → percent attribute 62. 'gần một nghìn lao động' → 1000, nearly (number word).",
    "'Mỗi năm ... khoảng 1,2 triệu sản phẩm, trong đó túi xách nữ khoảng 700 nghìn chiếc' → rates per year (measure, sản phẩm/năm, chiếc/năm);",
    "the part takes total 1,2 triệu. 'mỗi ngày làm ra 80 chiếc túi và khoảng 150 đôi giày' → đôi giày/ngày, chiếc túi/ngày (80 stands first, without 'khoảng': exact).",
    "Incomes 'từ 7 đến 9 triệu đồng/tháng', '3-4 triệu đồng/tháng' → ranges, money đồng/tháng. 'Năm 2023' governs only its sentence; incomes",
    "and the workshop facts are standing facts: no period. 'năm 2024 huyện phấn đấu ... trên 200 tỷ đồng và hỗ trợ ba chục hộ' → target (ba chục = 30).",
    "'Mức hỗ trợ tối đa 50 triệu đồng/hộ' is a rule of the scheme: actual, at_most, no period.",
    "revised: units 'chiếc/ngày' → 'chiếc túi/ngày' and 'đôi/ngày' → 'đôi giày/ngày' (the unit names what is counted; 'chiếc', 'đôi' are classifiers).",
    "Distractors: Quốc lộ 1A, 'OCOP 3 sao', phone 024.3385.4311, the time 15:20, 'năm 2023' in a link.",
]

if __name__ == "__main__":
    write("p1451-2", TEXT, NOTES, FIGS, published=PUB, location="Phú Xuyên")
