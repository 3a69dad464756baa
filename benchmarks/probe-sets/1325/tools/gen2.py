"""p1325-2: district portal (quận Hoàn Kiếm, Hà Nội): the night food street around chợ Đồng Xuân, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Kinh tế - Đô thị

Phố ẩm thực đêm Đồng Xuân đón hàng trăm nghìn lượt khách trong 6 tháng

22/07/2024 - 16:45

Sau hơn hai năm hoạt động, tuyến phố ẩm thực đêm quanh chợ Đồng Xuân đã trở thành điểm đến quen thuộc, góp phần giữ gìn nét ẩm thực "Hà Nội 36 phố phường". Khu phố dài khoảng 700 m, gồm 4 tuyến phố Hàng Giấy, Hàng Chiếu, Hàng Khoai và Đào Duy Từ, hiện có 118 hộ kinh doanh, trong đó 74 hộ bán đồ ăn và 44 hộ bán đồ uống, hoa quả.

Theo UBND phường Đồng Xuân, 6 tháng đầu năm 2024, tuyến phố đón khoảng 312 nghìn lượt khách, tăng 24% so với cùng kỳ, trong đó khách quốc tế khoảng 96 nghìn lượt. Tối thứ Bảy, Chủ nhật có từ 3.500 đến 4.000 lượt khách mỗi tối. Doanh thu bình quân của mỗi hộ kinh doanh đạt 25-30 triệu đồng/tháng, cao gấp khoảng 1,5 lần so với trước khi có phố ẩm thực.

Từ đầu năm đến nay, phường đã tổ chức 3 đợt kiểm tra an toàn thực phẩm, nhắc nhở 27 hộ, xử phạt 5 hộ với tổng số tiền 18,5 triệu đồng. Hiện nay, 100% hộ kinh doanh đã ký cam kết bảo đảm an toàn thực phẩm.

Năm 2024, quận phấn đấu tuyến phố đón khoảng 650 nghìn lượt khách; dự kiến trong quý IV mở rộng thêm 2 tuyến phố Hàng Đường, Hàng Ngang với khoảng 60 hộ kinh doanh.

Tin khác:
- Quận Hoàn Kiếm tổ chức Lễ hội Văn hóa Ẩm thực lần thứ 2
- Hướng dẫn thực hiện Kế hoạch số 125/KH-UBND về không gian phố đi bộ

Bản quyền thuộc UBND quận Hoàn Kiếm. Địa chỉ: 126 Hàng Trống, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.3825.3536
"""

H6_HEAD = per("trong 6 tháng", "2024-01-01", "2024-06-30")
H6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-22")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("hàng trăm nghìn lượt", "hàng trăm nghìn", 100000, "count", "lượt khách", approx="about",
        subject="lượt khách phố ẩm thực đêm Đồng Xuân đón", period=H6_HEAD),
    fig("hơn hai năm hoạt động", "hai", 2, "measure", "năm", approx="over", optional=True),
    fig("dài khoảng 700 m", "700", 700, "measure", "m", approx="about", subject="chiều dài khu phố"),
    fig("gồm 4 tuyến phố", "4", 4, "count", "tuyến phố", subject="tuyến phố của khu phố ẩm thực"),
    fig("có 118 hộ", "118", 118, "count", "hộ kinh doanh", subject="hộ kinh doanh"),
    fig("74 hộ bán", "74", 74, "count", "hộ", total=118, subject="hộ bán đồ ăn"),
    fig("44 hộ bán", "44", 44, "count", "hộ", total=118, subject="hộ bán đồ uống, hoa quả"),
    fig("khoảng 312 nghìn", "312", 312000, "count", "lượt khách", approx="about",
        change=chg("increase", 24, "%", "cùng kỳ"), subject="lượt khách tuyến phố đón", period=H6),
    fig("khoảng 96 nghìn", "96", 96000, "count", "lượt", approx="about", total=312000,
        subject="khách quốc tế", period=H6),
    fig("từ 3.500 đến 4.000", "3.500", 3500, "measure", "lượt khách/tối", value_max=4000,
        subject="lượt khách mỗi tối thứ Bảy, Chủ nhật", period=inh(H6)),
    fig("đạt 25-30 triệu", "25", 25e6, "money", "đồng/tháng", value_max=30e6,
        change=chg("increase", 1.5, "lần", "trước khi có phố ẩm thực", approx="about"),
        subject="doanh thu bình quân của mỗi hộ kinh doanh", period=inh(H6)),
    fig("tổ chức 3 đợt", "3", 3, "count", "đợt", subject="đợt kiểm tra an toàn thực phẩm", period=YTD),
    fig("nhắc nhở 27 hộ", "27", 27, "count", "hộ", subject="hộ bị nhắc nhở", period=YTD),
    fig("xử phạt 5 hộ", "5", 5, "count", "hộ", subject="hộ bị xử phạt", period=YTD),
    fig("số tiền 18,5 triệu", "18,5", 18.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=YTD),
    fig("nay, 100% hộ", "100", 100, "percent", "%",
        subject="hộ kinh doanh đã ký cam kết bảo đảm an toàn thực phẩm"),
    fig("khoảng 650 nghìn", "650", 650000, "count", "lượt khách", approx="about", status="target",
        subject="lượt khách tuyến phố đón", period=Y24),
    fig("thêm 2 tuyến phố", "2", 2, "count", "tuyến phố", status="forecast",
        subject="tuyến phố mở rộng thêm", period=Q4),
    fig("khoảng 60 hộ", "60", 60, "count", "hộ kinh doanh", approx="about", status="forecast",
        subject="hộ kinh doanh trên các tuyến phố mở rộng", period=Q4),
]

NOTES = [
    "District portal (quận Hoàn Kiếm): banner naming the district, breadcrumb, '22/07/2024 - 16:45' under the headline, 'Tin khác', footer.",
    "Distractors: 'Hà Nội 36 phố phường' (a name), 16:45, 'lần thứ 2', Kế hoạch số 125/KH-UBND, '126 Hàng Trống', phone 024.3825.3536.",
    "Headline 'hàng trăm nghìn lượt khách' is a number word (approx about, value 100000); 'trong 6 tháng' takes 2024 (published).",
    "'hơn hai năm hoạt động' is a duration that only locates the story in time: optional.",
    "'trong đó 74 hộ ... và 44 hộ' → total 118; 'trong đó khách quốc tế khoảng 96 nghìn lượt' → total 312000.",
    "'3.500 đến 4.000 lượt khách mỗi tối' is a rate (lượt khách/tối); it and the household revenue inherit '6 tháng đầu năm 2024' from the paragraph.",
    "'cao gấp khoảng 1,5 lần so với trước khi có phố ẩm thực' → change increase 1.5 lần, approx about.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-22; 'Hiện nay, 100% ...' has no period.",
    "'phấn đấu' → target (Năm 2024); 'dự kiến trong quý IV' → forecast, quý IV of 2024. Location: Hoàn Kiếm (phường Đồng Xuân is in it).",
]

if __name__ == "__main__":
    write("p1325-2", TEXT, NOTES, FIGS, published="2024-07-22", location="Hoàn Kiếm")
