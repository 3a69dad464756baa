"""p1410-2: district portal (huyện Đức Trọng, Lâm Đồng): a cooperative raising BSF larvae on vegetable waste."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG - TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

HTX Xanh Tà Năng: biến rau thải thành đạm cho vật nuôi

05/06/2024 - 10:20

Hợp tác xã Nông nghiệp Xanh Tà Năng được thành lập năm 2021 với 7 thành viên, hiện có 18 thành viên. Mỗi ngày, HTX thu gom khoảng 15 tấn rau, củ quả hư hỏng từ chợ đầu mối và các vườn rau trong xã để nuôi ấu trùng ruồi lính đen trên 2.000 m2 nhà xưởng. Bình quân 1 tấn rác hữu cơ cho ra 180-200 kg ấu trùng tươi.

Năm 2023, HTX xuất bán 820 tấn ấu trùng tươi và 65 tấn ấu trùng sấy khô, doanh thu đạt 7,4 tỷ đồng, lợi nhuận hơn 1,2 tỷ đồng; 26 lao động thường xuyên có thu nhập từ 7 đến 9 triệu đồng/người/tháng.

5 tháng đầu năm 2024, HTX tiêu thụ 410 tấn ấu trùng tươi, tăng 22% so với cùng kỳ. Giá bán hiện dao động 6.500-7.500 đồng/kg, thấp hơn khoảng 1.000 đồng/kg so với đầu năm do nguồn cung tăng. Phân ruồi sau khi nuôi được ủ thành phân hữu cơ, mỗi tháng khoảng 40 tấn, bán cho nông dân trồng rau, cà phê với giá 2.500 đồng/kg.

Theo UBND huyện, toàn huyện hiện có 5 mô hình nuôi ruồi lính đen, gồm 1 hợp tác xã và 4 hộ gia đình, mỗi năm xử lý trên 8.000 tấn rác thải nông nghiệp, góp phần giảm khoảng 15% lượng rác phải chôn lấp tại bãi rác Phú Hội.

Năm 2024, HTX phấn đấu đạt 1.000 tấn ấu trùng tươi và dự kiến đầu tư thêm hai máy sấy vi sóng công suất 500 kg/mẻ.

Tin khác:
- Đức Trọng: Sơ kết công tác khuyến nông 6 tháng đầu năm
- Triển khai Nghị quyết số 05-NQ/HU của Huyện ủy

UBND HUYỆN ĐỨC TRỌNG
Địa chỉ: 02 Trần Hưng Đạo, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng
Điện thoại: 0263.3843.236
"""

Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập", period=Y21),
    F("có 18 thành viên", "18", 18, "count", "thành viên", subject="thành viên hợp tác xã"),
    F("khoảng 15 tấn", "15", 15, "measure", "tấn/ngày", approx="about",
      subject="rau, củ quả hư hỏng HTX thu gom mỗi ngày"),
    F("2.000 m2", "2.000", 2000, "measure", "m2", subject="diện tích nhà xưởng nuôi ấu trùng ruồi lính đen"),
    F("180-200 kg", "180", 180, "measure", "kg/tấn", value_max=200,
      subject="ấu trùng tươi cho ra bình quân từ 1 tấn rác hữu cơ"),
    F("xuất bán 820 tấn", "820", 820, "measure", "tấn", subject="ấu trùng tươi HTX xuất bán", period=Y23),
    F("65 tấn", "65", 65, "measure", "tấn", subject="ấu trùng sấy khô HTX xuất bán", period=Y23),
    F("đạt 7,4 tỷ", "7,4", 7.4e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    F("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="lợi nhuận của HTX", period=Y23),
    F("26 lao động", "26", 26, "count", "lao động", subject="lao động thường xuyên", period=Y23),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập của lao động thường xuyên", period=Y23),
    F("tiêu thụ 410 tấn", "410", 410, "measure", "tấn", change=C("increase", 22, "%", "cùng kỳ"),
      subject="ấu trùng tươi HTX tiêu thụ", period=M5),
    F("6.500-7.500", "6.500", 6500, "money", "đồng/kg", value_max=7500,
      change=C("decrease", 1000, "đồng/kg", "đầu năm", approx="about"), subject="giá bán ấu trùng"),
    F("khoảng 40 tấn", "40", 40, "measure", "tấn/tháng", approx="about",
      subject="phân hữu cơ ủ từ phân ruồi mỗi tháng"),
    F("2.500 đồng/kg", "2.500", 2500, "money", "đồng/kg", subject="giá bán phân hữu cơ"),
    F("có 5 mô hình", "5", 5, "count", "mô hình", subject="mô hình nuôi ruồi lính đen"),
    F("gồm 1 hợp tác xã", "1", 1, "count", "hợp tác xã", total=5, subject="hợp tác xã nuôi ruồi lính đen"),
    F("4 hộ gia đình", "4", 4, "count", "hộ gia đình", total=5, subject="hộ gia đình nuôi ruồi lính đen"),
    F("trên 8.000 tấn", "8.000", 8000, "measure", "tấn/năm", approx="over",
      subject="rác thải nông nghiệp các mô hình xử lý mỗi năm"),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about",
      subject="lượng rác phải chôn lấp tại bãi rác Phú Hội giảm"),
    F("đạt 1.000 tấn", "1.000", 1000, "measure", "tấn", status="target",
      subject="ấu trùng tươi HTX phấn đấu đạt", period=Y24),
    F("hai máy sấy", "hai", 2, "count", "máy sấy", status="forecast",
      subject="máy sấy vi sóng HTX dự kiến đầu tư thêm", period=Y24),
    F("500 kg/mẻ", "500", 500, "measure", "kg/mẻ", status="forecast", subject="công suất máy sấy vi sóng"),
]

NOTES = [
    "District portal (huyện Đức Trọng, Lâm Đồng): banner naming the district, menu, '05/06/2024 - 10:20', 'Tin khác', address footer.",
    "Distractors: 10:20, founding year 'năm 2021', '1 tấn rác' (the denominator of the 180-200 kg/tấn rate), '6 tháng đầu năm' in a link,",
    "'Nghị quyết số 05-NQ/HU', '02 Trần Hưng Đạo', phone 0263.3843.236.",
    "'thành lập năm 2021 với 7 thành viên' → 7 has period 2021; 'hiện có 18' has none. 'Mỗi ngày ... khoảng 15 tấn', 'mỗi tháng khoảng 40 tấn',",
    "'mỗi năm ... trên 8.000 tấn' are rates (tấn/ngày, tấn/tháng, tấn/năm). Price 'hiện' is standing: no period; 'thấp hơn khoảng 1.000 đồng/kg so",
    "với đầu năm' is its change (about). 5 mô hình 'gồm 1 hợp tác xã và 4 hộ gia đình' → total 5. 'giảm khoảng 15%' is a percent claim.",
    "revised after the first run: subject of 2.000 m2 'nhà xưởng nuôi ...' → 'diện tích nhà xưởng nuôi ...' (area figures name the area, as in p1, p4, p7).",
    "'trên 2.000 m2 nhà xưởng': 'trên' read as 'on' (nuôi ... trên), so exact; borderline, a reader may take 'over'.",
    "'phấn đấu' → target; 'dự kiến' → forecast for 'hai máy sấy' and its capacity (500 kg/mẻ: a spec, no period). Location Đức Trọng throughout.",
]

if __name__ == "__main__":
    write("p1410-2", TEXT, NOTES, FIGS, published="2024-06-05", location="Đức Trọng")
