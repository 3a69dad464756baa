from lib import F, P, emit

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức > Kinh tế

Hệ thống quỹ tín dụng nhân dân tăng trưởng an toàn
Cập nhật: 16/07/2024 08:45 | Lượt xem: 2.317

Theo Ngân hàng Nhà nước chi nhánh tỉnh, tính đến 30/6/2024, toàn tỉnh có 89 quỹ tín dụng nhân dân (QTDND) hoạt động tại 8 huyện, thành phố với 214.650 thành viên, tăng 3.120 thành viên so với cuối năm 2023.

Tổng nguồn vốn hoạt động của các quỹ đạt 19.846 tỷ đồng, tăng 5,4% so với 31/12/2023; trong đó vốn huy động tiền gửi đạt 17.512 tỷ đồng, chiếm 88,2% tổng nguồn vốn. Tổng dư nợ cho vay đạt 16.275 tỷ đồng, tăng 4,1% so với cuối năm trước, với hơn 96 nghìn khách hàng còn dư nợ. Dư nợ cho vay phục vụ phát triển nông nghiệp, nông thôn chiếm khoảng 71%.

Chất lượng tín dụng được kiểm soát tốt: tỷ lệ nợ xấu toàn hệ thống ở mức 0,68%, thấp hơn mức 0,74% cuối năm 2023; có 81/89 quỹ có tỷ lệ nợ xấu dưới 1%.

Theo địa bàn, huyện Hưng Hà có số quỹ nhiều nhất (14 quỹ), tiếp đến là Quỳnh Phụ 13 quỹ, Thái Thụy 12 quỹ; thành phố Thái Bình có 6 quỹ.

Hiện toàn tỉnh có 11 quỹ đang thực hiện phương án cơ cấu lại gắn với xử lý nợ xấu theo Quyết định số 689/QĐ-TTg; trong đó 3 quỹ đã hoàn thành trước thời hạn.

Năm 2024, Ngân hàng Nhà nước chi nhánh tỉnh phấn đấu tăng trưởng dư nợ của hệ thống QTDND từ 8 - 10%, tỷ lệ nợ xấu dưới 1%; 100% quỹ được kiểm tra, giám sát ít nhất 1 lần/năm.

Minh Hằng
Đường dây nóng: 0227.3831.229
"""

AS = P("tính đến 30/6/2024", None, "2024-06-30")
ASi = P("tính đến 30/6/2024", None, "2024-06-30", inh=True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 89 quỹ", "89", 89, "count", "quỹ tín dụng nhân dân", "quỹ tín dụng nhân dân (QTDND) hoạt động", AS),
    F("tại 8 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố có QTDND hoạt động", AS),
    F("với 214.650 thành viên", "214.650", 214650, "count", "thành viên", "thành viên quỹ tín dụng nhân dân", AS,
      change={"direction": "increase", "value": 3120, "unit": "thành viên", "baseline": "cuối năm 2023"}),
    F("đạt 19.846 tỷ đồng", "19.846", 19846e9, "money", "đồng", "Tổng nguồn vốn hoạt động của các quỹ", ASi,
      change={"direction": "increase", "value": 5.4, "unit": "%", "baseline": "31/12/2023"}),
    F("đạt 17.512 tỷ đồng", "17.512", 17512e9, "money", "đồng", "vốn huy động tiền gửi", ASi,
      total=19846e9, percent=88.2),
    F("đạt 16.275 tỷ đồng", "16.275", 16275e9, "money", "đồng", "Tổng dư nợ cho vay", ASi,
      change={"direction": "increase", "value": 4.1, "unit": "%", "baseline": "cuối năm trước"}),
    F("hơn 96 nghìn khách hàng", "96", 96000, "count", "khách hàng", "khách hàng còn dư nợ", ASi, approx="over"),
    F("chiếm khoảng 71%", "71", 71, "percent", "%", "Dư nợ cho vay phục vụ phát triển nông nghiệp, nông thôn", ASi,
      approx="about"),
    F("ở mức 0,68%", "0,68", 0.68, "percent", "%", "tỷ lệ nợ xấu toàn hệ thống", ASi),
    F("mức 0,74%", "0,74", 0.74, "percent", "%", "tỷ lệ nợ xấu toàn hệ thống",
      P("cuối năm 2023", None, "2023-12-31")),
    F("có 81/89 quỹ", "81", 81, "count", "quỹ", "quỹ có tỷ lệ nợ xấu dưới 1%", ASi, total=89),
    F("nợ xấu dưới 1%.", "1", 1, "percent", "%", "tỷ lệ nợ xấu", approx="under", optional=True),
    F("(14 quỹ)", "14", 14, "count", "quỹ", "số quỹ", ASi, location="Hưng Hà"),
    F("Quỳnh Phụ 13 quỹ", "13", 13, "count", "quỹ", "số quỹ", ASi, location="Quỳnh Phụ"),
    F("Thái Thụy 12 quỹ", "12", 12, "count", "quỹ", "số quỹ", ASi, location="Thái Thụy"),
    F("có 6 quỹ", "6", 6, "count", "quỹ", "số quỹ", ASi, location="thành phố Thái Bình"),
    F("có 11 quỹ", "11", 11, "count", "quỹ", "quỹ đang thực hiện phương án cơ cấu lại gắn với xử lý nợ xấu"),
    F("trong đó 3 quỹ", "3", 3, "count", "quỹ", "quỹ đã hoàn thành phương án cơ cấu lại trước thời hạn", total=11),
    F("từ 8 - 10%", "8", 8, "percent", "%", "tăng trưởng dư nợ của hệ thống QTDND", Y, value_max=10, status="target"),
    F("nợ xấu dưới 1%;", "1", 1, "percent", "%", "tỷ lệ nợ xấu", Y, approx="under", status="target"),
    F("100% quỹ", "100", 100, "percent", "%", "quỹ được kiểm tra, giám sát", Y, status="target"),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", "kiểm tra, giám sát quỹ", Y, approx="at_least",
      status="target", optional=True),
]

COMMENTS = [
    "Province portal (Thái Bình): people's credit funds (QTDND) at 30/6/2024: funds, members, capital, deposits, loans, bad debt, funds by district, 2024 targets.",
    "Dateline 'Cập nhật: 16/07/2024 08:45 | Lượt xem: 2.317' (view counter = page furniture). Default location Thái Bình (named in the portal head).",
    "Distractors: 'Lượt xem: 2.317', 'Quyết định số 689/QĐ-TTg', 'ngày 31/12/2023' as a baseline, hotline 0227.3831.229, byline.",
    "'tăng 3.120 thành viên so với cuối năm 2023' is the change of 214.650 (unit thành viên). 17.512 tỷ after 'trong đó' is part of 19.846 tỷ (total) with share 88,2%.",
    "'thấp hơn mức 0,74% cuối năm 2023': 0,74% is the earlier level (a figure of its own, period end 2023-12-31), NOT a change of 0,68% (the gap is 0,06 points).",
    "District list: the list's indicator 'số quỹ' is the subject, each district its location; 'thành phố Thái Bình' is the city, not the province.",
    "Thresholds 'dưới 1%' inside the definition of 81/89 quỹ and 'ít nhất 1 lần/năm' are optional. 2024 targets carry status target.",
    "Second-paragraph figures inherit 'tính đến 30/6/2024' from the first paragraph (inherited). '11 quỹ ... hiện' gets no period.",
]

emit("p348-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Thái Bình")
