"""p1444-1: province portal (Bắc Ninh): septic sludge collected in 9 months 2024, a cooperative in Từ Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức > Tài nguyên - Môi trường

9 tháng, Bắc Ninh thu gom gần 38.000 m3 bùn bể phốt

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, các đơn vị dịch vụ trên địa bàn tỉnh đã thu gom, vận chuyển 37.850 m3 bùn thải từ bể phốt, tăng 12,4% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Trong đó, khu vực đô thị 26.300 m3, khu vực nông thôn 11.550 m3.

Lượng bùn được đưa về xử lý tập trung tại Khu xử lý chất thải Phù Lãng (thị xã Quế Võ) đạt khoảng 31.200 m3, chiếm 82,4% tổng lượng thu gom; phần còn lại được xử lý tại trạm xử lý nước thải của các khu công nghiệp.

Toàn tỉnh hiện có 27 doanh nghiệp, hợp tác xã được cấp phép hoạt động dịch vụ hút bể phốt với 64 xe hút chuyên dụng, dung tích từ 3 đến 12 m3/xe. Giá dịch vụ phổ biến từ 600.000 đến 900.000 đồng/lần hút đối với hộ gia đình.

Tại thành phố Từ Sơn, 9 tháng qua Hợp tác xã Dịch vụ môi trường Đồng Kỵ đã hút định kỳ cho hơn 2.100 hộ dân, doanh thu ước đạt 1,9 tỷ đồng. HTX đang đầu tư thêm hai xe hút loại 6 m3 với tổng kinh phí khoảng 2,4 tỷ đồng.

Từ đầu năm đến nay, lực lượng chức năng phát hiện 9 trường hợp xả bùn thải không đúng nơi quy định, xử phạt tổng số tiền 315 triệu đồng theo Nghị định số 45/2022/NĐ-CP.

Quý IV, Sở phấn đấu thu gom thêm 12.000 m3, đưa tổng lượng bùn thu gom cả năm lên khoảng 50.000 m3. Đường dây nóng tiếp nhận phản ánh: 0222.3822.115.

Tin liên quan:
- Bắc Ninh: Hội nghị tổng kết công tác bảo vệ môi trường năm 2023
- Ra quân Tháng hành động vì môi trường lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TS = "Từ Sơn"

FIGS = [
    fig("thu gom gần 38.000 m3", "38.000", 38000, "measure", "m3", approx="nearly",
        subject="bùn bể phốt thu gom", period=NINE_H),
    fig("vận chuyển 37.850 m3", "37.850", 37850, "measure", "m3", percent=76,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="bùn thải từ bể phốt thu gom, vận chuyển", period=NINE),
    fig("đô thị 26.300 m3", "26.300", 26300, "measure", "m3", total=37850,
        subject="bùn thải khu vực đô thị", period=inh(NINE)),
    fig("nông thôn 11.550 m3", "11.550", 11550, "measure", "m3", total=37850,
        subject="bùn thải khu vực nông thôn", period=inh(NINE)),
    fig("khoảng 31.200 m3", "31.200", 31200, "measure", "m3", approx="about", percent=82.4,
        subject="lượng bùn được đưa về xử lý tập trung tại Khu xử lý chất thải Phù Lãng", period=inh(NINE)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã được cấp phép hoạt động dịch vụ hút bể phốt"),
    fig("với 64 xe", "64", 64, "count", "xe hút chuyên dụng", subject="xe hút chuyên dụng"),
    fig("từ 3 đến 12", "3", 3, "measure", "m3/xe", value_max=12, subject="dung tích xe hút chuyên dụng"),
    fig("từ 600.000 đến 900.000", "600.000", 600000, "money", "đồng/lần", value_max=900000,
        subject="giá dịch vụ hút bể phốt đối với hộ gia đình"),
    fig("hơn 2.100 hộ", "2.100", 2100, "count", "hộ dân", approx="over",
        subject="hộ dân Hợp tác xã Dịch vụ môi trường Đồng Kỵ hút định kỳ", period=NINE_Q, location=TS),
    fig("ước đạt 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", status="estimate",
        subject="doanh thu của Hợp tác xã Dịch vụ môi trường Đồng Kỵ", period=NINE_Q, location=TS),
    fig("thêm hai xe", "hai", 2, "count", "xe hút", subject="xe hút HTX đầu tư thêm", location=TS),
    fig("loại 6 m3", "6", 6, "measure", "m3", subject="dung tích xe hút", location=TS, optional=True),
    fig("khoảng 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="about",
        subject="tổng kinh phí đầu tư xe hút của HTX", location=TS),
    fig("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp",
        subject="trường hợp xả bùn thải không đúng nơi quy định", period=YTD),
    fig("tiền 315 triệu", "315", 315e6, "money", "đồng", subject="tổng số tiền xử phạt", period=YTD),
    fig("thêm 12.000 m3", "12.000", 12000, "measure", "m3", status="target",
        subject="bùn thu gom thêm", period=Q4),
    fig("khoảng 50.000 m3", "50.000", 50000, "measure", "m3", approx="about", status="target",
        subject="tổng lượng bùn thu gom cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Nghị định số 45/2022/NĐ-CP, hotline 0222.3822.115, 'lần thứ 3', 'năm 2023' in a link title.",
    "Headline '9 tháng' takes the year of published (2024). 'Trong đó' after a sentence break: parts take the whole 37.850 m3.",
    "'chiếm 82,4% tổng lượng thu gom' → percent attribute of 31.200; the facility stands in Quế Võ but the figure is the",
    "province's sludge treated there: location Bắc Ninh (borderline). 'bằng 76% kế hoạch năm' → percent attribute.",
    "Cooperative passage in Từ Sơn → location Từ Sơn; 'xe hút loại 6 m3' is a vehicle type label (optional).",
    "'Từ đầu năm đến nay' ends at the dateline. 'Quý IV' / 'cả năm' take 2024 and are targets ('phấn đấu').",
]

if __name__ == "__main__":
    write("p1444-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Bắc Ninh")
