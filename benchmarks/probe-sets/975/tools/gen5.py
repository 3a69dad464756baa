"""p975-5: Party newspaper (Báo Vĩnh Long), coco-peat substrate cooperative in Vũng Liêm, byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế

Biến mụn dừa thành giá thể xuất khẩu

Từng bị xem là phế phẩm gây ô nhiễm, nay mụn dừa đã trở thành nguyên liệu làm giá thể trồng cây xuất khẩu, mang lại thu nhập ổn định cho nhiều lao động ở huyện Vũng Liêm.

Hợp tác xã Dừa Xanh Trung Thành (xã Trung Thành Tây) hiện có 37 thành viên, mỗi năm thu mua khoảng 6.000 tấn mụn dừa từ các cơ sở tách xơ trong vùng. Sau khi xả mặn, phơi khô và ép thành khối 5 kg, sản phẩm được xuất sang Hàn Quốc, Nhật Bản và Hà Lan với giá 160-185 USD/tấn.

Năm 2022, HTX xuất khẩu 112 container mụn dừa ép khối, doanh thu đạt 9,4 tỷ đồng, lợi nhuận hơn 1,1 tỷ đồng. Từ đầu năm đến nay, HTX đã xuất 86 container, gấp 1,4 lần cùng kỳ. Theo ông Trần Văn Bảy, Giám đốc HTX, mỗi tấn mụn dừa sau chế biến có giá trị gấp 3 lần mụn thô. HTX hiện giải quyết việc làm cho 45 lao động địa phương với mức lương 6-7 triệu đồng/người/tháng.

Toàn huyện Vũng Liêm hiện có 58 cơ sở tách xơ dừa, mỗi năm thải ra khoảng 30.000 tấn mụn dừa; trong đó chỉ khoảng 40% được chế biến thành giá thể, phần còn lại bán làm phân bón hoặc đổ bỏ ven sông Măng Thít gây ô nhiễm.

Huyện đặt mục tiêu đến năm 2025 nâng tỷ lệ mụn dừa được chế biến lên 70%, đồng thời hỗ trợ HTX đầu tư thêm 1 dây chuyền ép khối công suất 20 tấn/ngày với tổng vốn khoảng 2,5 tỷ đồng.

THANH THÚY
26/9/2023
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
SINCE = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-26")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 37 thành viên", "37", 37, "count", "thành viên", "thành viên hợp tác xã"),
    F("khoảng 6.000 tấn", "6.000", 6000, "measure", "tấn", "mụn dừa hợp tác xã thu mua mỗi năm", approx="about"),
    F("khối 5 kg", "5", 5, "measure", "kg", "khối mụn dừa ép", optional=True),
    F("giá 160-185 USD/tấn", "160", 160, "money", "USD/tấn", "giá xuất khẩu mụn dừa ép khối", value_max=185),
    F("112 container", "112", 112, "count", "container", "container mụn dừa ép khối xuất khẩu", Y22),
    F("đạt 9,4 tỷ đồng", "9,4", 9.4e9, "money", "đồng", "doanh thu hợp tác xã", Y22),
    F("hơn 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "lợi nhuận hợp tác xã", Y22, approx="over"),
    F("xuất 86 container", "86", 86, "count", "container", "container mụn dừa xuất khẩu", SINCE,
      change=C("increase", 1.4, "lần", "cùng kỳ")),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "giá trị mụn dừa sau chế biến so với mụn thô"),
    F("cho 45 lao động", "45", 45, "count", "lao động", "lao động hợp tác xã giải quyết việc làm"),
    F("lương 6-7 triệu đồng", "6", 6e6, "money", "đồng/người/tháng", "mức lương lao động hợp tác xã",
      value_max=7e6),
    F("có 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở tách xơ dừa"),
    F("khoảng 30.000 tấn", "30.000", 30000, "measure", "tấn", "mụn dừa thải ra mỗi năm", approx="about"),
    F("khoảng 40%", "40", 40, "percent", "%", "mụn dừa được chế biến thành giá thể", approx="about"),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ mụn dừa được chế biến", TO25, status="target"),
    F("thêm 1 dây chuyền", "1", 1, "count", "dây chuyền", "dây chuyền ép khối đầu tư thêm", TO25, status="target"),
    F("công suất 20 tấn/ngày", "20", 20, "measure", "tấn/ngày", "công suất dây chuyền ép khối", TO25,
      status="target", optional=True),
    F("khoảng 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "tổng vốn đầu tư dây chuyền ép khối", TO25,
      approx="about", status="target"),
]

NOTES = [
    "Báo Vĩnh Long (Party paper): HTX làm giá thể mụn dừa ở huyện Vũng Liêm; byline THANH THÚY and bare date 26/9/2023 at the end.",
    "Location: the district Vũng Liêm (the province is never named). 'Từ đầu năm đến nay' = 2023-01-01 to the bare date (this year),",
    "although 'Năm 2022' stands just before it. 'gấp 1,4 lần cùng kỳ' after 86 container is its change (unit lần);",
    "'gấp 3 lần mụn thô' stands alone: multiple. 'khối 5 kg', 'công suất 20 tấn/ngày' are specifications (optional).",
    "Distractors: ông Trần Văn Bảy, xã Trung Thành Tây, sông Măng Thít, the bare date.",
]

write(5, TEXT, FIGS, NOTES, published="2023-09-26", location="Vũng Liêm")
