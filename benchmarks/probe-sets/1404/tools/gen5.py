"""p1404-5: provincial Party newspaper (Báo Đồng Nai): used-car market after the fee cut."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO ĐỒNG NAI ĐIỆN TỬ
Kinh tế > Thị trường

Xe cũ đồng loạt giảm giá 30-60 triệu đồng

Thứ Sáu, 20/09/2024 | 07:15

Chính sách giảm lệ phí trước bạ ô tô lắp ráp trong nước khiến thị trường xe cũ tại Đồng Nai chững lại, nhiều salon phải hạ giá để giữ khách.

(ĐN) - Khu vực kinh doanh xe cũ trên Quốc lộ 1K, phường Hóa An (TP Biên Hòa) hiện có khoảng 35 salon ô tô cũ, mỗi salon bày bán từ 20 đến 40 xe. Bình thường mỗi tháng khu vực này giao dịch khoảng 600 xe, nay chỉ còn chưa đến 350 xe.

Anh Phạm Quốc Huy, chủ salon Huy Phát Auto, cho biết tháng 8 salon bán được 26 xe, nhưng 19 ngày đầu tháng 9 chỉ bán được chín xe. Một chiếc Toyota Vios 2021 trước đây bán 430 triệu đồng, nay hạ xuống còn 395 triệu đồng mà vẫn ít người hỏi.

Theo khảo sát tại các salon trong tỉnh, giá các mẫu sedan hạng B đời 2020-2022 giảm từ 30 đến 60 triệu đồng mỗi xe; xe SUV đô thị như Mazda CX-5, Hyundai Tucson giảm khoảng 5%.

Theo Phòng Cảnh sát giao thông Công an tỉnh, 8 tháng đầu năm 2024, toàn tỉnh làm thủ tục sang tên, di chuyển 7.430 xe ô tô cũ, tăng 5,8% so với cùng kỳ; đăng ký mới 15.260 xe ô tô.

Ông Lê Minh Tâm, chủ salon Tâm Auto (số 128 đường Nguyễn Ái Quốc), dự báo từ nay đến cuối năm giá xe cũ có thể giảm thêm 3-5%. “Sau đợt giảm lệ phí trước bạ lần trước, phải mất khoảng 3 tháng giá xe cũ mới ổn định lại”, ông Tâm nói.

NGỌC LIÊN
"""

T8 = per("tháng 8", "2024-08-01", "2024-08-31")
D19 = per("19 ngày đầu tháng 9", "2024-09-01", "2024-09-19")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
REST = per("từ nay đến cuối năm", "2024-09-20", "2024-12-31")
BH = "Biên Hòa"

FIGS = [
    fig("giảm giá 30-60 triệu", "30", 30e6, "money", "đồng", value_max=60e6,
        subject="mức giảm giá xe cũ"),
    fig("khoảng 35 salon", "35", 35, "count", "salon", approx="about",
        subject="salon ô tô cũ khu vực kinh doanh xe cũ trên Quốc lộ 1K", location=BH),
    fig("từ 20 đến 40 xe", "20", 20, "count", "xe", value_max=40,
        subject="xe mỗi salon bày bán", location=BH),
    fig("khoảng 600 xe", "600", 600, "measure", "xe/tháng", approx="about",
        subject="xe khu vực này giao dịch mỗi tháng bình thường", location=BH),
    fig("chưa đến 350 xe", "350", 350, "measure", "xe/tháng", approx="under",
        subject="xe khu vực này giao dịch mỗi tháng hiện nay", location=BH),
    fig("bán được 26 xe", "26", 26, "count", "xe", subject="xe salon Huy Phát Auto bán được",
        period=T8, location=BH),
    fig("bán được chín xe", "chín", 9, "count", "xe", subject="xe salon Huy Phát Auto bán được",
        period=D19, location=BH),
    fig("bán 430 triệu", "430", 430e6, "money", "đồng",
        subject="giá bán trước đây của chiếc Toyota Vios 2021", location=BH),
    fig("còn 395 triệu", "395", 395e6, "money", "đồng",
        subject="giá chiếc Toyota Vios 2021 sau khi hạ", location=BH),
    fig("từ 30 đến 60 triệu", "30", 30e6, "money", "đồng/xe", value_max=60e6,
        subject="mức giảm giá các mẫu sedan hạng B đời 2020-2022"),
    fig("khoảng 5%", "5", 5, "percent", "%", approx="about",
        subject="mức giảm giá xe SUV đô thị"),
    fig("di chuyển 7.430 xe", "7.430", 7430, "count", "xe ô tô",
        change=chg("increase", 5.8, "%", "cùng kỳ"),
        subject="xe ô tô cũ làm thủ tục sang tên, di chuyển", period=M8),
    fig("mới 15.260 xe", "15.260", 15260, "count", "xe ô tô", subject="xe ô tô đăng ký mới", period=M8),
    fig("thêm 3-5%", "3", 3, "percent", "%", value_max=5, status="forecast",
        subject="mức giảm thêm của giá xe cũ", period=REST),
    fig("khoảng 3 tháng", "3", 3, "measure", "tháng", approx="about",
        subject="thời gian giá xe cũ ổn định lại sau đợt giảm lệ phí trước bạ"),
]

NOTES = [
    "Provincial Party newspaper (Báo Đồng Nai): section, 'Thứ Sáu, 20/09/2024 | 07:15', sapo, tag '(ĐN) -', byline at the end.",
    "Distractors: 07:15, 'Quốc lộ 1K', 'Toyota Vios 2021', 'đời 2020-2022', 'Mazda CX-5', 'số 128 đường Nguyễn Ái Quốc', 'lần trước'.",
    "Location: the salons on Quốc lộ 1K (TP Biên Hòa) and Huy Phát Auto → Biên Hòa; headline, province-wide survey, police figures and the forecast → Đồng Nai.",
    "'mỗi salon bày bán từ 20 đến 40 xe' is a per-salon count (unit xe), not a rate over time; 'mỗi tháng ... khoảng 600 xe' is a monthly rate (xe/tháng).",
    "'tháng 8 ... 26 xe, nhưng 19 ngày đầu tháng 9 ... chín xe': each count takes its own period phrase in the same sentence.",
    "Price drops as amounts ('giảm từ 30 đến 60 triệu đồng mỗi xe') are money figures; 'giảm khoảng 5%' is a percent figure (no base amount).",
    "'dự báo từ nay đến cuối năm ... giảm thêm 3-5%' → forecast; the period starts at the dateline. 'khoảng 3 tháng' (time to stabilise) is a measure.",
]

if __name__ == "__main__":
    write("p1404-5", TEXT, NOTES, FIGS, published="2024-09-20", location="Đồng Nai")
