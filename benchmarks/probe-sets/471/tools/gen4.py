from lib import *

text = """BÁO BẮC GIANG
Kinh tế
Việt Yên: Giá trúng đấu giá đất cao nhất gần 70 triệu đồng/m2
21/03/2024 07:45

BGĐT - Ngày 19/3, UBND thị xã Việt Yên tổ chức phiên đấu giá quyền sử dụng đất đối với 83 ô đất ở tại Khu dân cư số 3 phường Nếnh. Các ô đất có diện tích từ 90 đến 120 m2, giá khởi điểm từ 17 triệu đến 22 triệu đồng/m2.

Phiên đấu giá thu hút hơn 1.600 hồ sơ đăng ký. Kết quả, toàn bộ 83 ô đất đều có người trúng; giá trúng phổ biến từ 35 đến 48 triệu đồng/m2, ô có giá trúng cao nhất đạt gần 70 triệu đồng/m2. Tổng số tiền trúng đấu giá khoảng 362 tỷ đồng, tăng 103% so với giá khởi điểm.

Theo UBND thị xã, trong quý II/2024 Việt Yên dự kiến tổ chức 4 phiên đấu giá với 290 ô đất, dự kiến thu khoảng 1.150 tỷ đồng. Năm 2023, thị xã thu tiền sử dụng đất đạt 2.864 tỷ đồng, vượt 14,6% dự toán tỉnh giao, xếp thứ 2 trong 10 huyện, thị xã, thành phố của tỉnh, sau TP Bắc Giang.

Toàn tỉnh Bắc Giang năm 2023 đã tổ chức 276 cuộc đấu giá quyền sử dụng đất với 6.140 lô, thu về gần 9,63 nghìn tỷ đồng. Năm 2024, tỉnh phấn đấu thu tiền sử dụng đất đạt 11.500 tỷ đồng, trong đó thu từ đấu giá chiếm trên 70%.

Tuy nhiên, đại diện Sở Tài nguyên và Môi trường khuyến cáo người dân cần tỉnh táo, tránh để giới đầu cơ "thổi giá". Hiện tượng bỏ cọc đã xảy ra tại một số phiên đấu giá, riêng huyện Lạng Giang có 37 lô bị bỏ cọc trong năm 2023. Theo Nghị định số 43/2014/NĐ-CP, người trúng đấu giá không nộp tiền đúng hạn sẽ bị hủy kết quả.

Thanh Thủy"""

D = P("Ngày 19/3", "2024-03-19", "2024-03-19")
Di = I("Ngày 19/3", "2024-03-19", "2024-03-19")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
figs = [
    F("cao nhất gần 70 triệu", "70", 70e6, "money", "đồng/m2", "giá trúng đấu giá đất cao nhất", Di, approx="nearly"),
    F("đối với 83 ô đất", "83", 83, "count", "ô đất", "ô đất ở đưa ra đấu giá", D),
    F("từ 90 đến 120 m2", "90", 90, "measure", "m2", "diện tích ô đất", Di, value_max=120),
    F("từ 17 triệu đến 22 triệu", "17", 17e6, "money", "đồng/m2", "giá khởi điểm", Di, value_max=22e6),
    F("hơn 1.600 hồ sơ", "1.600", 1600, "count", "hồ sơ", "hồ sơ đăng ký đấu giá", Di, approx="over"),
    F("toàn bộ 83 ô đất", "83", 83, "count", "ô đất", "ô đất có người trúng đấu giá", Di),
    F("từ 35 đến 48 triệu", "35", 35e6, "money", "đồng/m2", "giá trúng phổ biến", Di, value_max=48e6),
    F("đạt gần 70 triệu", "70", 70e6, "money", "đồng/m2", "giá trúng cao nhất", Di, approx="nearly"),
    F("khoảng 362 tỷ đồng", "362", 362e9, "money", "đồng", "tổng số tiền trúng đấu giá", Di, approx="about",
      change=C("increase", 103, "%", "giá khởi điểm")),
    F("tổ chức 4 phiên", "4", 4, "count", "phiên", "phiên đấu giá", P("trong quý II/2024", "2024-04-01", "2024-06-30"), status="forecast"),
    F("với 290 ô đất", "290", 290, "count", "ô đất", "ô đất đưa ra đấu giá", P("trong quý II/2024", "2024-04-01", "2024-06-30"),
      status="forecast"),
    F("khoảng 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "tiền thu từ đấu giá",
      P("trong quý II/2024", "2024-04-01", "2024-06-30"), approx="about", status="forecast"),
    F("đạt 2.864 tỷ đồng", "2.864", 2864e9, "money", "đồng", "thu tiền sử dụng đất", Y23,
      change=C("increase", 14.6, "%", "dự toán tỉnh giao")),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "thu tiền sử dụng đất", Y23, total=10),
    F("tổ chức 276 cuộc", "276", 276, "count", "cuộc đấu giá", "cuộc đấu giá quyền sử dụng đất",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Bắc Giang"),
    F("với 6.140 lô", "6.140", 6140, "count", "lô", "lô đất đấu giá", P("năm 2023", "2023-01-01", "2023-12-31"), location="Bắc Giang"),
    F("gần 9,63 nghìn tỷ", "9,63", 9.63e12, "money", "đồng", "tiền thu về từ đấu giá quyền sử dụng đất",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly", location="Bắc Giang"),
    F("đạt 11.500 tỷ đồng", "11.500", 11500e9, "money", "đồng", "thu tiền sử dụng đất", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target", location="Bắc Giang"),
    F("chiếm trên 70%", "70", 70, "percent", "%", "tỷ trọng thu từ đấu giá trong thu tiền sử dụng đất",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target", location="Bắc Giang"),
    F("có 37 lô", "37", 37, "count", "lô", "lô bị bỏ cọc", P("trong năm 2023", "2023-01-01", "2023-12-31"), location="Lạng Giang"),
]
write(4, text, figs, [
    "Báo Bắc Giang (Party newspaper, BGĐT): auction of 83 lots in thị xã Việt Yên on 19/3/2024; town and province land revenue.",
    "Dateline is a bare '21/03/2024 07:45'; byline at the end. Distractors: 'Khu dân cư số 3', 'Ngày 19/3', 'Nghị định số 43/2014/NĐ-CP', section tag 'Kinh tế'.",
    "Auction figures take the day 19/3/2024 (year from the dateline); only the first sentence states it, the rest inherit.",
    "Ranges 'từ 17 triệu đến 22 triệu đồng/m2', 'từ 35 đến 48 triệu đồng/m2' give value_max. 'toàn bộ 83 ô đất đều có người trúng' restates 83 as a result: a figure.",
    "362 tỷ: 'tăng 103% so với giá khởi điểm' is its change. 2.864 tỷ: 'vượt 14,6% dự toán' is a gap to plan, a change (FIGURES.md).",
    "'xếp thứ 2 trong 10 huyện, thị xã, thành phố' rank with total 10; 'sau TP Bắc Giang' names no figure.",
    "'dự kiến' (twice) makes the quý II/2024 figures forecasts; 'phấn đấu' makes the 2024 province figures targets, including the share 'trên 70%'",
    "('trong đó … chiếm' on money: the share is a percent figure of its own). 'gần 9,63 nghìn tỷ đồng' = 9,63·10¹² đồng. 37 lô: location Lạng Giang.",
], published="2024-03-21", location="Việt Yên")
