"""p1322-2: district portal (huyện Vân Đồn, Quảng Ninh): lodging in the summer peak, a homestay on Quan Lạn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN - TỈNH QUẢNG NINH
Trang chủ / Tin tức / Kinh tế - Du lịch

Vân Đồn: Cơ sở lưu trú kín phòng dịp cao điểm hè

22/07/2024 - 10:40

Từ đầu tháng 6 đến ngày 20/7, huyện Vân Đồn đón khoảng 412.000 lượt khách, tăng 18% so với cùng kỳ năm 2023; trong đó khách lưu trú qua đêm đạt 236.000 lượt, chiếm 57,3%. Riêng 6 tháng đầu năm, huyện cấp phép mới cho gần ba chục homestay.

Toàn huyện hiện có 386 cơ sở lưu trú với 5.120 phòng, gồm 27 khách sạn xếp hạng từ 1 đến 4 sao, 142 nhà nghỉ và 217 homestay. Những ngày cuối tuần, công suất phòng bình quân đạt 90-95%; các xã đảo Quan Lạn, Minh Châu gần như kín phòng.

Tại xã Quan Lạn, ông Phạm Văn Khải, chủ homestay Biển Xanh 68, cho biết cơ sở có 12 phòng, giá thuê từ 600.000 đến 900.000 đồng/đêm, các ngày cuối tuần đã được đặt kín đến hết tháng 8. Bình quân mỗi tháng hè, homestay thu khoảng 150 triệu đồng, gấp đôi các tháng mùa đông.

Năm 2024, huyện phấn đấu đón 1,6 triệu lượt khách, trong đó khách quốc tế ít nhất 150.000 lượt, tổng thu từ du lịch đạt 2.100 tỷ đồng. Huyện dự kiến khởi công thêm hai khách sạn 5 sao tại Khu kinh tế Vân Đồn với tổng vốn khoảng 3.500 tỷ đồng.

Nguồn: Trung tâm Truyền thông và Văn hóa huyện Vân Đồn

Tin khác:
- Hội nghị triển khai Kế hoạch số 112/KH-UBND về phát triển du lịch cộng đồng
- Vân Đồn tổ chức Lễ hội truyền thống Cửa Ngăn năm 2024

Địa chỉ: Khu 5, thị trấn Cái Rồng, huyện Vân Đồn, tỉnh Quảng Ninh | Điện thoại: 0203.3874.268
"""

PEAK = per("Từ đầu tháng 6 đến ngày 20/7", "2024-06-01", "2024-07-20")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 412.000", "412.000", 412000, "count", "lượt khách", approx="about",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"), subject="lượt khách huyện Vân Đồn đón", period=PEAK),
    fig("đạt 236.000", "236.000", 236000, "count", "lượt", total=412000, percent=57.3,
        subject="khách lưu trú qua đêm", period=PEAK),
    fig("gần ba chục", "ba chục", 30, "count", "homestay", approx="nearly",
        subject="homestay được cấp phép mới", period=H1),
    fig("có 386 cơ sở", "386", 386, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    fig("với 5.120 phòng", "5.120", 5120, "count", "phòng", subject="phòng của các cơ sở lưu trú"),
    fig("gồm 27 khách sạn", "27", 27, "count", "khách sạn", total=386,
        subject="khách sạn xếp hạng từ 1 đến 4 sao"),
    fig("142 nhà nghỉ", "142", 142, "count", "nhà nghỉ", total=386, subject="nhà nghỉ"),
    fig("217 homestay", "217", 217, "count", "homestay", total=386, subject="homestay"),
    fig("đạt 90-95%", "90", 90, "percent", "%", value_max=95,
        subject="công suất phòng bình quân những ngày cuối tuần"),
    fig("có 12 phòng", "12", 12, "count", "phòng", subject="phòng của homestay Biển Xanh 68"),
    fig("từ 600.000 đến 900.000", "600.000", 600000, "money", "đồng/đêm", value_max=900000,
        subject="giá thuê phòng homestay"),
    fig("khoảng 150 triệu", "150", 150e6, "money", "đồng/tháng", approx="about",
        change=chg("increase", 2, "lần", "các tháng mùa đông"),
        subject="doanh thu của homestay mỗi tháng hè"),
    fig("đón 1,6 triệu", "1,6", 1.6e6, "count", "lượt khách", status="target",
        subject="lượt khách huyện đón", period=Y24),
    fig("ít nhất 150.000", "150.000", 150000, "count", "lượt", approx="at_least", total=1.6e6, status="target",
        subject="lượt khách quốc tế", period=Y24),
    fig("đạt 2.100 tỷ", "2.100", 2100e9, "money", "đồng", status="target",
        subject="tổng thu từ du lịch", period=Y24),
    fig("thêm hai khách sạn", "hai", 2, "count", "khách sạn", status="forecast",
        subject="khách sạn 5 sao khởi công thêm"),
    fig("khoảng 3.500 tỷ", "3.500", 3500e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn hai khách sạn 5 sao"),
]

NOTES = [
    "District portal (huyện Vân Đồn, Quảng Ninh): banner naming the district, breadcrumb, '22/07/2024 - 10:40' under the headline, 'Nguồn', 'Tin khác', address/phone footer.",
    "Distractors: 10:40, 'ngày 20/7', 'từ 1 đến 4 sao', 'Biển Xanh 68' (a name), 'tháng 8', '5 sao', 'Kế hoạch số 112/KH-UBND', 'năm 2024' in a link, 'Khu 5', phone 0203.3874.268.",
    "Location: the district, Vân Đồn, for every figure; the commune Quan Lạn is not a location level of the spec (province, city, district).",
    "'Từ đầu tháng 6 đến ngày 20/7' takes 2024 from the dateline; 'trong đó ... 236.000 lượt, chiếm 57,3%' → total 412.000, percent 57,3.",
    "'gần ba chục homestay' is a number word (30, nearly). 'gồm 27 ..., 142 ... và 217 ...' add up to 386: each has total 386.",
    "'Bình quân mỗi tháng hè ... khoảng 150 triệu đồng, gấp đôi các tháng mùa đông': rate đồng/tháng; 'gấp đôi' is its change (2 lần).",
    "'phấn đấu' governs the whole first sentence of the last paragraph (target, năm 2024); 'dự kiến' → forecast, no period stated.",
]

if __name__ == "__main__":
    write("p1322-2", TEXT, NOTES, FIGS, published="2024-07-22", location="Vân Đồn")
