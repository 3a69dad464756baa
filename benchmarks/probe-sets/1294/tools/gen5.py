"""p1294-5: national newspaper: cúc họa mi gardens in quận Tây Hồ (Hà Nội) sell flowers and photo tickets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ bảy, 9/11/2024, 10:20 (GMT+7)

Vườn cúc họa mi ven sông Hồng thu hơn 100 triệu đồng mỗi mùa

Cúc họa mi vào mùa rộ, nhiều vườn ở Nhật Tân, Phú Thượng (quận Tây Hồ) vừa bán hoa vừa thu vé chụp ảnh, mỗi sào lãi 40-60 triệu đồng.

Sáng 8/11, vườn cúc họa mi rộng gần 3 sào của bà Nguyễn Thị Lành ở phường Nhật Tân đông nghịt khách. Bà Lành cho biết mỗi ngày vườn đón khoảng ba chục nhóm khách chụp ảnh, thu 30.000 đồng/người, khách mua hoa được miễn vé.

"Hoa đẹp, mới nửa tháng tôi đã bán được hơn 2.000 bó, giá 40.000-50.000 đồng/bó tùy loại", bà nói. Bà Lành dự kiến cả mùa thu khoảng 130 triệu đồng, gấp ba lần trồng rau.

Vườn cúc họa mi trong ngõ 264 Âu Cơ, quận Tây Hồ. Ảnh: Hoài Anh

Theo UBND quận Tây Hồ, vụ hoa năm 2024 toàn quận có khoảng 11 ha cúc họa mi, giảm 2 ha so với năm trước do một số diện tích chuyển sang trồng đào, quất phục vụ Tết. Giá hoa tại vườn dao động 15.000-25.000 đồng/bó nhỏ, tương đương năm ngoái.

Ông Trần Văn Khải, Chủ nhiệm Hợp tác xã Hoa cây cảnh Phú Thượng Xanh, cho biết hợp tác xã có 46 hộ thành viên, trong đó 18 hộ mở dịch vụ chụp ảnh. Từ đầu mùa đến nay, các vườn của hợp tác xã đón khoảng 9.500 lượt khách, doanh thu từ vé đạt hơn 280 triệu đồng.

Cúc họa mi thường nở từ cuối tháng 10 đến cuối tháng 11, mỗi mùa chỉ kéo dài khoảng 4 tuần. Những năm gần đây, nhiều vườn còn trồng xen hướng dương, cẩm tú cầu để kéo dài mùa đón khách thêm 2-3 tuần.

Hoài Anh
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 100 triệu", "100", 100e6, "money", "đồng/mùa", approx="over",
        subject="vườn cúc họa mi ven sông Hồng thu mỗi mùa"),
    fig("lãi 40-60 triệu", "40", 40e6, "money", "đồng/sào", value_max=60e6, subject="lãi mỗi sào"),
    fig("gần 3 sào", "3", 3, "measure", "sào", approx="nearly",
        subject="diện tích vườn cúc họa mi của bà Nguyễn Thị Lành"),
    fig("khoảng ba chục", "ba chục", 30, "measure", "nhóm khách/ngày", approx="about",
        subject="nhóm khách chụp ảnh vườn đón mỗi ngày"),
    fig("thu 30.000 đồng", "30.000", 30000, "money", "đồng/người", subject="vé chụp ảnh"),
    fig("hơn 2.000 bó", "2.000", 2000, "count", "bó", approx="over", subject="hoa bà Lành bán được"),
    fig("giá 40.000-50.000", "40.000", 40000, "money", "đồng/bó", value_max=50000, subject="giá hoa"),
    fig("khoảng 130 triệu", "130", 130e6, "money", "đồng", approx="about", status="forecast",
        change=chg("increase", 3, "lần", "trồng rau"), subject="thu cả mùa của bà Lành"),
    fig("khoảng 11 ha", "11", 11, "measure", "ha", approx="about", period=Y24,
        change=chg("decrease", 2, "ha", "năm trước"), subject="diện tích cúc họa mi toàn quận"),
    fig("dao động 15.000-25.000", "15.000", 15000, "money", "đồng/bó", value_max=25000,
        subject="giá hoa tại vườn"),
    fig("có 46 hộ", "46", 46, "count", "hộ",
        subject="hộ thành viên Hợp tác xã Hoa cây cảnh Phú Thượng Xanh"),
    fig("trong đó 18 hộ", "18", 18, "count", "hộ", total=46, subject="hộ mở dịch vụ chụp ảnh"),
    fig("khoảng 9.500", "9.500", 9500, "count", "lượt khách", approx="about",
        subject="lượt khách các vườn của hợp tác xã đón từ đầu mùa"),
    fig("hơn 280 triệu", "280", 280e6, "money", "đồng", approx="over", subject="doanh thu từ vé"),
    fig("khoảng 4 tuần", "4", 4, "measure", "tuần", approx="about", subject="thời gian mỗi mùa cúc họa mi"),
    fig("thêm 2-3 tuần", "2", 2, "measure", "tuần", value_max=3,
        subject="thời gian kéo dài mùa đón khách thêm"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ bảy, 9/11/2024, 10:20 (GMT+7)', headline, sapo, quote, photo caption, byline Hoài Anh.",
    "Distractors: 10:20, (GMT+7), 'Sáng 8/11', 'mới nửa tháng' (duration), 'ngõ 264 Âu Cơ' (address), 'cuối tháng 10', 'cuối tháng 11'.",
    "Location Tây Hồ (quận of Hà Nội) for all figures: sapo and body name the quận.",
    "'mỗi sào lãi 40-60 triệu đồng' → đồng/sào; 'mỗi ngày vườn đón khoảng ba chục nhóm khách' → measure nhóm khách/ngày, 30 ('ba chục').",
    "'Bà Lành dự kiến cả mùa thu khoảng 130 triệu đồng, gấp ba lần trồng rau' → forecast, change increase 3 lần baseline trồng rau.",
    "'vụ hoa năm 2024 ... khoảng 11 ha ..., giảm 2 ha so với năm trước' → change decrease 2 ha.",
    "'46 hộ thành viên, trong đó 18 hộ' → total 46. 'Từ đầu mùa đến nay' is no calendar period: no period.",
    "'mỗi mùa chỉ kéo dài khoảng 4 tuần' and 'kéo dài ... thêm 2-3 tuần' state durations as the claim: measure figures, not time locators.",
    "No period on the headline/sapo, the quote or the season figures (no calendar phrase in their sentences); headline 'mỗi mùa' → đồng/mùa.",
]

if __name__ == "__main__":
    write("p1294-5", TEXT, NOTES, FIGS, published="2024-11-09", location="Tây Hồ")
