"""p1188-6: national newspaper: củ kiệu muối before Tết, Quảng Ngãi (workshop in huyện Mộ Đức)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Thứ Bảy, 18/01/2025, 06:45 (GMT+7)

Xưởng muối kiệu Quảng Ngãi chạy đơn Tết

Những ngày cận Tết Ất Tỵ, các cơ sở muối củ kiệu ở Quảng Ngãi làm việc hết công suất, mỗi ngày xuất đi hàng chục tấn kiệu chua ngọt.

Tại xã Đức Lợi, huyện Mộ Đức, xưởng của anh Trần Văn Lâm (38 tuổi) thuê 35 lao động thời vụ, làm từ 5h sáng đến 21h. Từ ngày 1/12/2024 đến nay, xưởng đã muối khoảng 40 tấn kiệu tươi, gấp đôi cùng kỳ năm trước. Mỗi lao động được trả 250.000-300.000 đồng/ngày; người nhanh tay cắt rễ, bóc vỏ được khoảng 60 kg kiệu mỗi ngày.

Anh Lâm cho biết, kiệu tươi vụ này được thu mua với giá 28.000 đồng/kg, tăng 4.000 đồng so với Tết năm trước. Kiệu muối thành phẩm bán sỉ 65.000 đồng/kg, loại đóng hũ 500 g bán lẻ 45.000 đồng/hũ.

Theo Sở Nông nghiệp và PTNT Quảng Ngãi, vụ kiệu Tết này toàn tỉnh trồng 420 ha, năng suất bình quân 14 tấn/ha, sản lượng ước đạt 5.880 tấn. Khoảng 30% sản lượng được các cơ sở muối, đóng hũ; phần còn lại bán tươi cho thương lái đưa vào TP Hồ Chí Minh và các tỉnh miền Tây.

Toàn tỉnh hiện có 19 cơ sở chế biến kiệu muối, trong đó 4 cơ sở có sản phẩm đạt OCOP. Dự kiến dịp Tết Nguyên đán, các cơ sở tiêu thụ khoảng 1.700 tấn kiệu thành phẩm, doanh thu hơn 100 tỷ đồng.

Phạm Linh
"""

MD = "Mộ Đức"
SINCE = P("Từ ngày 1/12/2024 đến nay", "2024-12-01", "2025-01-18")

FIGS = [
    F("hàng chục tấn", "chục", 10, "measure", "tấn", approx="about", optional=True,
      subject="kiệu chua ngọt xuất đi mỗi ngày"),
    F("(38 tuổi)", "38", 38, "measure", "tuổi", optional=True, subject="tuổi anh Trần Văn Lâm", location=MD),
    F("thuê 35 lao động", "35", 35, "count", "lao động", subject="lao động thời vụ xưởng thuê", location=MD),
    F("khoảng 40 tấn", "40", 40, "measure", "tấn", approx="about",
      change=C("increase", 2, "lần", "cùng kỳ năm trước"),
      subject="kiệu tươi xưởng đã muối", period=SINCE, location=MD),
    F("250.000-300.000", "250.000", 250000, "money", "đồng/ngày", value_max=300000,
      subject="tiền công mỗi lao động", location=MD),
    F("khoảng 60 kg", "60", 60, "measure", "kg/ngày", approx="about",
      subject="kiệu người nhanh tay cắt rễ, bóc vỏ được mỗi ngày", location=MD),
    F("giá 28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg",
      change=C("increase", 4000, "đồng", "Tết năm trước"),
      subject="giá thu mua kiệu tươi", location=MD),
    F("sỉ 65.000 đồng/kg", "65.000", 65000, "money", "đồng/kg",
      subject="giá bán sỉ kiệu muối thành phẩm", location=MD),
    F("hũ 500 g", "500", 500, "measure", "g", optional=True, subject="khối lượng hũ kiệu", location=MD),
    F("lẻ 45.000 đồng/hũ", "45.000", 45000, "money", "đồng/hũ",
      subject="giá bán lẻ kiệu đóng hũ", location=MD),
    F("trồng 420 ha", "420", 420, "measure", "ha", subject="diện tích trồng kiệu vụ Tết"),
    F("bình quân 14 tấn/ha", "14", 14, "measure", "tấn/ha", subject="năng suất kiệu bình quân"),
    F("ước đạt 5.880 tấn", "5.880", 5880, "measure", "tấn", status="estimate", subject="sản lượng kiệu"),
    F("Khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="sản lượng kiệu được các cơ sở muối, đóng hũ"),
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở chế biến kiệu muối"),
    F("4 cơ sở", "4", 4, "count", "cơ sở", total=19, subject="cơ sở chế biến kiệu muối có sản phẩm đạt OCOP"),
    F("khoảng 1.700 tấn", "1.700", 1700, "measure", "tấn", approx="about", status="forecast",
      subject="kiệu thành phẩm các cơ sở tiêu thụ dịp Tết Nguyên đán"),
    F("hơn 100 tỷ", "100", 100000000000, "money", "đồng", approx="over", status="forecast",
      subject="doanh thu các cơ sở chế biến kiệu muối dịp Tết Nguyên đán"),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 18/01/2025, 06:45 (GMT+7)', byline at the end. Default location Quảng Ngãi; the workshop of Trần Văn Lâm",
    "in huyện Mộ Đức gets Mộ Đức for its figures, also in the next paragraph ('Anh Lâm cho biết' prices are his buying/selling prices).",
    "Distractors: dateline/time, '(GMT+7)', 'Tết Ất Tỵ', times '5h sáng', '21h', 'TP Hồ Chí Minh' and 'các tỉnh miền Tây' (destinations, not places of a figure).",
    "Optional: 'hàng chục tấn' (vague number word), '38 tuổi' (a person's age), 'hũ 500 g' (package size naming the product).",
    "'gấp đôi cùng kỳ năm trước' is the change (2 lần) of 40 tấn; 'tăng 4.000 đồng so với Tết năm trước' the change of the price.",
    "'Từ ngày 1/12/2024 đến nay' ends at the published date. 'vụ kiệu Tết này' is not a dated period: no period.",
    "'ước đạt' governs only its own clause (420 ha, 14 tấn/ha actual). 'Dự kiến' → forecast for 1.700 tấn and 100 tỷ.",
]

if __name__ == "__main__":
    write("p1188-6", TEXT, NOTES, FIGS, published="2025-01-18", location="Quảng Ngãi")
