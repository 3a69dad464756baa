"""p1092-8: Báo Long An online, (BLA) tag, headline figure, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO LONG AN ONLINE
Xã hội
Hơn 2.600 trẻ em có hoàn cảnh đặc biệt được hỗ trợ trong 9 tháng
Cập nhật lúc 16:05, Thứ ba, 08/10/2024

(BLA) - 9 tháng năm 2024, các cấp, ngành tỉnh Long An đã hỗ trợ 2.648 trẻ em có hoàn cảnh đặc biệt, đạt 88,3% kế hoạch năm, với tổng kinh phí hơn 5,3 tỷ đồng. Trong đó, các huyện Cần Giuộc, Đức Hòa và Bến Lức là những địa phương hỗ trợ nhiều nhất, lần lượt 412, 365 và 298 trẻ em.

Từ đầu năm đến nay, Tổng đài 111 và đường dây nóng bảo vệ trẻ em của tỉnh tiếp nhận 187 cuộc gọi, tăng 23 cuộc so với cùng kỳ; qua đó phát hiện, can thiệp 16 trường hợp trẻ em bị bạo lực, xâm hại. Cũng trong 9 tháng, toàn tỉnh xảy ra 12 vụ xâm hại trẻ em, giảm 5 vụ so với cùng kỳ năm 2023; 9 vụ đã được khởi tố.

Hiện tỉnh đang chi trả trợ cấp hằng tháng cho 318 trẻ em mồ côi do dịch COVID-19, mức 540.000 đồng/tháng theo Nghị định số 20/2021/NĐ-CP. Chương trình "Đỡ đầu trẻ em mồ côi" đã kết nối 127 nhà tài trợ nhận đỡ đầu 205 trẻ, mỗi trẻ được hỗ trợ từ 500.000 đồng đến 1 triệu đồng/tháng.

Mục tiêu đến cuối năm 2024, 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp, 95% trẻ em bị xâm hại được can thiệp kịp thời. Dự kiến trong quý IV, Quỹ Bảo trợ trẻ em tỉnh sẽ vận động thêm khoảng 1,5 tỷ đồng để trao quà Tết cho trẻ em nghèo, trẻ em mồ côi.

Minh Thư
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
M9b = P("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
TGT = P("đến cuối năm 2024", None, "2024-12-31")
S = "trẻ em có hoàn cảnh đặc biệt được hỗ trợ"

FIGS = [
    F("Hơn 2.600 trẻ em", "2.600", 2600, "count", "trẻ em", S, P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("hỗ trợ 2.648 trẻ em", "2.648", 2648, "count", "trẻ em", S, M9, percent=88.3),
    F("hơn 5,3 tỷ đồng", "5,3", 5.3e9, "money", "đồng", "tổng kinh phí hỗ trợ trẻ em có hoàn cảnh đặc biệt", M9, approx="over"),
    F("lần lượt 412", "412", 412, "count", "trẻ em", S, I(M9), total=2648, location="Cần Giuộc"),
    F("412, 365", "365", 365, "count", "trẻ em", S, I(M9), total=2648, location="Đức Hòa"),
    F("và 298 trẻ em", "298", 298, "count", "trẻ em", S, I(M9), total=2648, location="Bến Lức"),
    F("tiếp nhận 187 cuộc gọi", "187", 187, "count", "cuộc gọi", "cuộc gọi Tổng đài 111 và đường dây nóng bảo vệ trẻ em của tỉnh tiếp nhận",
      YTD, change=C("increase", 23, "cuộc", "cùng kỳ")),
    F("can thiệp 16 trường hợp", "16", 16, "count", "trường hợp", "trường hợp trẻ em bị bạo lực, xâm hại được phát hiện, can thiệp", YTD),
    F("xảy ra 12 vụ", "12", 12, "count", "vụ", "vụ xâm hại trẻ em", M9b, change=C("decrease", 5, "vụ", "cùng kỳ năm 2023")),
    F("; 9 vụ đã", "9", 9, "count", "vụ", "vụ xâm hại trẻ em được khởi tố", M9b),
    F("cho 318 trẻ em", "318", 318, "count", "trẻ em", "trẻ em mồ côi do dịch COVID-19 được chi trả trợ cấp hằng tháng"),
    F("mức 540.000 đồng/tháng", "540.000", 540000, "money", "đồng/tháng", "mức trợ cấp hằng tháng trẻ em mồ côi do dịch COVID-19"),
    F("kết nối 127 nhà tài trợ", "127", 127, "count", "nhà tài trợ", "nhà tài trợ nhận đỡ đầu trẻ em mồ côi"),
    F("đỡ đầu 205 trẻ", "205", 205, "count", "trẻ", "trẻ em mồ côi được nhận đỡ đầu"),
    F("từ 500.000 đồng đến 1 triệu", "500.000", 500000, "money", "đồng/tháng", "mức hỗ trợ mỗi trẻ được đỡ đầu", value_max=1e6),
    F("2024, 100% trẻ em", "100", 100, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", TGT, status="target"),
    F("95% trẻ em", "95", 95, "percent", "%", "trẻ em bị xâm hại được can thiệp kịp thời", TGT, status="target"),
    F("khoảng 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí Quỹ Bảo trợ trẻ em tỉnh vận động thêm",
      P("trong quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Long An online: '(BLA) -' tag, headline figure, 'Cập nhật lúc 16:05, Thứ ba, 08/10/2024' gives published.",
    "Distractors: Tổng đài 111, COVID-19, Nghị định số 20/2021/NĐ-CP, '16:05', 'Thứ ba'.",
    "'Trong đó, các huyện … lần lượt 412, 365 và 298 trẻ em' are parts of 2.648 (the cue follows that whole) with district locations.",
    "'tăng 23 cuộc' is the change of 187 cuộc gọi; 'giảm 5 vụ so với cùng kỳ năm 2023' of 12 vụ. '9 vụ đã được khởi tố': no part-of cue, no total.",
    "'Hiện …' paragraph: no period phrase, no period. 'Dự kiến trong quý IV' = Q4 2024, forecast.",
    "Headline '9 tháng' takes 2024 (published).",
]

write("p1092-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Long An")
