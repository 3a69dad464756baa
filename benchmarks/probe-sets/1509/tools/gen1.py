"""p1509-1: province portal (Thái Bình): làng nghề dệt khăn Phương La (Hưng Hà), 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng nghề dệt khăn Phương La: doanh thu 9 tháng đạt gần 190 tỷ đồng

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo UBND huyện Hưng Hà, 9 tháng đầu năm 2024, các hộ và doanh nghiệp tại làng nghề dệt Phương La (xã Thái Phương) sản xuất khoảng 41 triệu chiếc khăn các loại, tăng 8,5% so với cùng kỳ năm 2023. Trong đó, khăn mặt 27,5 triệu chiếc, khăn tắm 9,2 triệu chiếc, khăn ăn và khăn lau 4,3 triệu chiếc. Doanh thu ước đạt 188,6 tỷ đồng, bằng 79% kế hoạch năm.

Toàn làng hiện có 1.120 hộ làm nghề, trong đó 312 hộ đã chuyển sang máy dệt kiếm tự động, với khoảng 2.600 máy dệt các loại. Nghề dệt tạo việc làm cho hơn 3.400 lao động, thu nhập bình quân từ 6,5 đến 8 triệu đồng/người/tháng.

Tại Cụm công nghiệp Thái Phương, Công ty TNHH Dệt khăn Hoàng Lâm 9 tháng qua sản xuất 12,3 triệu chiếc khăn, chiếm khoảng 30% sản lượng của làng nghề. Từ đầu năm đến nay, công ty xuất khẩu 3,8 triệu chiếc khăn sang Nhật Bản và Hàn Quốc, trị giá 1,45 triệu USD. Công ty vừa đầu tư thêm một lò hơi sinh khối và hai máy nhuộm cao áp với tổng vốn 7,5 tỷ đồng.

Tính chung toàn tỉnh Thái Bình, giá trị sản xuất ngành dệt may 9 tháng ước đạt 21.350 tỷ đồng, tăng 10,2% so với cùng kỳ. Quý IV, huyện Hưng Hà phấn đấu đưa doanh thu làng nghề Phương La cả năm lên trên 250 tỷ đồng; tiếp tục hướng dẫn các hộ thực hiện Quyết định số 1520/QĐ-UBND về bảo vệ môi trường làng nghề.

Tin liên quan:
- Thái Bình: Khai mạc Hội chợ Công Thương vùng đồng bằng sông Hồng lần thứ 4
- Hưng Hà: Nâng cấp tuyến đường ĐT 453 qua làng nghề
"""

N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9S = per("9 tháng", "2024-01-01", "2024-09-30")
N9Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
HH = "Hưng Hà"

FIGS = [
    fig("đạt gần 190 tỷ", "190", 190e9, "money", "đồng", approx="nearly",
        subject="doanh thu làng nghề dệt khăn Phương La", period=N9S, location=HH),
    fig("khoảng 41 triệu", "41", 41e6, "count", "chiếc", approx="about",
        change=chg("increase", 8.5, "%", "cùng kỳ năm 2023"),
        subject="khăn các loại sản xuất tại làng nghề dệt Phương La", period=N9, location=HH),
    fig("khăn mặt 27,5 triệu", "27,5", 27.5e6, "count", "chiếc", total=41e6,
        subject="khăn mặt", period=inh(N9), location=HH),
    fig("khăn tắm 9,2 triệu", "9,2", 9.2e6, "count", "chiếc", total=41e6,
        subject="khăn tắm", period=inh(N9), location=HH),
    fig("khăn lau 4,3 triệu", "4,3", 4.3e6, "count", "chiếc", total=41e6,
        subject="khăn ăn và khăn lau", period=inh(N9), location=HH),
    fig("ước đạt 188,6 tỷ", "188,6", 188.6e9, "money", "đồng", status="estimate", percent=79,
        subject="doanh thu làng nghề", period=inh(N9), location=HH),
    fig("có 1.120 hộ", "1.120", 1120, "count", "hộ", subject="hộ làm nghề dệt", location=HH),
    fig("312 hộ", "312", 312, "count", "hộ", total=1120,
        subject="hộ chuyển sang máy dệt kiếm tự động", location=HH),
    fig("khoảng 2.600 máy", "2.600", 2600, "count", "máy dệt", approx="about",
        subject="máy dệt các loại", location=HH),
    fig("hơn 3.400 lao động", "3.400", 3400, "count", "lao động", approx="over",
        subject="lao động nghề dệt tạo việc làm", location=HH),
    fig("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân lao động nghề dệt", location=HH),
    fig("sản xuất 12,3 triệu", "12,3", 12.3e6, "count", "chiếc", percent=30,
        subject="khăn Công ty TNHH Dệt khăn Hoàng Lâm sản xuất", period=N9Q, location=HH),
    fig("khẩu 3,8 triệu", "3,8", 3.8e6, "count", "chiếc",
        subject="khăn công ty xuất khẩu sang Nhật Bản và Hàn Quốc", period=YTD, location=HH),
    fig("trị giá 1,45 triệu", "1,45", 1.45e6, "money", "USD",
        subject="trị giá khăn công ty xuất khẩu", period=YTD, location=HH),
    fig("thêm một lò hơi", "một", 1, "count", "lò hơi", subject="lò hơi sinh khối công ty đầu tư thêm",
        location=HH),
    fig("hai máy nhuộm", "hai", 2, "count", "máy nhuộm", subject="máy nhuộm cao áp công ty đầu tư thêm",
        location=HH),
    fig("vốn 7,5 tỷ", "7,5", 7.5e9, "money", "đồng", subject="tổng vốn đầu tư lò hơi và máy nhuộm",
        location=HH),
    fig("ước đạt 21.350 tỷ", "21.350", 21350e9, "money", "đồng", status="estimate",
        change=chg("increase", 10.2, "%", "cùng kỳ"),
        subject="giá trị sản xuất ngành dệt may", period=N9S),
    fig("trên 250 tỷ", "250", 250e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu làng nghề Phương La", period=YEAR, location=HH),
]

NOTES = [
    "Province portal (Thái Bình): làng nghề dệt khăn Phương La, xã Thái Phương, huyện Hưng Hà; 9 tháng 2024.",
    "Breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286' (published; the counter is page furniture), related links.",
    "Distractors: 09:35, Lượt xem 1.286, Quyết định số 1520/QĐ-UBND, 'lần thứ 4', 'ĐT 453'.",
    "Village figures are located in Hưng Hà (the district named for the village); the provincial dệt may value is Thái Bình.",
    "Headline '9 tháng ... đạt gần 190 tỷ': 'đạt' without 'ước', so actual; year from the dateline.",
    "'Trong đó' parts after a sentence break take the whole 41 triệu (they add up); period inherited.",
    "'bằng 79% kế hoạch năm' is the share (percent) of 188,6 tỷ; 'chiếm khoảng 30%' the share of 12,3 triệu.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14; 'cả năm' (target, 'phấn đấu') = 2024.",
]

if __name__ == "__main__":
    write("p1509-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thái Bình")
