from lib import F, P, emit

TEXT = """Ngân hàng
Thứ Hai, 21/10/2024 - 14:35

Quỹ tín dụng nhân dân: Tăng trưởng thận trọng, dồn sức xử lý quỹ yếu kém

Theo Ngân hàng Nhà nước Việt Nam, đến cuối tháng 9/2024, cả nước có 1.177 quỹ tín dụng nhân dân hoạt động tại 57 tỉnh, thành phố với gần 1,96 triệu thành viên. Tổng tài sản của hệ thống đạt khoảng 188,6 nghìn tỷ đồng; nguồn vốn huy động đạt 171.350 tỷ đồng, tăng 7,3% so với cuối năm 2023; dư nợ cho vay đạt 148.920 tỷ đồng, tăng 5,8%.

Các quỹ tập trung chủ yếu ở khu vực đồng bằng sông Hồng và Bắc Trung Bộ. Những địa phương có nhiều quỹ nhất là Thái Bình (89 quỹ), Nghệ An (58 quỹ), Thanh Hóa (57 quỹ), Nam Định (54 quỹ) và Hà Nội (52 quỹ); 5 tỉnh, thành này chiếm khoảng 26% số quỹ cả nước. Ngược lại, một số tỉnh miền núi như Lai Châu, Điện Biên chỉ có từ 1 đến 2 quỹ.

Về chất lượng tín dụng, tỷ lệ nợ xấu toàn hệ thống khoảng 1,35%, giảm 0,12 điểm phần trăm so với cuối năm 2023; tuy nhiên vẫn còn 23 quỹ có tỷ lệ nợ xấu trên 3% và 9 quỹ đang được kiểm soát đặc biệt.

Ngân hàng Hợp tác xã Việt Nam (Co-opBank), ngân hàng của các QTDND, hiện có 32 chi nhánh tại các tỉnh, thành phố. 9 tháng đầu năm, Co-opBank đã cho các quỹ vay 12.460 tỷ đồng để điều hòa vốn, với 1.082 lượt quỹ được vay. Quỹ bảo toàn hệ thống QTDND hiện có số dư hơn 1.500 tỷ đồng.

Theo Thông tư 29/2024/TT-NHNN có hiệu lực từ ngày 1/7/2024, mỗi quỹ phải duy trì tỷ lệ an toàn vốn tối thiểu 8%. Mục tiêu đến năm 2025, tỷ lệ nợ xấu của hệ thống QTDND ở mức dưới 2% và 100% quỹ tuân thủ các tỷ lệ bảo đảm an toàn.

Thanh Tùng
"""

AS = P("đến cuối tháng 9/2024", None, "2024-09-30")
ASi = P("đến cuối tháng 9/2024", None, "2024-09-30", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")

FIGS = [
    F("có 1.177 quỹ", "1.177", 1177, "count", "quỹ tín dụng nhân dân", "quỹ tín dụng nhân dân hoạt động", AS),
    F("tại 57 tỉnh", "57", 57, "count", "tỉnh, thành phố", "tỉnh, thành phố có quỹ tín dụng nhân dân hoạt động", AS),
    F("gần 1,96 triệu thành viên", "1,96", 1960000, "count", "thành viên", "thành viên quỹ tín dụng nhân dân", AS,
      approx="nearly"),
    F("khoảng 188,6 nghìn tỷ đồng", "188,6", 188.6e12, "money", "đồng", "Tổng tài sản của hệ thống", ASi,
      approx="about"),
    F("đạt 171.350 tỷ đồng", "171.350", 171350e9, "money", "đồng", "nguồn vốn huy động", ASi,
      change={"direction": "increase", "value": 7.3, "unit": "%", "baseline": "cuối năm 2023"}),
    F("đạt 148.920 tỷ đồng", "148.920", 148920e9, "money", "đồng", "dư nợ cho vay", ASi,
      change={"direction": "increase", "value": 5.8, "unit": "%"}),
    F("Thái Bình (89 quỹ)", "89", 89, "count", "quỹ", "số quỹ tín dụng nhân dân", ASi, location="Thái Bình"),
    F("Nghệ An (58 quỹ)", "58", 58, "count", "quỹ", "số quỹ tín dụng nhân dân", ASi, location="Nghệ An"),
    F("Thanh Hóa (57 quỹ)", "57", 57, "count", "quỹ", "số quỹ tín dụng nhân dân", ASi, location="Thanh Hóa"),
    F("Nam Định (54 quỹ)", "54", 54, "count", "quỹ", "số quỹ tín dụng nhân dân", ASi, location="Nam Định"),
    F("Hà Nội (52 quỹ)", "52", 52, "count", "quỹ", "số quỹ tín dụng nhân dân", ASi, location="Hà Nội"),
    F("5 tỉnh, thành này", "5", 5, "count", "tỉnh, thành", "tỉnh, thành có nhiều quỹ nhất", optional=True),
    F("khoảng 26%", "26", 26, "percent", "%", "5 tỉnh, thành này chiếm số quỹ cả nước", ASi, approx="about"),
    F("từ 1 đến 2 quỹ", "1", 1, "count", "quỹ", "số quỹ của một số tỉnh miền núi", ASi, value_max=2,
      optional=True),
    F("khoảng 1,35%", "1,35", 1.35, "percent", "%", "tỷ lệ nợ xấu toàn hệ thống", ASi, approx="about",
      change={"direction": "decrease", "value": 0.12, "unit": "điểm phần trăm", "baseline": "cuối năm 2023"}),
    F("còn 23 quỹ", "23", 23, "count", "quỹ", "quỹ có tỷ lệ nợ xấu trên 3%", ASi),
    F("nợ xấu trên 3%", "3", 3, "percent", "%", "tỷ lệ nợ xấu", approx="over", optional=True),
    F("và 9 quỹ", "9", 9, "count", "quỹ", "quỹ đang được kiểm soát đặc biệt", ASi),
    F("có 32 chi nhánh", "32", 32, "count", "chi nhánh", "chi nhánh của Ngân hàng Hợp tác xã Việt Nam (Co-opBank)"),
    F("vay 12.460 tỷ đồng", "12.460", 12460e9, "money", "đồng", "Co-opBank cho các quỹ vay để điều hòa vốn", M9),
    F("với 1.082 lượt quỹ", "1.082", 1082, "count", "lượt quỹ", "lượt quỹ được vay", M9),
    F("hơn 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "số dư Quỹ bảo toàn hệ thống QTDND", approx="over"),
    F("tối thiểu 8%", "8", 8, "percent", "%", "tỷ lệ an toàn vốn tối thiểu mỗi quỹ phải duy trì", approx="at_least",
      optional=True),
    F("dưới 2%", "2", 2, "percent", "%", "tỷ lệ nợ xấu của hệ thống QTDND", T25, approx="under", status="target"),
    F("100% quỹ", "100", 100, "percent", "%", "quỹ tuân thủ các tỷ lệ bảo đảm an toàn", T25, status="target"),
]

COMMENTS = [
    "National press (banking daily): national picture of people's credit funds at the end of 9/2024; funds by province; Co-opBank; targets for 2025.",
    "Dateline 'Thứ Hai, 21/10/2024 - 14:35'. Default location Việt Nam; provinces in the list of fund counts are those figures' locations.",
    "Distractors: 'Thông tư 29/2024/TT-NHNN', 'ngày 1/7/2024', byline. 'đến cuối tháng 9/2024' is an as-of period (end 2024-09-30).",
    "'dư nợ cho vay ... tăng 5,8%' has no baseline written: change without baseline. '188,6 nghìn tỷ' = 1,886e14 đồng.",
    "'5 tỉnh, thành này' (a back-reference to the list) is optional; 'khoảng 26%' is the share of those five in the national number of funds.",
    "'từ 1 đến 2 quỹ' for two named mountain provinces (Lai Châu, Điện Biên) is optional: no single place, vague.",
    "'tỷ lệ nợ xấu ... khoảng 1,35%, giảm 0,12 điểm phần trăm': a level (not a growth rate) with its change in percentage points.",
    "Thresholds in a defining clause ('trên 3%') and the legal floor ('tối thiểu 8%') are optional. '32 chi nhánh' and 'hơn 1.500 tỷ' ('hiện') have no period.",
]

emit("p348-3", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Việt Nam")
