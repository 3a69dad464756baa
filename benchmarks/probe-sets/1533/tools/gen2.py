"""p1533-2: district portal (huyện Gia Lâm, Hà Nội): Bát Tràng tea sets at the end of 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM
Thành phố Hà Nội

Trang chủ / Tin tức - Sự kiện / Kinh tế

Bát Tràng: Bộ ấm chén "đắt hàng" dịp cuối năm

22/12/2023 - 08:45

Những ngày cuối năm, các xưởng gốm ở xã Bát Tràng làm việc hết công suất để kịp giao hàng Tết. Theo UBND xã, năm 2023 toàn xã có khoảng 1.000 hộ làm gốm và trên 500 doanh nghiệp, cơ sở kinh doanh, trong đó hơn 120 doanh nghiệp chuyên sản xuất ấm chén, bộ ấm trà.

Doanh thu của làng nghề năm 2023 ước đạt 1.150 tỷ đồng, tăng 8% so với năm 2022. Sản phẩm ấm chén, bộ ấm trà chiếm khoảng 40% doanh thu này.

Giá một bộ ấm chén men rạn phổ thông từ 250.000 đến 600.000 đồng; bộ ấm vẽ vàng thủ công có giá 3-5 triệu đồng/bộ. Anh Nguyễn Văn Thành, chủ một xưởng gốm ở xóm 3, cho biết mỗi tháng xưởng xuất khoảng 2.500 bộ ấm chén, riêng tháng 12 tăng gấp đôi.

Từ đầu năm đến nay, xã đón hơn 200.000 lượt khách tham quan, mua sắm, trong đó khoảng 35.000 lượt khách quốc tế. Xã hiện có ba chục nghệ nhân được phong tặng danh hiệu và 12 sản phẩm gốm đạt OCOP 4 sao.

Dịp Tết Nguyên đán Giáp Thìn 2024, các cơ sở dự kiến cung ứng ra thị trường khoảng 150.000 bộ ấm chén, tăng khoảng 10% so với Tết năm trước. Mục tiêu đến năm 2025, doanh thu làng nghề đạt 1.500 tỷ đồng.

Nguồn: Phòng Kinh tế huyện Gia Lâm

Tin khác:
- Gia Lâm triển khai Nghị quyết số 15-NQ/HU về phát triển làng nghề
- Khai mạc Lễ hội làng gốm Bát Tràng năm 2023

Địa chỉ: Số 1 đường Cổ Bi, thị trấn Trâu Quỳ, huyện Gia Lâm, Hà Nội | Điện thoại: 024.3827.6035
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M12 = per("tháng 12", "2023-12-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-12-22")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 1.000 hộ", "1.000", 1000, "count", "hộ", approx="about", subject="hộ làm gốm", period=Y23),
    fig("trên 500 doanh nghiệp", "500", 500, "count", "doanh nghiệp, cơ sở kinh doanh", approx="over",
        subject="doanh nghiệp, cơ sở kinh doanh", period=Y23),
    fig("hơn 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="over", total=500,
        subject="doanh nghiệp chuyên sản xuất ấm chén, bộ ấm trà", period=Y23),
    fig("ước đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", status="estimate",
        change=chg("increase", 8, "%", "năm 2022"), subject="doanh thu của làng nghề", period=Y23b),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="sản phẩm ấm chén, bộ ấm trà trong doanh thu làng nghề", period=inh(Y23)),
    fig("từ 250.000 đến 600.000", "250.000", 250000, "money", "đồng/bộ", value_max=600000,
        subject="giá một bộ ấm chén men rạn phổ thông"),
    fig("giá 3-5 triệu", "3", 3e6, "money", "đồng/bộ", value_max=5e6,
        subject="giá bộ ấm vẽ vàng thủ công"),
    fig("khoảng 2.500 bộ", "2.500", 2500, "measure", "bộ/tháng", approx="about",
        subject="bộ ấm chén xưởng xuất mỗi tháng"),
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần",
        subject="bộ ấm chén xưởng xuất", period=M12),
    fig("hơn 200.000 lượt", "200.000", 200000, "count", "lượt khách", approx="over",
        subject="lượt khách tham quan, mua sắm", period=YTD),
    fig("khoảng 35.000 lượt", "35.000", 35000, "count", "lượt khách", approx="about", total=200000,
        subject="lượt khách quốc tế", period=YTD),
    fig("ba chục nghệ nhân", "ba chục", 30, "count", "nghệ nhân",
        subject="nghệ nhân được phong tặng danh hiệu"),
    fig("và 12 sản phẩm", "12", 12, "count", "sản phẩm", subject="sản phẩm gốm đạt OCOP 4 sao"),
    fig("khoảng 150.000 bộ", "150.000", 150000, "count", "bộ", approx="about", status="forecast",
        change=chg("increase", 10, "%", "Tết năm trước", "about"),
        subject="bộ ấm chén cung ứng ra thị trường"),
    fig("đạt 1.500 tỷ", "1.500", 1500e9, "money", "đồng", status="target",
        subject="doanh thu làng nghề", period=TO25),
]

NOTES = [
    "District portal (huyện Gia Lâm): banner, breadcrumb, '22/12/2023 - 08:45' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:45, 'xóm 3', 'OCOP 4 sao', 'Giáp Thìn 2024', Nghị quyết số 15-NQ/HU, 'năm 2023' in a link, 'Số 1 đường Cổ Bi', phone.",
    "xã Bát Tràng is a commune: the location is its district Gia Lâm (spec: province, city or district).",
    "'trên 500 doanh nghiệp, cơ sở kinh doanh, trong đó hơn 120 doanh nghiệp' → total 500; '200.000 lượt ..., trong đó khoảng 35.000' → total.",
    "'chiếm khoảng 40% doanh thu này' stands in its own sentence with no amount: a percent figure (actual), period inherited.",
    "'riêng tháng 12 tăng gấp đôi' is a multiple standing alone as the claim (number word 'đôi' = 2); 'ba chục' = 30.",
    "'mỗi tháng ... khoảng 2.500 bộ' is a rate: measure, 'bộ/tháng'. Standing prices get no period.",
    "'Tết Nguyên đán Giáp Thìn 2024' is no calendar period of the spec: the forecast gets no period. 'Mục tiêu đến năm 2025' → end 2025-12-31.",
    "revised after the first run: time phrases ('tháng 12', 'dịp Tết Nguyên đán') taken out of two subjects: the period field or the text carries them,",
    "the subject names the indicator only.",
]

if __name__ == "__main__":
    write("p1533-2", TEXT, NOTES, FIGS, published="2023-12-22", location="Gia Lâm")
