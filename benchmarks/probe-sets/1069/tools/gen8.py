"""p1069-8: Báo Bắc Giang online ((BGĐT) tag), hazardous medical waste 2024 and 2025 plan."""
from lib import fig, write, P, inh, CH, TG

TEXT = """Báo Bắc Giang điện tử
Xã hội | Y tế
Cập nhật: 08:40, 03/03/2025

99,2% chất thải y tế nguy hại được xử lý đạt chuẩn

(BGĐT) - Năm 2024, các cơ sở y tế trên địa bàn tỉnh đã thu gom, xử lý 642,8 tấn chất thải y tế nguy hại, tăng 7,3% so với năm 2023; tỷ lệ xử lý đạt chuẩn ước đạt 99,2%.

Hiện tỉnh có 4 cụm xử lý đặt tại Bệnh viện Đa khoa tỉnh, Bệnh viện Đa khoa khu vực Lục Ngạn, Trung tâm Y tế huyện Yên Thế và Trung tâm Y tế huyện Lạng Giang. Lượng chất thải tiếp nhận bình quân của các cụm lần lượt là 980 kg/ngày, 310 kg/ngày, 215 kg/ngày và 260 kg/ngày. Chất thải của 209 trạm y tế xã, phường, thị trấn được 7 xe chuyên dụng thu gom về cụm; riêng các xã dọc Quốc lộ 31 được thu gom 3 lần/tuần.

Tổng kinh phí xử lý chất thải y tế năm 2024 khoảng 7,1 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 2,3 tỷ đồng cho tuyến xã theo Nghị quyết số 37/2022/NQ-HĐND. Một số huyện có tỷ lệ trạm y tế được thu gom đúng tần suất còn thấp như Sơn Động (78%), Lục Nam (84,5%).

Năm 2025, tỉnh phấn đấu 100% trạm y tế xã được thu gom chất thải theo cụm; dự kiến đầu tư 1 hệ thống hấp vi sóng công suất 500 kg/ngày tại Bệnh viện Đa khoa tỉnh với kinh phí 8,9 tỷ đồng. Ngoài ra, Sở Y tế sẽ tập huấn phân loại chất thải cho khoảng 1.500 nhân viên y tế trong quý II/2025.

Thu Hương
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    fig("99,2% chất thải y tế nguy hại được xử lý", "99,2", "percent", "%", "chất thải y tế nguy hại được xử lý đạt chuẩn"),
    fig("xử lý 642,8 tấn", "642,8", "measure", "tấn", "chất thải y tế nguy hại được thu gom, xử lý", Y24,
        change=CH("increase", 7.3, "%", "năm 2023")),
    fig("ước đạt 99,2%", "99,2", "percent", "%", "tỷ lệ xử lý đạt chuẩn", Y24, status="estimate"),
    fig("có 4 cụm xử lý", "4", "count", "cụm xử lý", "cụm xử lý chất thải y tế"),
    fig("là 980 kg/ngày", "980", "measure", "kg/ngày", "lượng chất thải tiếp nhận bình quân của cụm"),
    fig("310 kg/ngày", "310", "measure", "kg/ngày", "lượng chất thải tiếp nhận bình quân của cụm", location="Lục Ngạn"),
    fig("215 kg/ngày", "215", "measure", "kg/ngày", "lượng chất thải tiếp nhận bình quân của cụm", location="Yên Thế"),
    fig("260 kg/ngày", "260", "measure", "kg/ngày", "lượng chất thải tiếp nhận bình quân của cụm", location="Lạng Giang"),
    fig("của 209 trạm y tế", "209", "count", "trạm y tế", "trạm y tế xã, phường, thị trấn được thu gom chất thải về cụm"),
    fig("được 7 xe chuyên dụng", "7", "count", "xe chuyên dụng", "xe chuyên dụng thu gom chất thải về cụm"),
    fig("3 lần/tuần", "3", "measure", "lần/tuần", "tần suất thu gom chất thải tại các xã dọc Quốc lộ 31"),
    fig("khoảng 7,1 tỷ đồng", "7,1", "money", "đồng", "tổng kinh phí xử lý chất thải y tế",
        P("năm 2024", "2024-01-01", "2024-12-31"), mult=1e9, approx="about"),
    fig("hỗ trợ 2,3 tỷ đồng", "2,3", "money", "đồng", "ngân sách tỉnh hỗ trợ cho tuyến xã",
        P("năm 2024", "2024-01-01", "2024-12-31"), mult=1e9, total=7100000000),
    fig("Sơn Động (78%)", "78", "percent", "%", "tỷ lệ trạm y tế được thu gom đúng tần suất", location="Sơn Động"),
    fig("Lục Nam (84,5%)", "84,5", "percent", "%", "tỷ lệ trạm y tế được thu gom đúng tần suất", location="Lục Nam"),
    fig("phấn đấu 100% trạm y tế", "100", "percent", "%", "trạm y tế xã được thu gom chất thải theo cụm", Y25, status="target"),
    fig("đầu tư 1 hệ thống hấp vi sóng", "1", "count", "hệ thống hấp vi sóng", "hệ thống hấp vi sóng đầu tư tại Bệnh viện Đa khoa tỉnh",
        Y25, status="forecast"),
    fig("công suất 500 kg/ngày", "500", "measure", "kg/ngày", "công suất hệ thống hấp vi sóng", Y25, status="forecast"),
    fig("kinh phí 8,9 tỷ đồng", "8,9", "money", "đồng", "kinh phí đầu tư hệ thống hấp vi sóng", Y25, mult=1e9, status="forecast"),
    fig("khoảng 1.500 nhân viên y tế", "1.500", "count", "nhân viên y tế", "nhân viên y tế được tập huấn phân loại chất thải",
        P("trong quý II/2025", "2025-04-01", "2025-06-30"), approx="about", status="forecast"),
]
NOTES = [
    "Báo Bắc Giang online (invented), tag (BGĐT): hazardous medical waste 2024 and plan 2025; headline figure without a year.",
    "Not figures: 'Cập nhật: 08:40, 03/03/2025', Quốc lộ 31, Nghị quyết số 37/2022/NQ-HĐND, (BGĐT) tag.",
    "The 'lần lượt' list shares the indicator and takes its locations from the named clusters in order: the provincial hospital (Bắc Giang),",
    "Lục Ngạn, Yên Thế, Lạng Giang. 'Sơn Động (78%), Lục Nam (84,5%)' have no period phrase in their sentence: no period.",
    "'sẽ tập huấn ... khoảng 1.500 nhân viên y tế' is a plan stated with 'sẽ': forecast.",
    "Headline 99,2% has no period phrase; the body 99,2% is 'ước đạt' (estimate) for năm 2024.",
]
write("p1069-8", TEXT, FIGS, NOTES, published="2025-03-03", location="Bắc Giang")
