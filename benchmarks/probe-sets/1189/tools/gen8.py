"""p1189-8: provincial newspaper online (Báo Cần Thơ), truck-tyre retreading, 9 months 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Cần Thơ Online > Kinh tế > Doanh nghiệp

Dịch vụ đắp lốp xe tải hút khách nhờ giá rẻ

Cập nhật: 17/10/2023 - 10:42

(CT) - 9 tháng đầu năm, các cơ sở đắp lốp trên địa bàn thành phố đắp khoảng 18.400 lốp xe tải, xe khách, tăng 14,6% so với cùng kỳ; doanh thu ước đạt 37,5 tỷ đồng, bằng 78% kế hoạch năm. Riêng quý III, số lốp được đắp đạt 6.900 chiếc.

Thành phố hiện có 16 cơ sở đắp lốp, trong đó quận Cái Răng có 6 cơ sở, quận Ô Môn 4 cơ sở, quận Thốt Nốt 3 cơ sở. Đa số cơ sở áp dụng công nghệ đắp nguội (đắp gai sẵn), chiếm 75% số lốp được đắp. Lượng cao su mài, gai lốp thải phát sinh ước khoảng 210 tấn/năm, phần lớn được bán cho các cơ sở tái chế ở Bình Dương và Long An.

Tại cơ sở đắp lốp Tân Phát trên Quốc lộ 1 (quận Cái Răng), anh Trần Văn Lộc, chủ cơ sở, cho biết mỗi tháng cơ sở nhận đắp 220-250 lốp, cao điểm cuối năm tăng lên hơn 300 lốp. Giá đắp một lốp xe tải cỡ 1000-20 khoảng 1,5 triệu đồng, trong khi một lốp mới cùng cỡ có giá 4,5-5 triệu đồng. Lốp đắp chạy được 60.000-80.000 km. Cơ sở có 9 thợ, lương từ 7 đến 10 triệu đồng/tháng.

Theo Sở Công Thương, năm 2024 thành phố dự kiến cấp phép thêm 2 cơ sở đắp lốp đạt chuẩn; phấn đấu 100% cơ sở thu gom cao su mài, gai lốp thải để chuyển cho đơn vị tái chế thay vì đốt bỏ.

MINH HUYỀN
"""

N9 = per("9 tháng đầu năm", "2023-01-01", "2023-09-30")
Q3 = per("quý III", "2023-07-01", "2023-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
CR = "Cái Răng"
TP = "cơ sở đắp lốp Tân Phát"

FIGS = [
    fig("khoảng 18.400 lốp", "18.400", 18400, "count", "lốp", approx="about",
        change=chg("increase", 14.6, "%", "cùng kỳ"), subject="lốp xe tải, xe khách được đắp", period=N9),
    fig("ước đạt 37,5 tỷ", "37,5", 37500000000, "money", "đồng", percent=78, status="estimate",
        subject="doanh thu các cơ sở đắp lốp", period=N9),
    fig("đạt 6.900 chiếc", "6.900", 6900, "count", "chiếc", subject="số lốp được đắp", period=Q3),
    fig("hiện có 16 cơ sở", "16", 16, "count", "cơ sở", subject="cơ sở đắp lốp"),
    fig("có 6 cơ sở", "6", 6, "count", "cơ sở", total=16, location=CR, subject="cơ sở đắp lốp"),
    fig("Ô Môn 4 cơ sở", "4", 4, "count", "cơ sở", total=16, location="Ô Môn", subject="cơ sở đắp lốp"),
    fig("Thốt Nốt 3 cơ sở", "3", 3, "count", "cơ sở", total=16, location="Thốt Nốt", subject="cơ sở đắp lốp"),
    fig("chiếm 75%", "75", 75, "percent", "%", subject="lốp đắp bằng công nghệ đắp nguội trong số lốp được đắp"),
    fig("ước khoảng 210 tấn/năm", "210", 210, "measure", "tấn/năm", approx="about", status="estimate",
        subject="cao su mài, gai lốp thải phát sinh"),
    fig("đắp 220-250 lốp", "220", 220, "count", "lốp", value_max=250, location=CR,
        subject=f"lốp {TP} nhận đắp mỗi tháng"),
    fig("hơn 300 lốp", "300", 300, "count", "lốp", approx="over", location=CR,
        subject=f"lốp {TP} nhận đắp mỗi tháng cao điểm cuối năm"),
    fig("khoảng 1,5 triệu", "1,5", 1500000, "money", "đồng", approx="about", location=CR,
        subject="giá đắp một lốp xe tải"),
    fig("giá 4,5-5 triệu", "4,5", 4500000, "money", "đồng", value_max=5000000, location=CR,
        subject="giá một lốp mới cùng cỡ"),
    fig("được 60.000-80.000 km", "60.000", 60000, "measure", "km", value_max=80000, location=CR,
        subject="quãng đường lốp đắp chạy được"),
    fig("có 9 thợ", "9", 9, "count", "thợ", location=CR, subject="thợ của cơ sở"),
    fig("từ 7 đến 10 triệu", "7", 7000000, "money", "đồng/tháng", value_max=10000000, location=CR,
        subject="lương thợ của cơ sở"),
    fig("thêm 2 cơ sở", "2", 2, "count", "cơ sở", status="forecast",
        subject="cơ sở đắp lốp đạt chuẩn được cấp phép thêm", period=Y24),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở thu gom cao su mài, gai lốp thải chuyển cho đơn vị tái chế", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Cần Thơ): breadcrumb, 'Cập nhật: 17/10/2023 - 10:42', tag '(CT) -' (published 2023-10-17).",
    "The text says only 'thành phố'; the tag and the districts (quận Cái Răng, Ô Môn, Thốt Nốt) imply Cần Thơ (default location).",
    "Year-less '9 tháng đầu năm' and 'quý III' take 2023 from the dateline. 'bằng 78% kế hoạch năm' is the share of 37,5 tỷ.",
    "6, 4, 3 after 'trong đó' are parts of 16 (they need not add up) and each has its district as location.",
    "The Tân Phát workshop is in quận Cái Răng: its figures in the following sentences keep Cái Răng. 'tăng lên hơn 300 lốp' is a level, not a change.",
    "'ước khoảng 210 tấn/năm' is about + estimate; it is sold to Bình Dương and Long An, which are buyers' places, not the figure's place.",
    "Distractors: 'Quốc lộ 1', tyre size 'cỡ 1000-20' (not a range), '10:42', 'một lốp' (một = a/per). 'đắp gai sẵn' no number.",
    "revised after the first run: 9 thợ and the wage say 'Cơ sở' in their sentence; the name Tân Phát (sentence before) was removed from their subjects.",
    "Prices per tyre keep the unit 'đồng' as written ('Giá đắp một lốp ... khoảng 1,5 triệu đồng'); the wage is 'đồng/tháng'.",
]

if __name__ == "__main__":
    write("p1189-8", TEXT, NOTES, FIGS, published="2023-10-17", location="Cần Thơ")
