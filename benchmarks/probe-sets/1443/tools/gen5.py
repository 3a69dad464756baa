"""p1443-5: Party/provincial newspaper (Báo Lai Châu, tag (BLC)): nếp than in huyện Tam Đường."""
from lib import F, period, year, inherit, change, target, write

TEXT = """Báo Lai Châu > Kinh tế > Nông nghiệp

Nếp than Tam Đường: từ ruộng bậc thang đến chuỗi giá trị

Thứ Hai, 18/11/2024 | 15:05

(BLC) - Từ giống nếp than bản địa, nhiều hộ đồng bào Lự, Dao ở huyện Tam Đường đã có thu nhập khá nhờ liên kết sản xuất và chế biến rượu, bánh, xôi đặc sản.

Vụ mùa năm nay, huyện Tam Đường gieo cấy 326 ha nếp than, tăng gần 1,5 lần so với năm 2021; riêng xã Bình Lư có 118 ha. Năng suất đạt khoảng 42 tạ/ha, sản lượng gần 1.370 tấn thóc. Thóc nếp than được thương lái thu mua 14.000 - 15.000 đồng/kg, gấp đôi thóc tẻ.

Chị Lò Thị Ún ở bản Nà Luồng, xã Bình Lư cho biết, gia đình cấy 0,6 ha nếp than, mỗi năm thu khoảng 2,5 tấn thóc; trừ chi phí còn lãi trên 25 triệu đồng. Hợp tác xã Nông sản Bình Lư Xanh hiện liên kết với 87 hộ, bao tiêu toàn bộ sản phẩm; năm 2023 HTX sản xuất 18.000 lít rượu nếp than và 6 tấn gạo, doanh thu gần 2 tỷ đồng, vượt 10% kế hoạch. HTX tạo việc làm thường xuyên cho 12 lao động với thu nhập 5-6 triệu đồng/người/tháng.

Theo Phòng Nông nghiệp và PTNT huyện, năm 2024 tổng giá trị sản phẩm từ nếp than ước đạt 32 tỷ đồng, chiếm khoảng 7% giá trị sản xuất trồng trọt của huyện. Huyện phấn đấu đến năm 2026 nâng diện tích nếp than lên 400 ha, có từ 2 đến 3 sản phẩm đạt OCOP 3 sao.

Lò Hương
"""

NOW = year("Vụ mùa năm nay", 2024)
Y23 = year("năm 2023", 2023)
Y24 = year("năm 2024", 2024)
T26 = period("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("gieo cấy 326 ha", "326", 326, "measure", "ha", "diện tích nếp than gieo cấy", NOW,
      change=change("increase", 1.5, "lần", "năm 2021", "nearly")),
    F("có 118 ha", "118", 118, "measure", "ha", "diện tích nếp than xã Bình Lư", NOW),
    F("khoảng 42 tạ/ha", "42", 42, "measure", "tạ/ha", "năng suất", inherit(NOW), approx="about"),
    F("gần 1.370 tấn", "1.370", 1370, "measure", "tấn", "sản lượng thóc", inherit(NOW), approx="nearly"),
    F("mua 14.000 - 15.000", "14.000", 14000, "money", "đồng/kg", "giá thóc nếp than thương lái thu mua",
      value_max=15000, change=change("increase", 2, "lần", "thóc tẻ")),
    F("cấy 0,6 ha", "0,6", 0.6, "measure", "ha", "diện tích nếp than gia đình chị Lò Thị Ún cấy"),
    F("khoảng 2,5 tấn", "2,5", 2.5, "measure", "tấn/năm", "thóc thu mỗi năm", approx="about"),
    F("lãi trên 25 triệu", "25", 25e6, "money", "đồng", "lãi", approx="over"),
    F("với 87 hộ", "87", 87, "count", "hộ", "hộ liên kết với Hợp tác xã Nông sản Bình Lư Xanh"),
    F("xuất 18.000 lít", "18.000", 18000, "measure", "lít", "rượu nếp than HTX sản xuất", Y23),
    F("và 6 tấn gạo", "6", 6, "measure", "tấn", "gạo HTX sản xuất", Y23),
    F("gần 2 tỷ", "2", 2e9, "money", "đồng", "doanh thu của HTX", Y23, approx="nearly",
      change=change("increase", 10, "%", "kế hoạch")),
    F("cho 12 lao động", "12", 12, "count", "lao động", "lao động HTX tạo việc làm thường xuyên"),
    F("nhập 5-6 triệu", "5", 5e6, "money", "đồng/người/tháng", "thu nhập của lao động", value_max=6e6),
    F("ước đạt 32 tỷ", "32", 32e9, "money", "đồng", "tổng giá trị sản phẩm từ nếp than", Y24,
      status="estimate", percent=7),
    F("lên 400 ha", "400", 400, "measure", "ha", "diện tích nếp than", T26, status="target"),
    F("từ 2 đến 3 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt OCOP 3 sao", T26, value_max=3,
      status="target"),
]

NOTES = [
    "Party/provincial newspaper (Báo Lai Châu): breadcrumb, 'Thứ Hai, 18/11/2024 | 15:05' (published), sapo with tag '(BLC) -', byline 'Lò Hương' at the end.",
    "Everything is in huyện Tam Đường (default location); xã Bình Lư is one of its communes and stays Tam Đường.",
    "'Vụ mùa năm nay' = 2024 (published). 'riêng xã Bình Lư có 118 ha': 'riêng' is not a part cue in the spec → no total.",
    "'tăng gần 1,5 lần so với năm 2021' → change 1.5 lần (approx nearly); 'gấp đôi thóc tẻ' → change 2 lần on the price range.",
    "'mỗi năm thu khoảng 2,5 tấn thóc' → unit tấn/năm. 'vượt 10% kế hoạch' → change with baseline kế hoạch (spec: gap to a plan).",
    "'ước đạt 32 tỷ đồng, chiếm khoảng 7%' → estimate with percent 7.",
    "Distractors: '15:05', 'OCOP 3 sao', baseline year 2021, place names (bản Nà Luồng).",
]

if __name__ == "__main__":
    write("p1443-5", TEXT, NOTES, FIGS, published="2024-11-18", location="Tam Đường")
