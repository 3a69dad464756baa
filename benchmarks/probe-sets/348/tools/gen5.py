from lib import F, P, emit

TEXT = """BÁO HÀ TĨNH
Kinh tế - Nông nghiệp nông thôn

Tài chính vi mô tiếp sức phụ nữ nông thôn thoát nghèo

(Baohatinh.vn) - Sau hơn 10 năm có mặt tại Hà Tĩnh, Tổ chức Tài chính vi mô Tình Thương (TYM) đã trở thành người bạn đồng hành của hàng chục nghìn phụ nữ nông thôn.

Hiện TYM có 6 phòng giao dịch tại các huyện Cẩm Xuyên, Thạch Hà, Can Lộc, Đức Thọ, Hương Sơn và thị xã Kỳ Anh, phục vụ 31.460 thành viên, trong đó 92,4% là phụ nữ thuộc hộ nghèo, cận nghèo và thu nhập thấp.

Tính đến ngày 31/7/2024, tổng dư nợ của TYM trên địa bàn tỉnh đạt 742,6 tỷ đồng với 28.915 khách hàng vay vốn; dư nợ bình quân khoảng 25,7 triệu đồng/khách hàng. Tổng số dư tiết kiệm của thành viên đạt 318,4 tỷ đồng, tăng 12,3% so với cùng kỳ năm 2023. Tỷ lệ nợ quá hạn chỉ 0,04%. Từ đầu năm đến nay, chi nhánh đã giải ngân 463,8 tỷ đồng cho hơn 16 nghìn lượt khách hàng, riêng 6 tháng đầu năm giải ngân 398,5 tỷ đồng.

Các khoản vay có mức từ 3 triệu đến 100 triệu đồng, trả góp theo tuần hoặc theo tháng, không cần tài sản bảo đảm. Riêng huyện Cẩm Xuyên, dư nợ đạt 168,2 tỷ đồng, chiếm 22,6% dư nợ toàn chi nhánh.

Gia đình chị Trần Thị Hoa ở thôn 7, xã Thạch Đài (huyện Thạch Hà) vay 40 triệu đồng để nuôi lợn nái; sau 3 năm, thu nhập của gia đình đạt khoảng 120 triệu đồng/năm, đã thoát khỏi danh sách hộ cận nghèo.

Năm 2024, TYM chi nhánh Hà Tĩnh phấn đấu phát triển thêm 2.500 thành viên mới, nâng tổng dư nợ lên 820 tỷ đồng; đồng thời mở thêm 1 phòng giao dịch tại huyện Hương Khê, nâng tổng số phòng giao dịch lên 7.

THU HÀ
12/08/2024
"""

AS = P("Tính đến ngày 31/7/2024", None, "2024-07-31")
ASi = P("Tính đến ngày 31/7/2024", None, "2024-07-31", inh=True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 10 năm", "10", 10, "measure", "năm", "thời gian TYM có mặt tại Hà Tĩnh", approx="over", optional=True),
    F("hàng chục nghìn phụ nữ", "chục", 10000, "count", "phụ nữ", "phụ nữ nông thôn TYM đồng hành", approx="about",
      optional=True),
    F("có 6 phòng giao dịch", "6", 6, "count", "phòng giao dịch", "phòng giao dịch của TYM"),
    F("phục vụ 31.460 thành viên", "31.460", 31460, "count", "thành viên", "thành viên TYM phục vụ"),
    F("trong đó 92,4%", "92,4", 92.4, "percent", "%", "thành viên là phụ nữ thuộc hộ nghèo, cận nghèo và thu nhập thấp"),
    F("đạt 742,6 tỷ đồng", "742,6", 742.6e9, "money", "đồng", "tổng dư nợ của TYM trên địa bàn tỉnh", AS),
    F("với 28.915 khách hàng", "28.915", 28915, "count", "khách hàng", "khách hàng vay vốn", AS),
    F("khoảng 25,7 triệu đồng/khách hàng", "25,7", 25.7e6, "money", "đồng/khách hàng", "dư nợ bình quân", AS,
      approx="about"),
    F("đạt 318,4 tỷ đồng", "318,4", 318.4e9, "money", "đồng", "Tổng số dư tiết kiệm của thành viên", ASi,
      change={"direction": "increase", "value": 12.3, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("chỉ 0,04%", "0,04", 0.04, "percent", "%", "Tỷ lệ nợ quá hạn", ASi),
    F("giải ngân 463,8 tỷ đồng", "463,8", 463.8e9, "money", "đồng", "chi nhánh giải ngân",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-08-12")),
    F("hơn 16 nghìn lượt", "16", 16000, "count", "lượt khách hàng", "lượt khách hàng được giải ngân",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-08-12"), approx="over"),
    F("giải ngân 398,5 tỷ đồng", "398,5", 398.5e9, "money", "đồng", "giải ngân",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("từ 3 triệu đến 100 triệu đồng", "3", 3e6, "money", "đồng", "mức các khoản vay", value_max=100e6, optional=True),
    F("đạt 168,2 tỷ đồng", "168,2", 168.2e9, "money", "đồng", "dư nợ", ASi, percent=22.6, location="Cẩm Xuyên"),
    F("vay 40 triệu đồng", "40", 40e6, "money", "đồng", "khoản vay để nuôi lợn nái", location="Thạch Hà"),
    F("sau 3 năm", "3", 3, "measure", "năm", "thời gian", optional=True),
    F("khoảng 120 triệu đồng/năm", "120", 120e6, "money", "đồng/năm", "thu nhập của gia đình", approx="about",
      location="Thạch Hà"),
    F("thêm 2.500 thành viên", "2.500", 2500, "count", "thành viên", "thành viên mới phát triển thêm", Y,
      status="target"),
    F("lên 820 tỷ đồng", "820", 820e9, "money", "đồng", "tổng dư nợ", Y, status="target"),
    F("thêm 1 phòng giao dịch", "1", 1, "count", "phòng giao dịch", "phòng giao dịch mở thêm", Y, status="target",
      location="Hương Khê"),
    F("lên 7.", "7", 7, "count", "phòng giao dịch", "tổng số phòng giao dịch", Y, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Hà Tĩnh): microfinance institution TYM in Hà Tĩnh: branches, members, loans, savings, overdue ratio, a household case, 2024 plans.",
    "Dateline: none at the top; the bare date '12/08/2024' after the byline at the end is the article's date. Default location Hà Tĩnh.",
    "Distractors: '(Baohatinh.vn)', 'thôn 7', person's name, district names in the list of branch places (no numbers).",
    "'hàng chục nghìn phụ nữ' is a vague number word (approx, value 10000, optional as in earlier probe sets); 'hơn 10 năm', 'sau 3 năm' optional.",
    "'31.460 thành viên, trong đó 92,4% là phụ nữ …': the percent describes a subgroup, so it is a percent figure of its own, not 31.460's share.",
    "Loan size band 'từ 3 triệu đến 100 triệu đồng' (product terms) optional. 'dư nợ đạt 168,2 tỷ đồng, chiếm 22,6%' for Cẩm Xuyên: share 22,6.",
    "'Từ đầu năm đến nay' runs from 1/1/2024 to the article's date 12/08/2024; 'riêng 6 tháng đầu năm ... 398,5 tỷ' is a sub-period, so no total.",
    "The household case is located in Thạch Hà (district given in brackets). 2024 targets ('phấn đấu') incl. 'nâng tổng số phòng giao dịch lên 7'.",
]

emit("p348-5", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Hà Tĩnh")
