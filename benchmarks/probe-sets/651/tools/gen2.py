"""p651-2: district portal (Hải Hậu, Nam Định), QTDND in the district, mid-2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Tin tức | Kinh tế

Quỹ tín dụng nhân dân - điểm tựa vốn của nông dân Hải Hậu

Thứ Năm, 18/07/2024 - 09:20

Hiện nay, trên địa bàn huyện có 9 quỹ tín dụng nhân dân (QTDND) hoạt động tại 14 xã, thị trấn. Tính đến ngày 30/6/2024, các quỹ có 21.870 thành viên, trong đó thành viên là hộ gia đình chiếm 96,5%. Tổng nguồn vốn hoạt động đạt hơn 1.420 tỷ đồng; vốn huy động đạt 1.265 tỷ đồng, tăng 5,3% so với cuối năm 2023.

Dư nợ cho vay của các quỹ đạt 1.108 tỷ đồng với khoảng 12.400 khách hàng còn dư nợ. Mức cho vay phổ biến từ 50 đến 300 triệu đồng/hộ, lãi suất cho vay từ 8,5 đến 10,5%/năm. Tỷ lệ nợ xấu ở mức 0,62%, giảm 0,15 điểm phần trăm so với cùng kỳ năm 2023.

Một số quỹ hoạt động hiệu quả như QTDND Hải Hưng, Hải Phương, Hải Đông có dư nợ lần lượt là 196 tỷ đồng, 174 tỷ đồng và 158 tỷ đồng. QTDND thị trấn Yên Định thành lập năm 1995, đến nay có 3.215 thành viên, vốn điều lệ gần 9,8 tỷ đồng.

Ông Trần Văn Khải ở xóm 7, xã Hải Phương cho biết: "Năm 2023, gia đình tôi vay của quỹ 200 triệu đồng để đầu tư 2 ha nuôi ngao, đến nay đã trả hết nợ".

Năm 2024, các quỹ phấn đấu tăng trưởng dư nợ từ 8 đến 10%, giữ tỷ lệ nợ xấu dưới 1%. UBND huyện đề nghị Ngân hàng Nhà nước Chi nhánh tỉnh tiếp tục tăng cường thanh tra, giám sát, kịp thời chấn chỉnh sai phạm, không để phát sinh quỹ yếu kém.

Phạm Thu Hà (Trung tâm VH-TT&TT huyện)
"""

ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
NOW = P("đến nay", end="2024-07-18")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 9 quỹ", "9", 9, "count", "quỹ tín dụng nhân dân", "quỹ tín dụng nhân dân (QTDND) hoạt động"),
    F("tại 14 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn có QTDND hoạt động"),
    F("21.870 thành viên", "21.870", 21870, "count", "thành viên", "thành viên của các quỹ", ASOF),
    F("chiếm 96,5%", "96,5", 96.5, "percent", "%", "thành viên là hộ gia đình", ASOF),
    F("hơn 1.420 tỷ đồng", "1.420", 1420e9, "money", "đồng", "tổng nguồn vốn hoạt động", I(ASOF), approx="over"),
    F("đạt 1.265 tỷ đồng", "1.265", 1265e9, "money", "đồng", "vốn huy động", I(ASOF),
      change=CH("increase", 5.3, "%", "cuối năm 2023")),
    F("đạt 1.108 tỷ đồng", "1.108", 1108e9, "money", "đồng", "dư nợ cho vay của các quỹ", I(ASOF)),
    F("khoảng 12.400 khách hàng", "12.400", 12400, "count", "khách hàng", "khách hàng còn dư nợ", I(ASOF), approx="about"),
    F("từ 50 đến 300 triệu", "50", 50e6, "money", "đồng/hộ", "mức cho vay phổ biến", value_max=300e6),
    F("từ 8,5 đến 10,5%", "8,5", 8.5, "percent", "%", "lãi suất cho vay", value_max=10.5),
    F("mức 0,62%", "0,62", 0.62, "percent", "%", "tỷ lệ nợ xấu", I(ASOF),
      change=CH("decrease", 0.15, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("là 196 tỷ đồng", "196", 196e9, "money", "đồng", "dư nợ của QTDND Hải Hưng", I(ASOF)),
    F("174 tỷ đồng", "174", 174e9, "money", "đồng", "dư nợ của QTDND Hải Phương", I(ASOF)),
    F("158 tỷ đồng", "158", 158e9, "money", "đồng", "dư nợ của QTDND Hải Đông", I(ASOF)),
    F("3.215 thành viên", "3.215", 3215, "count", "thành viên", "thành viên QTDND thị trấn Yên Định", NOW),
    F("gần 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "vốn điều lệ QTDND thị trấn Yên Định", NOW, approx="nearly"),
    F("200 triệu đồng", "200", 200e6, "money", "đồng", "vốn vay của quỹ (gia đình ông Trần Văn Khải)", Y23),
    F("2 ha nuôi ngao", "2", 2, "measure", "ha", "diện tích nuôi ngao đầu tư", Y23),
    F("từ 8 đến 10%", "8", 8, "percent", "%", "tăng trưởng dư nợ", Y24, value_max=10, status="target"),
    F("dưới 1%", "1", 1, "percent", "%", "tỷ lệ nợ xấu", Y24, approx="under", status="target"),
]

COMMENTS = [
    "District portal (Hải Hậu, Nam Định): QTDND in the district, dateline 'Thứ Năm, 18/07/2024 - 09:20', byline at the end.",
    "Location is the district throughout (communes and fund names are not districts). 'Hiện nay' sentence: no period.",
    "96,5% is the share of a part with no count of its own: a percent figure. Lending rate '%/năm' kept as kind percent, unit '%'.",
    "0,62% carries a change in 'điểm phần trăm'. 'thành lập năm 1995' is a date; 'đến nay' = as-of the dateline.",
    "Quoted household loan (Năm 2023) gives two figures. Distractors: 'xóm 7', dateline, 'VH-TT&TT'.",
]

if __name__ == "__main__":
    emit("p651-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hải Hậu")
