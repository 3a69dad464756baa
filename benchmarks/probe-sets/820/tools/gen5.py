"""p820-5: Party/provincial newspaper (Báo Đắk Lắk), prices of common drugs at pharmacies in Buôn Ma Thuột."""
from lib import F, P, I, C, write

TEXT = """Giá nhiều loại thuốc hạ sốt, kháng virus tăng mạnh
Những ngày gần đây, số người mắc cúm, sốt xuất huyết tại TP. Buôn Ma Thuột tăng cao khiến nhu cầu mua thuốc tại các nhà thuốc tăng đột biến, kéo theo giá một số loại thuốc thông dụng cũng tăng.
Ghi nhận tại một số nhà thuốc trên đường Phan Bội Châu và Lê Thánh Tông, thuốc kháng virus Tamiflu 75 mg được bán với giá 520.000-580.000 đồng/hộp 10 viên, tăng khoảng 15% so với tháng trước. Thuốc hạ sốt Panadol loại vỉ 12 viên có giá 18.000 đồng/vỉ; Hapacol 250 dạng gói dành cho trẻ em giá 45.000 đồng/hộp 24 gói, tăng 5.000 đồng so với đầu tháng 10.
Chị Hồ Thị Mai, chủ nhà thuốc số 9 trên đường Y Jút cho biết, mỗi ngày nhà thuốc bán khoảng 150 hộp thuốc hạ sốt, gấp đôi ngày thường; riêng Tamiflu có thời điểm hết hàng 3 ngày liền.
Theo Sở Y tế, toàn tỉnh có 2.146 cơ sở bán lẻ thuốc, riêng TP. Buôn Ma Thuột có 687 cơ sở. 10 tháng năm 2024, ngành chức năng đã kiểm tra 512 cơ sở, xử phạt 38 cơ sở với số tiền gần 236 triệu đồng; trong đó có 11 cơ sở vi phạm về niêm yết giá và bán thuốc cao hơn giá niêm yết.
Ông Trần Văn Ba, Phó Giám đốc Sở Y tế cho biết, từ nay đến cuối năm, Sở dự kiến kiểm tra thêm khoảng 200 cơ sở, tập trung vào việc niêm yết và bán đúng giá. Người dân phát hiện cơ sở tăng giá bất hợp lý có thể phản ánh qua đường dây nóng 0262.3852.693 hoặc tại số 68 Lê Duẩn, TP. Buôn Ma Thuột.
HOÀI NAM
16/11/2024
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
BMT = "Buôn Ma Thuột"

FIGS = [
    F("Tamiflu 75 mg", "75", 75, "measure", "mg", location=BMT, optional=True),
    F("giá 520.000-580.000", "520.000", 520000, "money", "đồng/hộp", "giá thuốc kháng virus Tamiflu 75 mg",
      value_max=580000, change=C("increase", 15, "%", "tháng trước", approx="about"), location=BMT),
    F("hộp 10 viên", "10", 10, "count", "viên", location=BMT, optional=True),
    F("vỉ 12 viên", "12", 12, "count", "viên", location=BMT, optional=True),
    F("giá 18.000 đồng/vỉ", "18.000", 18000, "money", "đồng/vỉ", "giá thuốc hạ sốt Panadol", location=BMT),
    F("giá 45.000 đồng/hộp", "45.000", 45000, "money", "đồng/hộp", "giá Hapacol 250 dạng gói dành cho trẻ em",
      change=C("increase", 5000, "đồng", "đầu tháng 10"), location=BMT),
    F("hộp 24 gói", "24", 24, "count", "gói", location=BMT, optional=True),
    F("khoảng 150 hộp", "150", 150, "count", "hộp", "thuốc hạ sốt nhà thuốc bán mỗi ngày", approx="about", location=BMT,
      change=C("increase", 2, "lần", "ngày thường")),
    F("hết hàng 3 ngày", "3", 3, "measure", "ngày", "thời gian Tamiflu hết hàng", location=BMT, optional=True),
    F("có 2.146 cơ sở", "2.146", 2146, "count", "cơ sở", "cơ sở bán lẻ thuốc"),
    F("có 687 cơ sở", "687", 687, "count", "cơ sở", "cơ sở bán lẻ thuốc", location=BMT),
    F("kiểm tra 512 cơ sở", "512", 512, "count", "cơ sở", "cơ sở được kiểm tra", M10),
    F("xử phạt 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở bị xử phạt", M10),
    F("gần 236 triệu", "236", 236e6, "money", "đồng", "tiền xử phạt", M10, approx="nearly"),
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở vi phạm về niêm yết giá và bán thuốc cao hơn giá niêm yết",
      M10, total=38),
    F("khoảng 200 cơ sở", "200", 200, "count", "cơ sở", "cơ sở kiểm tra thêm",
      P("từ nay đến cuối năm", "2024-11-16", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper, byline HOÀI NAM and bare date 16/11/2024 at the end): drug prices at Buôn Ma Thuột pharmacies.",
    "Distractors: 'Hapacol 250' (product name), 'nhà thuốc số 9', 'Ông Trần Văn Ba', 'đầu tháng 10' (a baseline), phone 0262.3852.693,",
    "  'số 68 Lê Duẩn', 'đường Y Jút', 'Những ngày gần đây'.",
    "Optional: product/pack specifications (75 mg, hộp 10 viên, vỉ 12 viên, hộp 24 gói) and the out-of-stock duration '3 ngày liền'.",
    "'gấp đôi ngày thường' does not stand alone: it compares the 150 hộp with a normal day, so it is their change (2 lần, baseline",
    "  'ngày thường'), not a multiple figure (revised after the first run: the first gold had an optional multiple and no change).",
    "Prices and the pharmacy's daily sales are observed in Buôn Ma Thuột (named in the first paragraph): location Buôn Ma Thuột;",
    "  the province-wide count and inspections are Đắk Lắk. Prices carry no period (no phrase; 'so với tháng trước' is a baseline).",
    "'riêng TP. Buôn Ma Thuột có 687 cơ sở': 'riêng' is not one of the spec's part-of cues, so no total (borderline).",
    "'trong đó có 11 cơ sở' → total 38 (the count before 'trong đó' counting the same thing; 236 triệu is money).",
    "'từ nay đến cuối năm' runs from the article date to 2024-12-31; 'Sở dự kiến kiểm tra thêm khoảng 200 cơ sở' → forecast.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, COMMENTS, published="2024-11-16", location="Đắk Lắk")
