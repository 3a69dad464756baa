"""p1434-2: district portal (huyện Trấn Yên, Yên Bái): the Khe Ngàn iron mine, output, budget, land restoration."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẤN YÊN - TỈNH YÊN BÁI
Trang chủ | Tin tức | Kinh tế | Văn bản

Mỏ sắt Khe Ngàn: khai thác gắn với hoàn thổ, trồng lại rừng

15/05/2024 - 10:20

Mỏ sắt Khe Ngàn tại xã Hưng Khánh do Công ty TNHH Khoáng sản Đông Phong khai thác từ năm 2016, diện tích khai trường 46,8 ha, công suất thiết kế 220.000 tấn quặng nguyên khai/năm.

Năm 2023, dù giá quặng giảm, công ty vẫn khai thác 186.000 tấn quặng nguyên khai, sản xuất 92.500 tấn quặng tinh có hàm lượng sắt từ 60-62%; doanh thu đạt 218 tỷ đồng, tăng 9% so với năm 2022; nộp ngân sách hơn 31 tỷ đồng. Công ty giải quyết việc làm cho 165 lao động, trong đó 112 người là đồng bào dân tộc thiểu số tại địa phương, thu nhập bình quân từ 8 đến 10 triệu đồng/người/tháng.

Song song với khai thác, công ty đã hoàn thổ 12,5 ha tại khu vực bãi thải số 2, trồng khoảng 27 nghìn cây keo. Công ty cũng hỗ trợ xã làm mới 2,3 km đường giao thông nông thôn và tặng quà cho ba chục hộ nghèo.

4 tháng đầu năm 2024, mỏ khai thác được 61.000 tấn quặng nguyên khai, bằng 30,5% kế hoạch năm. Năm nay, công ty phấn đấu khai thác 200.000 tấn, dự kiến nộp ngân sách khoảng 35 tỷ đồng.

Toàn huyện hiện có 4 mỏ sắt đang khai thác, gồm 3 mỏ của doanh nghiệp tư nhân và 1 mỏ của doanh nghiệp nhà nước. Theo ông Lương Văn Tám, Phó Chủ tịch UBND huyện, huyện yêu cầu các mỏ thực hiện đúng Luật Khoáng sản năm 2010, ký quỹ đầy đủ và hoàn thổ ngay sau khi kết thúc từng khu vực khai thác.

Nguồn: Phòng Tài nguyên và Môi trường huyện
Tin khác:
- Trấn Yên: Hội nghị triển khai nhiệm vụ quý II/2024
- Xã Hưng Khánh đạt chuẩn nông thôn mới nâng cao

UBND huyện Trấn Yên - Tổ dân phố số 4, thị trấn Cổ Phúc - ĐT: 0216.3825.118
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khai trường 46,8 ha", "46,8", 46.8, "measure", "ha", subject="diện tích khai trường mỏ sắt Khe Ngàn"),
    fig("thiết kế 220.000 tấn", "220.000", 220000, "measure", "tấn/năm",
        subject="công suất thiết kế mỏ sắt Khe Ngàn"),
    fig("khai thác 186.000 tấn", "186.000", 186000, "measure", "tấn",
        subject="quặng nguyên khai công ty khai thác", period=Y23),
    fig("sản xuất 92.500 tấn", "92.500", 92500, "measure", "tấn",
        subject="quặng tinh công ty sản xuất", period=Y23),
    fig("từ 60-62%", "60", 60, "percent", "%", value_max=62,
        subject="hàm lượng sắt của quặng tinh", period=Y23),
    fig("đạt 218 tỷ", "218", 218e9, "money", "đồng", change=chg("increase", 9, "%", "năm 2022"),
        subject="doanh thu của công ty", period=Y23),
    fig("hơn 31 tỷ", "31", 31e9, "money", "đồng", approx="over",
        subject="nộp ngân sách của công ty", period=Y23),
    fig("cho 165 lao động", "165", 165, "count", "lao động", subject="lao động công ty giải quyết việc làm"),
    fig("112 người", "112", 112, "count", "người", total=165,
        subject="lao động là đồng bào dân tộc thiểu số tại địa phương"),
    fig("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập bình quân của lao động"),
    fig("hoàn thổ 12,5 ha", "12,5", 12.5, "measure", "ha",
        subject="diện tích công ty đã hoàn thổ tại khu vực bãi thải"),
    fig("khoảng 27 nghìn cây", "27", 27000, "count", "cây", approx="about", subject="cây keo trồng"),
    fig("mới 2,3 km", "2,3", 2.3, "measure", "km", subject="đường giao thông nông thôn làm mới"),
    fig("ba chục hộ", "ba chục", 30, "count", "hộ", subject="hộ nghèo được tặng quà"),
    fig("được 61.000 tấn", "61.000", 61000, "measure", "tấn", percent=30.5,
        subject="quặng nguyên khai mỏ khai thác", period=M4),
    fig("khai thác 200.000 tấn", "200.000", 200000, "measure", "tấn", status="target",
        subject="quặng công ty khai thác", period=NOW),
    fig("khoảng 35 tỷ", "35", 35e9, "money", "đồng", approx="about", status="forecast",
        subject="nộp ngân sách của công ty", period=NOW),
    fig("có 4 mỏ sắt", "4", 4, "count", "mỏ", subject="mỏ sắt đang khai thác"),
    fig("gồm 3 mỏ", "3", 3, "count", "mỏ", total=4, subject="mỏ của doanh nghiệp tư nhân"),
    fig("và 1 mỏ", "1", 1, "count", "mỏ", total=4, subject="mỏ của doanh nghiệp nhà nước"),
]

NOTES = [
    "District portal (huyện Trấn Yên, Yên Bái): banner naming the district, menu, '15/05/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'từ năm 2016' (founding year), 'bãi thải số 2', 'ông Lương Văn Tám' (a name), 'Luật Khoáng sản năm 2010', 'quý II/2024',",
    "'Tổ dân phố số 4', phone 0216.3825.118, time 10:20.",
    "Location: the mine is in xã Hưng Khánh of huyện Trấn Yên, so every figure is located in Trấn Yên (the district portal's own district).",
    "'Năm 2023, ...' opens one sentence of ';'-clauses: its period covers 186.000, 92.500, the 60-62% grade, 218 tỷ and 31 tỷ.",
    "'220.000 tấn quặng nguyên khai/năm' → unit 'tấn/năm' (the denominator is part of the unit). '165 lao động, trong đó 112 người' → total 165.",
    "'ba chục hộ' = 30 (number words). '61.000 tấn ..., bằng 30,5% kế hoạch năm' → percent 30.5.",
    "'Năm nay' takes the year of the dateline (2024). 'phấn đấu' → target, 'dự kiến' → forecast (its own clause).",
    "'4 mỏ ..., gồm 3 mỏ ... và 1 mỏ ...' → total 4 for both parts.",
]

if __name__ == "__main__":
    write("p1434-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Trấn Yên")
