"""p1568-5: Party newspaper (Báo Đồng Tháp): a rice-noodle cooperative in TP Sa Đéc making instant hủ tiếu and phở."""
from lib import F, P, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG THÁP ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Hủ tiếu ăn liền Sa Đéc vươn ra thị trường nước ngoài

NGỌC HÂN 07:12, 15/05/2024

Từ những lò hủ tiếu thủ công, Hợp tác xã Bột Tân Khánh đầu tư dây chuyền sản xuất hủ tiếu, phở ăn liền, đưa sản phẩm có mặt tại 6 quốc gia.

(ĐTO) - Năm 2018, anh Nguyễn Văn Tâm cùng 8 hộ làm bột ở phường Tân Quy Đông, TP Sa Đéc thành lập HTX. Hiện HTX có 23 thành viên, nhà xưởng rộng khoảng 1.500 m2 với hai dây chuyền, mỗi ngày sản xuất từ 12.000 đến 15.000 gói hủ tiếu, phở ăn liền. Mỗi tháng, HTX sử dụng khoảng 90 tấn gạo của nông dân địa phương, mua với giá cao hơn thị trường 200-300 đồng/kg.

Năm 2023, HTX tiêu thụ gần 3,6 triệu gói, doanh thu đạt 14,2 tỷ đồng, tăng 35% so với năm 2022; lợi nhuận hơn 1,8 tỷ đồng. Sản phẩm có giá bán lẻ từ 6.000 đến 9.000 đồng/gói. Khoảng 40% sản lượng được xuất khẩu sang Hàn Quốc, Nhật Bản, Australia, Hoa Kỳ, Canada và Đài Loan (Trung Quốc). HTX tạo việc làm thường xuyên cho hơn ba chục lao động, thu nhập từ 7 đến 9 triệu đồng/người/tháng.

"Năm nay, HTX dự kiến đầu tư thêm một máy đóng gói tự động trị giá khoảng 1,2 tỷ đồng, nâng công suất lên 20.000 gói/ngày", anh Tâm cho biết. Sản phẩm hủ tiếu ăn liền Tân Khánh đạt chứng nhận OCOP 4 sao năm 2022.

Theo Phòng Kinh tế TP Sa Đéc, thành phố hiện có 46 cơ sở sản xuất bột, hủ tiếu, trong đó 5 cơ sở làm sản phẩm ăn liền. Toàn tỉnh Đồng Tháp có 286 sản phẩm OCOP, trong đó 19 sản phẩm chế biến từ bột gạo.
"""

Y18 = P("Năm 2018", "2018-01-01", "2018-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
DT = "Đồng Tháp"

FIGS = [
    F("tại 6 quốc gia", "6", 6, "count", "quốc gia", subject="quốc gia có sản phẩm của hợp tác xã"),
    F("cùng 8 hộ", "8", 8, "count", "hộ", subject="hộ làm bột cùng thành lập HTX", period=Y18),
    F("có 23 thành viên", "23", 23, "count", "thành viên", subject="thành viên HTX"),
    F("khoảng 1.500 m2", "1.500", 1500, "measure", "m2", approx="about", subject="diện tích nhà xưởng"),
    F("với hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền của nhà xưởng"),
    F("từ 12.000 đến 15.000", "12.000", 12000, "measure", "gói/ngày", value_max=15000,
      subject="gói hủ tiếu, phở ăn liền sản xuất mỗi ngày"),
    F("khoảng 90 tấn", "90", 90, "measure", "tấn/tháng", approx="about",
      subject="gạo HTX sử dụng mỗi tháng"),
    F("200-300 đồng/kg", "200", 200, "money", "đồng/kg", value_max=300,
      subject="giá mua gạo cao hơn thị trường"),
    F("gần 3,6 triệu", "3,6", 3.6e6, "count", "gói", approx="nearly", subject="gói HTX tiêu thụ", period=Y23),
    F("đạt 14,2 tỷ", "14,2", 14.2e9, "money", "đồng", change=chg("increase", 35, "%", "năm 2022"),
      subject="doanh thu của HTX", period=Y23),
    F("hơn 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="over", subject="lợi nhuận của HTX", period=Y23),
    F("từ 6.000 đến 9.000", "6.000", 6000, "money", "đồng/gói", value_max=9000,
      subject="giá bán lẻ sản phẩm"),
    F("Khoảng 40%", "40", 40, "percent", "%", approx="about", subject="sản lượng được xuất khẩu",
      period=inh(Y23)),
    F("hơn ba chục lao động", "ba chục", 30, "count", "lao động", approx="over",
      subject="lao động HTX tạo việc làm thường xuyên"),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập của lao động"),
    F("thêm một máy", "một", 1, "count", "máy", status="forecast",
      subject="máy đóng gói tự động HTX đầu tư thêm", period=NOW),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
      subject="trị giá máy đóng gói tự động", period=NOW),
    F("lên 20.000 gói/ngày", "20.000", 20000, "measure", "gói/ngày", status="forecast",
      subject="công suất", period=NOW),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở sản xuất bột, hủ tiếu"),
    F("trong đó 5 cơ sở", "5", 5, "count", "cơ sở", total=46, subject="cơ sở làm sản phẩm ăn liền"),
    F("có 286 sản phẩm", "286", 286, "count", "sản phẩm", subject="sản phẩm OCOP", location=DT),
    F("trong đó 19 sản phẩm", "19", 19, "count", "sản phẩm", total=286,
      subject="sản phẩm OCOP chế biến từ bột gạo", location=DT),
]

NOTES = [
    "Party newspaper (Báo Đồng Tháp): section line, headline, byline with time and date 'NGỌC HÂN 07:12, 15/05/2024', sapo, tag '(ĐTO) -'.",
    "Distractors: 07:12, founding year 'Năm 2018' (period of the 8 founding households only), 'OCOP 4 sao năm 2022', 'Đài Loan (Trung Quốc)'.",
    "Cooperative in phường Tân Quy Đông, TP Sa Đéc: location Sa Đéc; the city's counts too; the province's OCOP counts → Đồng Tháp.",
    "Rates: 'mỗi ngày sản xuất từ 12.000 đến 15.000 gói' → gói/ngày; 'Mỗi tháng ... khoảng 90 tấn gạo' → tấn/tháng.",
    "'giá cao hơn thị trường 200-300 đồng/kg' is the price gap itself, with no base amount: a money figure, no change.",
    "'hơn ba chục lao động' = over 30 (number word 'ba chục'). 'Hiện', standing prices and specs get no period.",
    "'Khoảng 40% sản lượng được xuất khẩu' follows the 2023 results: period năm 2023 inherited (not scored).",
    "'Năm nay, HTX dự kiến ...' (quoted) → forecast, year of published (2024), for the three figures of that clause chain.",
]

if __name__ == "__main__":
    write("p1568-5", TEXT, NOTES, FIGS, published="2024-05-15", location="Sa Đéc")
