from lib import F, P, CH, build

TEXT = """Báo Bắc Giang điện tử
Xã hội › Nhân ái
Thứ Sáu, 04/10/2024 - 16:05

Hội Chữ thập đỏ tỉnh: 9 tháng vận động gần 37,6 tỷ đồng

BGĐT - Trong quý III/2024, các cấp Hội Chữ thập đỏ tỉnh tiếp nhận 26,84 tỷ đồng tiền và hàng (tiền mặt 21,36 tỷ đồng, hàng hóa quy đổi khoảng 5,48 tỷ đồng) ủng hộ khắc phục hậu quả cơn bão số 3 (Yagi), gấp 2,5 lần nguồn lực của 6 tháng đầu năm. Lũy kế 9 tháng năm 2024, tổng nguồn lực vận động đạt 37,58 tỷ đồng, vượt 25,3% kế hoạch năm.

Từ nguồn ủng hộ, Hội đã hỗ trợ 4.215 hộ bị thiệt hại tại các huyện Lục Nam, Lục Ngạn, Yên Dũng và Sơn Động, mức hỗ trợ từ 2 đến 10 triệu đồng/hộ; trong đó 37 hộ có nhà bị sập đổ hoàn toàn được hỗ trợ 30 triệu đồng/hộ để dựng lại nhà. Gần 1.500 tình nguyện viên, hội viên Chữ thập đỏ đã tham gia dọn dẹp, vệ sinh môi trường với khoảng 6.200 ngày công.

Hội cũng chuyển 3,2 tỷ đồng hỗ trợ các tỉnh bị thiệt hại nặng, gồm Yên Bái 1,2 tỷ đồng, Lào Cai 1 tỷ đồng, Cao Bằng 0,6 tỷ đồng và Tuyên Quang 0,4 tỷ đồng.

Về hiến máu tình nguyện, 9 tháng toàn tỉnh tiếp nhận 17.926 đơn vị máu, đạt 81,5% kế hoạch, xếp thứ 2 trong cụm thi đua các tỉnh trung du, miền núi phía Bắc.

Quý IV/2024, Hội phấn đấu vận động thêm 5 tỷ đồng, xây dựng 50 "Mái ấm Chữ thập đỏ" cho hộ nghèo.

Tổ chức, cá nhân ủng hộ xin chuyển vào tài khoản số 8800 1234 5678 của Hội Chữ thập đỏ tỉnh Bắc Giang tại Vietinbank chi nhánh Bắc Giang.

Minh Anh
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("vận động gần 37,6 tỷ", "37,6", 37.6e9, "money", "đồng", "nguồn lực vận động", approx="nearly",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tiếp nhận 26,84 tỷ", "26,84", 26.84e9, "money", "đồng", "tiền và hàng ủng hộ khắc phục hậu quả bão",
      change=CH("increase", 2.5, "lần", "6 tháng đầu năm"), period=Q3),
    F("mặt 21,36 tỷ", "21,36", 21.36e9, "money", "đồng", "tiền mặt ủng hộ", total=26.84e9, period=Q3),
    F("khoảng 5,48 tỷ", "5,48", 5.48e9, "money", "đồng", "hàng hóa quy đổi ủng hộ", approx="about", total=26.84e9, period=Q3),
    F("đạt 37,58 tỷ", "37,58", 37.58e9, "money", "đồng", "tổng nguồn lực vận động",
      change=CH("increase", 25.3, "%", "kế hoạch năm"), period=M9),
    F("hỗ trợ 4.215 hộ", "4.215", 4215, "count", "hộ", "hộ bị thiệt hại được hỗ trợ", period=Q3i),
    F("từ 2 đến 10 triệu", "2", 2e6, "money", "đồng/hộ", "mức hỗ trợ hộ bị thiệt hại", value_max=10e6, period=Q3i),
    F("trong đó 37 hộ", "37", 37, "count", "hộ", "hộ có nhà bị sập đổ hoàn toàn", total=4215, period=Q3i),
    F("hỗ trợ 30 triệu", "30", 30e6, "money", "đồng/hộ", "mức hỗ trợ hộ có nhà bị sập đổ hoàn toàn", period=Q3i),
    F("Gần 1.500 tình", "1.500", 1500, "count", "tình nguyện viên, hội viên", "tình nguyện viên, hội viên Chữ thập đỏ tham gia dọn dẹp",
      approx="nearly", period=Q3i),
    F("khoảng 6.200 ngày", "6.200", 6200, "count", "ngày công", "ngày công dọn dẹp, vệ sinh môi trường", approx="about",
      period=Q3i),
    F("chuyển 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", "hỗ trợ các tỉnh bị thiệt hại nặng", period=Q3i),
    F("Yên Bái 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "hỗ trợ các tỉnh bị thiệt hại nặng", total=3.2e9,
      location="Yên Bái", period=Q3i),
    F("Lào Cai 1 tỷ", "1", 1e9, "money", "đồng", "hỗ trợ các tỉnh bị thiệt hại nặng", total=3.2e9,
      location="Lào Cai", period=Q3i),
    F("Cao Bằng 0,6 tỷ", "0,6", 0.6e9, "money", "đồng", "hỗ trợ các tỉnh bị thiệt hại nặng", total=3.2e9,
      location="Cao Bằng", period=Q3i),
    F("Tuyên Quang 0,4 tỷ", "0,4", 0.4e9, "money", "đồng", "hỗ trợ các tỉnh bị thiệt hại nặng", total=3.2e9,
      location="Tuyên Quang", period=Q3i),
    F("tiếp nhận 17.926 đơn vị", "17.926", 17926, "count", "đơn vị máu", "đơn vị máu hiến tình nguyện tiếp nhận",
      percent=81.5, period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "hiến máu tình nguyện",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("thêm 5 tỷ", "5", 5e9, "money", "đồng", "nguồn lực vận động thêm", status="target", period=Q4),
    F("xây dựng 50", "50", 50, "count", "Mái ấm Chữ thập đỏ", "Mái ấm Chữ thập đỏ xây dựng cho hộ nghèo",
      status="target", period=Q4),
]

COMMENTS = [
    "revised after the first run: subject of 'xếp thứ 2' shortened to the indicator (the scope 'trong cụm thi đua …' removed), following probe 205's convention.",
    "Báo Bắc Giang điện tử (Party newspaper), dateline 'Thứ Sáu, 04/10/2024 - 16:05', tag 'BGĐT' (implies Bắc Giang), byline at the end. Storm Yagi relief, quý III and 9 tháng 2024.",
    "The headline's '9 tháng' has no year and stands before any date: it takes the year of the dateline (2024). '(tiền mặt …, hàng hóa … khoảng …)' is a bracketed breakdown adding up to 26,84 tỷ → total.",
    "'gấp 2,5 lần nguồn lực của 6 tháng đầu năm' is the change of 26,84 tỷ (lần); 'vượt 25,3% kế hoạch năm' is a gap to plan → change with that baseline (FIGURES.md, result against plan).",
    "'trong đó 37 hộ' total 4.215; 'từ 2 đến 10 triệu đồng/hộ' range. Four districts named together → no single district: location Bắc Giang.",
    "'gồm Yên Bái 1,2 tỷ …' parts of 3,2 tỷ, each item's province is its location. 'đạt 81,5% kế hoạch' share of 17.926; 'xếp thứ 2 trong cụm thi đua' rank without a numeric total; its subject is the indicator (hiến máu tình nguyện), the ranking scope is not (as revised in probe 205).",
    "'Quý IV/2024, Hội phấn đấu …' → targets with period quý IV. Distractors: 'bão số 3', account number '8800 1234 5678', 'Vietinbank chi nhánh Bắc Giang', dateline.",
]

build("p299-8", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Bắc Giang")
