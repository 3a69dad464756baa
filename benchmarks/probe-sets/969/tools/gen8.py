from lib import F, P, I, C, T, write

TEXT = """Báo Bắc Giang điện tử
Nông nghiệp
Hơn 112 nghìn liều vắc xin lở mồm long móng được tiêm cho đàn gia súc
14/11/2023 15:40

(BKG) - Tính đến ngày 10/11, các địa phương trong tỉnh đã tiêm 112.640 liều vắc xin lở mồm long móng (LMLM), đạt 91,5% kế hoạch đợt 2 năm 2023. Trong đó, tiêm cho đàn lợn 78.300 liều, đàn trâu, bò 34.340 liều.

Các huyện có số lượng tiêm lớn là Lục Nam (18.250 liều), Yên Thế (16.900 liều) và Lạng Giang (14.120 liều). Đợt tiêm có sự tham gia của 1.620 nhân viên thú y cơ sở.

Theo Chi cục Chăn nuôi và Thú y, tổng đàn lợn của tỉnh hiện khoảng 1,15 triệu con, đàn trâu, bò gần 130 nghìn con. Tỷ lệ tiêm phòng LMLM trên đàn trâu, bò đạt 86,7%, trên đàn lợn nái, lợn đực giống đạt 72,4%.

Từ đầu năm đến nay, toàn tỉnh không phát sinh ổ dịch LMLM; năm 2022, dịch xảy ra 3 ổ tại 2 huyện Lục Ngạn và Sơn Động với 41 con gia súc mắc bệnh.

Để hỗ trợ người chăn nuôi, ngân sách tỉnh chi khoảng 3,2 tỷ đồng mua vắc xin, hóa chất; mỗi thôn được cấp từ 20 đến 30 lít hóa chất khử trùng. Thực hiện Công văn số 1876/SNN-CNTY, trong tháng 12 các huyện sẽ tổ chức tiêm bổ sung cho gia súc mới nhập đàn.

Năm 2024, tỉnh đặt mục tiêu tiêm phòng LMLM đạt 90% tổng đàn trâu, bò và 80% đàn lợn nái, lợn đực giống.

Tùng Lâm
"""

NOTES = [
    "Báo Bắc Giang điện tử, '(BKG) -' tag (implies Bắc Giang), dateline '14/11/2023 15:40', year-less headline figure 'Hơn 112 nghìn liều'.",
    "Distractors: '(BKG)', time '15:40', 'đợt 2 năm 2023', 'Công văn số 1876/SNN-CNTY', 'trong tháng 12' (a plan date, no figure).",
    "'Tính đến ngày 10/11' takes 2023 from the dateline. Lợn + trâu, bò after 'Trong đó' add up to 112.640. The district list is a ranking:",
    "no total; districts are locations. Outbreaks of 2022 in two districts stay at the province. 'mỗi thôn ... từ 20 đến 30 lít' is a",
    "per-unit range (unit lít/thôn). Two 2024 targets share 'đặt mục tiêu'.",
]

tdn = P("Tính đến ngày 10/11", end="2023-11-10")
y22 = P("năm 2022", "2022-01-01", "2022-12-31")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 112 nghìn liều", "112", 112000, "count", "liều", "liều vắc xin lở mồm long móng được tiêm cho đàn gia súc", approx="over"),
    F("tiêm 112.640 liều", "112.640", 112640, "count", "liều", "liều vắc xin lở mồm long móng đã tiêm", tdn, percent=91.5),
    F("lợn 78.300 liều", "78.300", 78300, "count", "liều", "liều vắc xin LMLM tiêm cho đàn lợn", I(tdn), total=112640),
    F("34.340 liều", "34.340", 34340, "count", "liều", "liều vắc xin LMLM tiêm cho đàn trâu, bò", I(tdn), total=112640),
    F("(18.250 liều)", "18.250", 18250, "count", "liều", "liều vắc xin LMLM đã tiêm", I(tdn), location="Lục Nam"),
    F("(16.900 liều)", "16.900", 16900, "count", "liều", "liều vắc xin LMLM đã tiêm", I(tdn), location="Yên Thế"),
    F("(14.120 liều)", "14.120", 14120, "count", "liều", "liều vắc xin LMLM đã tiêm", I(tdn), location="Lạng Giang"),
    F("1.620 nhân viên", "1.620", 1620, "count", "nhân viên", "nhân viên thú y cơ sở tham gia đợt tiêm"),
    F("khoảng 1,15 triệu con", "1,15", 1150000, "count", "con", "tổng đàn lợn", approx="about"),
    F("gần 130 nghìn con", "130", 130000, "count", "con", "đàn trâu, bò", approx="nearly"),
    F("đạt 86,7%", "86,7", 86.7, "percent", "%", "tỷ lệ tiêm phòng LMLM trên đàn trâu, bò"),
    F("đạt 72,4%", "72,4", 72.4, "percent", "%", "tỷ lệ tiêm phòng LMLM trên đàn lợn nái, lợn đực giống"),
    F("xảy ra 3 ổ", "3", 3, "count", "ổ", "ổ dịch LMLM", y22),
    F("tại 2 huyện", "2", 2, "count", "huyện", "huyện có ổ dịch LMLM", y22),
    F("với 41 con", "41", 41, "count", "con", "gia súc mắc bệnh LMLM", y22),
    F("khoảng 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "ngân sách tỉnh chi mua vắc xin, hóa chất", approx="about"),
    F("từ 20 đến 30 lít", "20", 20, "measure", "lít/thôn", "hóa chất khử trùng cấp cho mỗi thôn", value_max=30),
    F("đạt 90% tổng đàn", "90", 90, "percent", "%", "tỷ lệ tiêm phòng LMLM trên đàn trâu, bò", y24, status="target"),
    F("80% đàn lợn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng LMLM trên đàn lợn nái, lợn đực giống", y24, status="target"),
]

write("p969-8", TEXT, NOTES, FIGS, published="2023-11-14", location="Bắc Giang")
