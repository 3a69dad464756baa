from lib import F, P, emit
text = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA
Trang chủ > Tin tức - Sự kiện > Phổ cập giáo dục

Giảm tình trạng học sinh bỏ học ở các huyện miền núi
Ngày đăng: 22/01/2024 | Lượt xem: 2.317

Theo số liệu tổng hợp của Sở GD&ĐT, tính đến ngày 31/12/2023, toàn tỉnh có 386 học sinh bỏ học, giảm 17,4% so với cùng kỳ năm học trước; tỷ lệ học sinh bỏ học chiếm 0,06% tổng số học sinh phổ thông. Trong đó, cấp tiểu học có 29 em, cấp THCS có 196 em và cấp THPT có 161 em.

Các huyện có số học sinh bỏ học nhiều nhất là Mường Lát (52 em), Quan Sơn (41 em), Thường Xuân (38 em) và Lang Chánh (28 em), tổng cộng 159 học sinh, chiếm 41,2% số học sinh bỏ học toàn tỉnh. Có khoảng 70% số học sinh bỏ học là người dân tộc thiểu số, chủ yếu là đồng bào Thái, Mông, Mường.

Nguyên nhân chủ yếu là do hoàn cảnh gia đình khó khăn (46,5%), học lực yếu, ngại học (31,8%), theo gia đình đi làm ăn xa (15,3%), còn lại là các nguyên nhân khác.

Từ tháng 9/2023 đến nay, ngành giáo dục đã phối hợp với chính quyền địa phương vận động 214 học sinh trở lại lớp, đạt 55,4% số học sinh bỏ học; hỗ trợ gạo cho hơn 18.600 học sinh bán trú theo Nghị định số 116/2016/NĐ-CP với tổng số 2.790 tấn gạo, kinh phí hỗ trợ tiền ăn gần 96,5 tỷ đồng.

Sở GD&ĐT phấn đấu đến cuối tháng 5/2024, tỷ lệ học sinh bỏ học toàn tỉnh dưới 0,05%, không có học sinh tiểu học bỏ học; 100% học sinh bỏ học được theo dõi, vận động trở lại trường.

Địa chỉ: Số 37 Hạc Thành, phường Tân Sơn, TP Thanh Hóa. Điện thoại: 0237.3852.417
"""
AS = P("tính đến ngày 31/12/2023", None, "2023-12-31")
ASi = P("tính đến ngày 31/12/2023", None, "2023-12-31", inh=True)
SINCE = P("Từ tháng 9/2023 đến nay", "2023-09-01", "2024-01-22")
TGT = P("đến cuối tháng 5/2024", None, "2024-05-31")
HS = "học sinh bỏ học"
figs = [
    F("có 386 học sinh", "386", 386, "count", "học sinh", HS, period=AS,
      change={"direction": "decrease", "value": 17.4, "unit": "%", "baseline": "cùng kỳ năm học trước"}),
    F("chiếm 0,06%", "0,06", 0.06, "percent", "%", "tỷ lệ học sinh bỏ học", period=AS),
    F("có 29 em", "29", 29, "count", "em", "học sinh bỏ học cấp tiểu học", total=386, period=ASi),
    F("có 196 em", "196", 196, "count", "em", "học sinh bỏ học cấp THCS", total=386, period=ASi),
    F("có 161 em", "161", 161, "count", "em", "học sinh bỏ học cấp THPT", total=386, period=ASi),
    F("Mường Lát (52 em)", "52", 52, "count", "em", HS, location="Mường Lát", period=ASi),
    F("Quan Sơn (41 em)", "41", 41, "count", "em", HS, location="Quan Sơn", period=ASi),
    F("Thường Xuân (38 em)", "38", 38, "count", "em", HS, location="Thường Xuân", period=ASi),
    F("Lang Chánh (28 em)", "28", 28, "count", "em", HS, location="Lang Chánh", period=ASi),
    F("tổng cộng 159 học sinh", "159", 159, "count", "học sinh", "học sinh bỏ học của 4 huyện", percent=41.2, period=ASi),
    F("khoảng 70%", "70", 70, "percent", "%", "học sinh bỏ học là người dân tộc thiểu số", approx="about", period=ASi),
    F("khó khăn (46,5%)", "46,5", 46.5, "percent", "%", "học sinh bỏ học do hoàn cảnh gia đình khó khăn", period=ASi),
    F("ngại học (31,8%)", "31,8", 31.8, "percent", "%", "học sinh bỏ học do học lực yếu, ngại học", period=ASi),
    F("làm ăn xa (15,3%)", "15,3", 15.3, "percent", "%", "học sinh bỏ học do theo gia đình đi làm ăn xa", period=ASi),
    F("vận động 214 học sinh", "214", 214, "count", "học sinh", "học sinh bỏ học được vận động trở lại lớp", percent=55.4, period=SINCE),
    F("hơn 18.600 học sinh", "18.600", 18600, "count", "học sinh", "học sinh bán trú được hỗ trợ gạo", approx="over", period=SINCE),
    F("tổng số 2.790 tấn", "2.790", 2790, "measure", "tấn", "gạo hỗ trợ học sinh bán trú", period=SINCE),
    F("gần 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "kinh phí hỗ trợ tiền ăn", approx="nearly", period=SINCE),
    F("dưới 0,05%", "0,05", 0.05, "percent", "%", "tỷ lệ học sinh bỏ học toàn tỉnh", approx="under", status="target", period=TGT),
    F("100% học sinh bỏ học", "100", 100, "percent", "%", "học sinh bỏ học được theo dõi, vận động trở lại trường", status="target", period=TGT),
]
emit("p336-3", text, [
    "Sở GD&ĐT Thanh Hóa (department site): học sinh bỏ học tính đến 31/12/2023. 'Ngày đăng: 22/01/2024 | Lượt xem: 2.317'; breadcrumb, address, phone are furniture.",
    "386 carries the change 'giảm 17,4% so với cùng kỳ năm học trước'. 'tỷ lệ học sinh bỏ học chiếm 0,06%' names its own indicator: a percent figure (cf. h01 'với tỷ lệ').",
    "'Trong đó' after a sentence break: 29/196/161 em (sum 386) take total 386. District list items: district in location, subject 'học sinh bỏ học'.",
    "'tổng cộng 159 học sinh, chiếm 41,2%': percent of 159. The listed district counts get no total (no part-of cue). Reasons in brackets are percent figures.",
    "'Từ tháng 9/2023 đến nay' runs 2023-09-01 .. published 2024-01-22 (by analogy with 'từ năm 2021 đến nay'). 'đến cuối tháng 5/2024' ends 2024-05-31 (as-of).",
    "'Phấn đấu …' governs 'dưới 0,05%' and '100% học sinh bỏ học …': status target. 'Nghị định số 116/2016/NĐ-CP', 'Số 37 Hạc Thành' are not figures.",
], figs, published="2024-01-22", location="Thanh Hóa")
