"""p799-5: provincial Party newspaper (Báo Bình Định), nón ngựa Phú Gia and nón Gò Găng; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Giữ hồn nón ngựa Phú Gia

Làng nón ngựa Phú Gia (xã Cát Tường, huyện Phù Cát) hiện chỉ còn khoảng 30 hộ theo nghề, giảm gần 80% so với năm 2010. Để làm một chiếc nón ngựa, người thợ phải qua 8 công đoạn, mất từ 3 đến 4 ngày. Mỗi chiếc nón ngựa loại đẹp có giá từ 800.000 đến 1,2 triệu đồng.

Ông Nguyễn Văn Mười (68 tuổi), người có hơn 50 năm gắn bó với nghề, cho biết: "Năm 2023, cả làng bán được khoảng 1.500 chiếc nón ngựa, chủ yếu cho khách du lịch và các đoàn biểu diễn nghệ thuật".

Cách Phú Gia khoảng 30 km, làng nón Gò Găng (phường Nhơn Thành, thị xã An Nhơn) lại nhộn nhịp hơn. Theo UBND phường Nhơn Thành, năm 2023 làng có 420 hộ với hơn 900 lao động làm nón, sản xuất trên 1,1 triệu chiếc, doanh thu ước đạt 38 tỷ đồng. Thu nhập của thợ chằm nón từ 100.000 đến 150.000 đồng/ngày.

Nón Gò Găng hiện có mặt tại các tỉnh miền Trung, Tây Nguyên và được xuất khẩu sang Nhật Bản, Hà Lan; năm 2023 xuất khẩu khoảng 85.000 chiếc, tăng 21% so với năm 2022.

Năm 2024, thị xã An Nhơn đặt mục tiêu nâng số hộ làm nón lên 450 hộ và xây dựng 1 điểm trưng bày sản phẩm gần Quốc lộ 19. UBND tỉnh Bình Định cũng đã hỗ trợ 250 triệu đồng theo Nghị quyết số 12/2022/NQ-HĐND để đăng ký nhãn hiệu tập thể "Nón lá Gò Găng".

HOÀI THU
25/11/2023
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
PC = {"location": "Phù Cát"}
AN = {"location": "An Nhơn"}

FIGS = [
    F("khoảng 30 hộ theo nghề", "30", 30, "count", "hộ", "hộ làm nón ngựa", approx="about",
      change=C("decrease", 80, "%", "năm 2010", approx="nearly"), **PC),
    F("qua 8 công đoạn", "8", 8, "count", "công đoạn", "công đoạn làm nón ngựa", **PC),
    F("từ 3 đến 4 ngày", "3", 3, "measure", "ngày", "thời gian làm một chiếc nón ngựa", value_max=4, **PC),
    F("từ 800.000 đến 1,2 triệu đồng", "800.000", 800_000, "money", "đồng", "giá nón ngựa loại đẹp",
      value_max=1.2e6, **PC),
    F("(68 tuổi)", "68", 68, "measure", "tuổi", "tuổi ông Nguyễn Văn Mười", optional=True, **PC),
    F("hơn 50 năm", "50", 50, "measure", "năm", "thời gian gắn bó với nghề", approx="over", optional=True, **PC),
    F("khoảng 1.500 chiếc nón ngựa", "1.500", 1500, "count", "chiếc nón ngựa", "nón ngựa bán được",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about", **PC),
    F("khoảng 30 km", "30", 30, "measure", "km", "khoảng cách từ Phú Gia đến làng nón Gò Găng", approx="about",
      optional=True, **AN),
    F("có 420 hộ", "420", 420, "count", "hộ", "hộ làm nón", Y23, **AN),
    F("hơn 900 lao động", "900", 900, "count", "lao động", "lao động làm nón", Y23, approx="over", **AN),
    F("trên 1,1 triệu chiếc", "1,1", 1.1e6, "count", "chiếc", "nón sản xuất", Y23, approx="over", **AN),
    F("ước đạt 38 tỷ đồng", "38", 38e9, "money", "đồng", "doanh thu làng nón Gò Găng", Y23, status="estimate", **AN),
    F("từ 100.000 đến 150.000 đồng/ngày", "100.000", 100_000, "money", "đồng/ngày", "thu nhập của thợ chằm nón",
      value_max=150_000, **AN),
    F("khoảng 85.000 chiếc", "85.000", 85_000, "count", "chiếc", "nón Gò Găng xuất khẩu",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", change=C("increase", 21, "%", "năm 2022"), **AN),
    F("lên 450 hộ", "450", 450, "count", "hộ", "hộ làm nón", Y24, status="target", **AN),
    F("xây dựng 1 điểm trưng bày", "1", 1, "count", "điểm trưng bày", "điểm trưng bày sản phẩm", Y24,
      status="target", **AN),
    F("hỗ trợ 250 triệu đồng", "250", 250e6, "money", "đồng",
      "kinh phí hỗ trợ đăng ký nhãn hiệu tập thể Nón lá Gò Găng", location="Bình Định"),
]

NOTES = [
    "Báo Bình Định style: headline, body, byline 'HOÀI THU' and the bare date '25/11/2023' at the end (published).",
    "Phú Gia figures are located in Phù Cát, Gò Găng figures in An Nhơn, the province's support in Bình Định.",
    "Not figures: 'Nguyễn Văn Mười' (a name with a number word), 'Quốc lộ 19', Nghị quyết số 12/2022/NQ-HĐND, 'năm 2010' (a baseline).",
    "The artisan's age, his years in the craft and the distance between villages are optional (descriptive).",
    "'Thu nhập ... đồng/ngày' stands in its own sentence with no period phrase: no period.",
]

if __name__ == "__main__":
    write("p799-5", TEXT, FIGS, NOTES, published="2023-11-25", location="Bình Định")
