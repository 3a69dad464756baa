from lib import *

text = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức > Chăn nuôi

Chăn nuôi bò sữa 9 tháng năm 2024: Quy mô đàn tăng chậm, năng suất cải thiện

Thứ Sáu, 25/10/2024, 14:20

(MARD) - Theo Cục Chăn nuôi, tính đến cuối quý III/2024, tổng đàn bò cả nước ước đạt 6,32 triệu con, tăng 0,9% so với cùng kỳ; trong đó đàn bò sữa khoảng 335,6 nghìn con, tăng 1,9%. Sản lượng sữa tươi 9 tháng ước đạt 1,23 triệu tấn, tăng 5,1%. Năng suất sữa bình quân hiện đạt 5.650 kg/con/chu kỳ.

Dẫn đầu về quy mô đàn bò sữa là Nghệ An (68.700 con), TP. Hồ Chí Minh đứng thứ hai (62.500 con), tiếp đến là Sơn La (33.600 con), Lâm Đồng (26.800 con) và Hà Nội (15.740 con). Riêng 5 địa phương này chiếm gần 62% tổng đàn bò sữa cả nước.

Về thị trường, 9 tháng năm 2024 kim ngạch nhập khẩu sữa và sản phẩm sữa đạt 912 triệu USD, tăng 12,3% so với cùng kỳ; trong đó nhập khẩu từ New Zealand chiếm 26,4%. Cả nước nhập khẩu 4.850 con bò sữa giống, chủ yếu từ Mỹ và Úc. Doanh thu toàn ngành sữa ước đạt khoảng 45,8 nghìn tỷ đồng. Giá sữa tươi nguyên liệu tại các vùng nuôi phổ biến ở mức 13.000-14.500 đồng/kg; sản xuất trong nước mới đáp ứng khoảng 40% nhu cầu tiêu dùng.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg), đến năm 2030 đàn bò sữa cả nước đạt khoảng 500 nghìn con, sản lượng sữa tươi đạt 2,6-3 triệu tấn, tỷ lệ bò thịt lai đạt trên 70%.

Cục Chăn nuôi khuyến cáo các địa phương rà soát quỹ đất trồng cỏ, hỗ trợ người chăn nuôi tiếp cận vốn vay theo Nghị định số 55/2015/NĐ-CP và liên kết với doanh nghiệp để ổn định đầu ra.

Thu Hằng
"""

Q3 = P("tính đến cuối quý III/2024", None, "2024-09-30")
Q3i = P("tính đến cuối quý III/2024", None, "2024-09-30", inherited=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9yi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Y30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("ước đạt 6,32 triệu con", "6,32", 6320000, "count", "con", "tổng đàn bò", status="estimate",
      change=C("increase", 0.9, "%", "cùng kỳ"), period=Q3),
    F("khoảng 335,6 nghìn con", "335,6", 335600, "count", "con", "đàn bò sữa", approx="about", total=6320000,
      change=C("increase", 1.9, "%"), status="estimate", period=Q3),
    F("1,23 triệu tấn", "1,23", 1230000, "measure", "tấn", "sản lượng sữa tươi", status="estimate",
      change=C("increase", 5.1, "%"), period=M9),
    F("5.650 kg/con/chu kỳ", "5.650", 5650, "measure", "kg/con/chu kỳ", "năng suất sữa bình quân"),
    F("Nghệ An (68.700 con)", "68.700", 68700, "count", "con", "quy mô đàn bò sữa", location="Nghệ An", period=Q3i),
    F("thứ hai (62.500", "hai", 2, "rank", "hạng", "quy mô đàn bò sữa", location="Hồ Chí Minh", period=Q3i),
    F("(62.500 con)", "62.500", 62500, "count", "con", "quy mô đàn bò sữa", location="Hồ Chí Minh", period=Q3i),
    F("(33.600 con)", "33.600", 33600, "count", "con", "quy mô đàn bò sữa", location="Sơn La", period=Q3i),
    F("(26.800 con)", "26.800", 26800, "count", "con", "quy mô đàn bò sữa", location="Lâm Đồng", period=Q3i),
    F("(15.740 con)", "15.740", 15740, "count", "con", "quy mô đàn bò sữa", location="Hà Nội", period=Q3i),
    F("Riêng 5 địa phương", "5", 5, "count", "địa phương", "địa phương có đàn bò sữa lớn", optional=True),
    F("gần 62%", "62", 62, "percent", "%", "5 địa phương chiếm trong tổng đàn bò sữa cả nước", approx="nearly", period=Q3i),
    F("đạt 912 triệu USD", "912", 912000000, "money", "USD", "kim ngạch nhập khẩu sữa và sản phẩm sữa",
      change=C("increase", 12.3, "%", "cùng kỳ"), period=M9y),
    F("chiếm 26,4%", "26,4", 26.4, "percent", "%", "nhập khẩu từ New Zealand", period=M9y),
    F("4.850 con", "4.850", 4850, "count", "con", "bò sữa giống nhập khẩu", period=M9yi),
    F("khoảng 45,8 nghìn tỷ đồng", "45,8", 45800000000000, "money", "đồng", "doanh thu toàn ngành sữa",
      approx="about", status="estimate", period=M9yi),
    F("13.000-14.500 đồng/kg", "13.000", 13000, "money", "đồng/kg", "giá sữa tươi nguyên liệu", value_max=14500),
    F("khoảng 40%", "40", 40, "percent", "%", "sản xuất trong nước đáp ứng nhu cầu tiêu dùng", approx="about"),
    F("khoảng 500 nghìn con", "500", 500000, "count", "con", "đàn bò sữa cả nước", approx="about", status="target", period=Y30),
    F("2,6-3 triệu tấn", "2,6", 2600000, "measure", "tấn", "sản lượng sữa tươi", value_max=3000000, status="target", period=Y30),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ bò thịt lai", approx="over", status="target", period=Y30),
]

build("p313-6", [
    "Ministry site (Bộ NN&PTNT, Cục Chăn nuôi): national cattle and dairy herd to end of Q3/2024, milk output, top dairy provinces, imports,",
    "industry revenue, raw-milk price, 2030 strategy targets. Dateline 'Thứ Sáu, 25/10/2024, 14:20'; byline at the end.",
    "Distractors: quý III/2024 in the title, tầm nhìn 2045, Quyết định số 1520/QĐ-TTg, Nghị định số 55/2015/NĐ-CP, '(MARD)'.",
    "'trong đó đàn bò sữa khoảng 335,6 nghìn con' → total 6.320.000; the 'ước' cue of the main clause continues into the trong đó clause.",
    "Province list: 'Dẫn đầu về quy mô đàn bò sữa là …' (no part-of cue, so no total); provinces → location. New Zealand/Mỹ/Úc are trade",
    "partners, not places (location Việt Nam). 'gần 62%' stands in its own sentence: a percent figure; 'Riêng 5 địa phương' is a reference: optional.",
    "'9 tháng' (para 1) takes 2024 from 'quý III/2024'.",
], text, figs, location="Việt Nam", published="2024-10-25")
