from lib import F, P, Y, CH, TG, emit

TEXT = """BÁO ĐỒNG KHỞI ĐIỆN TỬ
Kinh tế | Nông nghiệp

Bến Tre: Hơn 22 nghìn ha dừa đạt chứng nhận hữu cơ

(BĐK) - Tính đến tháng 4/2024, toàn tỉnh có 22.486 ha dừa được cấp chứng nhận hữu cơ theo tiêu chuẩn của Mỹ, châu Âu, Nhật Bản, chiếm khoảng 28,5% tổng diện tích dừa của tỉnh, với hơn 24.000 hộ tham gia. Toàn tỉnh hiện có gần 79.000 ha dừa, nhiều nhất cả nước.

Các huyện có diện tích dừa hữu cơ lớn là Mỏ Cày Nam (5.830 ha), Giồng Trôm (4.912 ha), Thạnh Phú (3.705 ha) và Mỏ Cày Bắc (3.214 ha).

Hiện có sáu doanh nghiệp và 11 hợp tác xã tham gia chuỗi liên kết sản xuất - chế biến dừa hữu cơ. Năm 2023, kim ngạch xuất khẩu các sản phẩm từ dừa của tỉnh đạt 372 triệu USD, tăng 9,4% so với năm 2022, trong đó sản phẩm dừa hữu cơ chiếm khoảng 40%.

Giá dừa hữu cơ được doanh nghiệp thu mua cao hơn dừa thường từ 10.000 - 15.000 đồng/chục. Hiện giá dừa khô hữu cơ ở mức 85.000 - 90.000 đồng/chục. Ngoài phí chứng nhận do doanh nghiệp chi trả, mỗi hộ còn được thưởng thêm 500 đồng/trái khi tuân thủ đúng quy trình.

Theo Nghị quyết số 05-NQ/TU của Tỉnh ủy, giai đoạn 2021-2025 tỉnh phấn đấu phát triển 25.000 ha dừa hữu cơ và đến năm 2030 đạt 30.000 ha.

Bà Nguyễn Thị Thu, chủ vườn dừa ở xã An Định (Mỏ Cày Nam) cho biết, gia đình có 1,2 ha dừa hữu cơ, mỗi năm thu hoạch khoảng 1.400 chục trái. "Từ khi làm hữu cơ, thu nhập của gia đình tăng thêm 30 triệu đồng mỗi năm", bà Thu chia sẻ.

Lễ hội Dừa Bến Tre lần thứ VI sẽ diễn ra từ ngày 9 đến 12/4/2025 tại TP. Bến Tre.

Cẩm Trúc

15/05/2024
"""

APR = P("Tính đến tháng 4/2024", None, "2024-04-30")
APRi = P("Tính đến tháng 4/2024", None, "2024-04-30", inh=True)
Y23 = Y("Năm 2023", 2023)
SUBJ = "diện tích dừa hữu cơ"

FIGS = [
    F("có 22.486 ha", "22.486", 22486, "measure", "ha", "diện tích dừa được cấp chứng nhận hữu cơ", APR, percent=28.5),
    F("hơn 24.000 hộ", "24.000", 24000, "count", "hộ", "hộ tham gia trồng dừa hữu cơ", APR, approx="over"),
    F("gần 79.000 ha", "79.000", 79000, "measure", "ha", "tổng diện tích dừa", APRi, approx="nearly"),
    F("Mỏ Cày Nam (5.830 ha)", "5.830", 5830, "measure", "ha", SUBJ, APRi, location="Mỏ Cày Nam"),
    F("Giồng Trôm (4.912 ha)", "4.912", 4912, "measure", "ha", SUBJ, APRi, location="Giồng Trôm"),
    F("Thạnh Phú (3.705 ha)", "3.705", 3705, "measure", "ha", SUBJ, APRi, location="Thạnh Phú"),
    F("Mỏ Cày Bắc (3.214 ha)", "3.214", 3214, "measure", "ha", SUBJ, APRi, location="Mỏ Cày Bắc"),
    F("có sáu doanh nghiệp", "sáu", 6, "count", "doanh nghiệp", "doanh nghiệp tham gia chuỗi liên kết dừa hữu cơ"),
    F("và 11 hợp tác xã", "11", 11, "count", "hợp tác xã", "hợp tác xã tham gia chuỗi liên kết dừa hữu cơ"),
    F("đạt 372 triệu USD", "372", 372e6, "money", "USD", "kim ngạch xuất khẩu các sản phẩm từ dừa", Y23,
      change=CH("increase", 9.4, "%", "năm 2022")),
    F("chiếm khoảng 40%", "40", 40, "percent", "%",
      "tỷ trọng sản phẩm dừa hữu cơ trong kim ngạch xuất khẩu sản phẩm từ dừa", Y23, approx="about"),
    F("từ 10.000 - 15.000 đồng/chục", "10.000", 10000, "money", "đồng/chục",
      "giá dừa hữu cơ thu mua cao hơn dừa thường", value_max=15000),
    F("mức 85.000 - 90.000 đồng/chục", "85.000", 85000, "money", "đồng/chục", "giá dừa khô hữu cơ",
      value_max=90000),
    F("thêm 500 đồng/trái", "500", 500, "money", "đồng/trái", "tiền thưởng cho hộ tuân thủ đúng quy trình"),
    F("phát triển 25.000 ha", "25.000", 25000, "measure", "ha", SUBJ,
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("đạt 30.000 ha", "30.000", 30000, "measure", "ha", SUBJ, P("đến năm 2030", None, "2030-12-31"),
      status="target"),
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích dừa hữu cơ của hộ bà Nguyễn Thị Thu",
      location="Mỏ Cày Nam"),
    F("khoảng 1.400 chục", "1.400", 1400, "count", "chục trái", "sản lượng dừa thu hoạch mỗi năm của hộ",
      approx="about", location="Mỏ Cày Nam"),
    F("thêm 30 triệu đồng", "30", 30e6, "money", "đồng", "thu nhập tăng thêm mỗi năm của hộ",
      location="Mỏ Cày Nam"),
]

COMMENTS = [
    "Party newspaper (Báo Đồng Khởi, Bến Tre): organic coconut area, districts, chain, exports, prices, targets. Bare date '15/05/2024' at the end.",
    "'Tính đến tháng 4/2024' is an as-of month (end 2024-04-30); '28,5%' after 'chiếm' is the share of 22.486 ha.",
    "District list after a sentence break with no cue: no total, period inherited, each district its location.",
    "'sáu doanh nghiệp' is a number word (6). 'trong đó sản phẩm dừa hữu cơ chiếm khoảng 40%' has no base amount of its own: a percent figure, not",
    "the percent of 372 triệu USD (that is the whole). Price premium 'cao hơn ... từ 10.000 - 15.000 đồng/chục' is the claim: money range.",
    "Household figures of a farmer in xã An Định (Mỏ Cày Nam) take the district as location; 'mỗi năm' is a frequency, not a period.",
    "Headline 'Hơn 22 nghìn ha' is a figure (as headlines in shared h20/h30), period inherited from the lead.",
    "Distractors: Nghị quyết số 05-NQ/TU, 'Lễ hội Dừa ... lần thứ VI', dates 9-12/4/2025, TP. Bến Tre as venue, 'xã An Định'.",
]

FIGS.insert(0, F("Hơn 22 nghìn ha", "22", 22000, "measure", "ha", "diện tích dừa đạt chứng nhận hữu cơ",
                 APRi, approx="over"))

if __name__ == "__main__":
    emit("p380-3", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Bến Tre")
