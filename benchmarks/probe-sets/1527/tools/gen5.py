"""p1527-5: provincial Party newspaper (Báo Ấp Bắc, Tiền Giang): coconut-shell crafts in huyện Chợ Gạo."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Kinh tế | Thứ Tư, 12/06/2024 | 07:45

Chợ Gạo: Nghề làm bát, muỗng gáo dừa giúp hàng trăm lao động có việc làm

(ABO) - Từ những chiếc gáo dừa vốn bị bỏ đi, nhiều cơ sở ở huyện Chợ Gạo đã làm ra bát, muỗng, khay, đèn ngủ bán khắp cả nước và xuất khẩu, tạo việc làm cho lao động nông thôn.

Theo Phòng Kinh tế huyện Chợ Gạo, toàn huyện hiện có 27 cơ sở sản xuất sản phẩm từ gáo dừa, thu hút khoảng 450 lao động, trong đó hơn 300 lao động làm tại nhà. Năm 2023, các cơ sở tiêu thụ khoảng 8,5 triệu gáo dừa, doanh thu đạt 24 tỷ đồng.

Cơ sở Thủ công Ba Dũng ở xã Long Bình Điền là một trong những cơ sở lớn nhất huyện. Anh Trần Văn Dũng, chủ cơ sở, cho biết mỗi tháng cơ sở xuất xưởng từ 25.000 đến 30.000 sản phẩm, trong đó bát gáo dừa chiếm khoảng 40%. Bát loại nhỏ có giá 22.000 đồng, bát lớn 35.000 đồng, muỗng 5.000 đồng; bộ quà tặng gồm bát, muỗng và đũa khắc tên giá 120.000 đồng.

“Gáo phải chọn loại già, dày từ 4 đến 6 mm thì bát mới bền, không nứt”, anh Dũng chia sẻ.

Năm 2024, huyện phấn đấu có thêm 3 cơ sở sản xuất sản phẩm từ gáo dừa và 1 sản phẩm đạt chuẩn OCOP 4 sao. Dự kiến trong quý III năm nay, Cơ sở Ba Dũng sẽ đầu tư máy khắc laser trị giá khoảng 400 triệu đồng để làm sản phẩm khắc tên theo yêu cầu.

NGỌC HÂN
"""

Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
Q3 = P("trong quý III năm nay", "2024-07-01", "2024-09-30")

FIGS = [
    F("hàng trăm lao động", "trăm", 100, "count", "lao động", approx="about",
      subject="lao động có việc làm từ nghề làm bát, muỗng gáo dừa", optional=True),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở sản xuất sản phẩm từ gáo dừa"),
    F("khoảng 450 lao động", "450", 450, "count", "lao động", approx="about", subject="lao động các cơ sở thu hút"),
    F("hơn 300 lao động", "300", 300, "count", "lao động", approx="over", total=450,
      subject="lao động làm tại nhà"),
    F("khoảng 8,5 triệu", "8,5", 8.5e6, "count", "gáo dừa", approx="about",
      subject="gáo dừa các cơ sở tiêu thụ", period=Y23),
    F("đạt 24 tỷ", "24", 24e9, "money", "đồng", subject="doanh thu các cơ sở", period=Y23),
    F("từ 25.000 đến 30.000", "25.000", 25000, "count", "sản phẩm", value_max=30000,
      subject="sản phẩm cơ sở xuất xưởng mỗi tháng"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="tỷ trọng bát gáo dừa"),
    F("giá 22.000 đồng", "22.000", 22000, "money", "đồng", subject="giá bát loại nhỏ"),
    F("lớn 35.000 đồng", "35.000", 35000, "money", "đồng", subject="giá bát lớn"),
    F("muỗng 5.000 đồng", "5.000", 5000, "money", "đồng", subject="giá muỗng"),
    F("giá 120.000 đồng", "120.000", 120000, "money", "đồng", subject="giá bộ quà tặng"),
    F("từ 4 đến 6 mm", "4", 4, "measure", "mm", value_max=6, subject="độ dày gáo dừa làm bát"),
    F("thêm 3 cơ sở", "3", 3, "count", "cơ sở", status="target",
      subject="cơ sở sản xuất sản phẩm từ gáo dừa có thêm", period=Y24),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", status="target", subject="sản phẩm đạt chuẩn OCOP 4 sao",
      period=Y24),
    F("khoảng 400 triệu", "400", 400e6, "money", "đồng", approx="about", status="forecast",
      subject="giá trị máy khắc laser Cơ sở Ba Dũng đầu tư", period=Q3),
]

NOTES = [
    "Provincial Party newspaper (Báo Ấp Bắc, Tiền Giang): section and 'Thứ Tư, 12/06/2024 | 07:45' (published), tag '(ABO) -', sapo, quote, byline at the end.",
    "The whole article is about huyện Chợ Gạo → location Chợ Gạo (commune Long Bình Điền does not change it).",
    "Optional: headline 'hàng trăm lao động' (an indefinite number word; value 100, approx not settled by the spec).",
    "The quoted shell thickness 'dày từ 4 đến 6 mm' is a measure range (a stated fact about the material), no period.",
    "'mỗi tháng cơ sở xuất xưởng từ 25.000 đến 30.000 sản phẩm' → count range, 'mỗi tháng' in the subject; 'trong đó bát gáo dừa chiếm khoảng 40%' → percent figure.",
    "'khoảng 450 lao động, trong đó hơn 300 lao động' → total 450. Prices are standing prices: no period.",
    "'Năm 2024, huyện phấn đấu' → target; 'Dự kiến trong quý III năm nay' → forecast, 2024-Q3 (year of published).",
    "Distractors: 'Cơ sở Thủ công Ba Dũng' / 'Cơ sở Ba Dũng' (names with a number word), 'OCOP 4 sao', 07:45, 'một trong những cơ sở'.",
]

if __name__ == "__main__":
    write("p1527-5", TEXT, NOTES, FIGS, published="2024-06-12", location="Chợ Gạo")
