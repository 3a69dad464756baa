"""p1198-2: district portal (huyện Tháp Mười, Đồng Tháp), dryer support and a family dryer in xã Mỹ Hòa."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN THÁP MƯỜI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức | Kinh tế | Nông nghiệp

Tháp Mười hỗ trợ nông dân đầu tư lò sấy, giảm hao hụt lúa

15/08/2024 14:30

Vụ Hè Thu năm 2024, toàn huyện đã thu hoạch 36.800/41.250 ha lúa, năng suất bình quân 6,3 tấn/ha. Trên địa bàn huyện hiện có 186 lò sấy với tổng công suất 5.940 tấn/mẻ. Công suất này đáp ứng khoảng 75% nhu cầu sấy lúa trong cao điểm thu hoạch.

Thực hiện Nghị quyết số 12/2023/NQ-HĐND của HĐND tỉnh Đồng Tháp, từ đầu năm đến nay huyện đã hỗ trợ 23 hộ và 4 hợp tác xã đầu tư mới, nâng cấp lò sấy với tổng kinh phí 3,45 tỷ đồng; mức hỗ trợ tối đa 30% giá trị đầu tư nhưng không quá 500 triệu đồng/lò.

Tại xã Mỹ Hòa, gia đình anh Lê Văn Hiếu vừa đưa vào hoạt động lò sấy vỉ ngang 2 buồng, mỗi buồng sấy 25 tấn/mẻ, dùng quạt điện 15 kW và đốt trấu. Anh Hiếu cho biết mỗi ngày lò sấy được hai mẻ, khoảng 100 tấn lúa tươi; giá sấy 180.000 đồng/tấn, sau khi trừ chi phí lãi khoảng 40.000 đồng/tấn. Lò sấy tạo việc làm cho 6 lao động, thu nhập từ 7 đến 8 triệu đồng/người/tháng. Trước đây, phơi lúa ngoài sân khiến hao hụt từ 3 đến 5%, nay qua lò sấy hao hụt chỉ còn dưới 1%.

Năm 2025, huyện phấn đấu nâng tổng công suất sấy lên 6.500 tấn/mẻ, bảo đảm 100% diện tích lúa vùng nguyên liệu được sấy kịp thời.

Minh Trí (Phòng Nông nghiệp và PTNT huyện)

Tin khác:
- Hội thi nông dân sản xuất, kinh doanh giỏi lần thứ 3
Địa chỉ: Khóm 3, thị trấn Mỹ An, huyện Tháp Mười, tỉnh Đồng Tháp | Điện thoại: 0277.3823.257
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-15")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu hoạch 36.800/41.250 ha", "36.800", 36800, "measure", "ha", total=41250,
      subject="diện tích lúa Hè Thu đã thu hoạch"),
    F("6,3 tấn/ha", "6,3", 6.3, "measure", "tấn/ha", subject="năng suất lúa bình quân"),
    F("có 186 lò sấy", "186", 186, "count", "lò sấy", subject="lò sấy trên địa bàn huyện"),
    F("5.940 tấn/mẻ", "5.940", 5940, "measure", "tấn/mẻ", subject="tổng công suất lò sấy"),
    F("khoảng 75%", "75", 75, "percent", "%", approx="about",
      subject="tỷ lệ đáp ứng nhu cầu sấy lúa trong cao điểm thu hoạch"),
    F("hỗ trợ 23 hộ", "23", 23, "count", "hộ",
      subject="hộ được hỗ trợ đầu tư mới, nâng cấp lò sấy", period=YTD),
    F("4 hợp tác xã", "4", 4, "count", "hợp tác xã",
      subject="hợp tác xã được hỗ trợ đầu tư mới, nâng cấp lò sấy", period=YTD),
    F("3,45 tỷ", "3,45", 3450000000, "money", "đồng",
      subject="tổng kinh phí hỗ trợ đầu tư mới, nâng cấp lò sấy", period=YTD),
    F("tối đa 30%", "30", 30, "percent", "%", approx="at_most",
      subject="mức hỗ trợ trên giá trị đầu tư lò sấy"),
    F("không quá 500 triệu", "500", 500000000, "money", "đồng/lò", approx="at_most",
      subject="mức hỗ trợ đầu tư lò sấy"),
    F("vỉ ngang 2 buồng", "2", 2, "count", "buồng", subject="buồng sấy của lò sấy vỉ ngang"),
    F("sấy 25 tấn/mẻ", "25", 25, "measure", "tấn/mẻ", subject="công suất mỗi buồng sấy"),
    F("quạt điện 15 kW", "15", 15, "measure", "kW", optional=True, subject="công suất quạt điện"),
    F("được hai mẻ", "hai", 2, "measure", "mẻ/ngày", subject="mẻ sấy mỗi ngày"),
    F("khoảng 100 tấn", "100", 100, "measure", "tấn/ngày", approx="about",
      subject="lúa tươi sấy mỗi ngày"),
    F("giá sấy 180.000", "180.000", 180000, "money", "đồng/tấn", subject="giá sấy lúa"),
    F("khoảng 40.000", "40.000", 40000, "money", "đồng/tấn", approx="about",
      subject="lãi sau khi trừ chi phí sấy"),
    F("cho 6 lao động", "6", 6, "count", "lao động", subject="lao động có việc làm tại lò sấy"),
    F("từ 7 đến 8 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=8000000,
      subject="thu nhập của lao động tại lò sấy"),
    F("từ 3 đến 5%", "3", 3, "percent", "%", value_max=5,
      subject="hao hụt khi phơi lúa ngoài sân"),
    F("dưới 1%", "1", 1, "percent", "%", approx="under", subject="hao hụt khi sấy lúa qua lò sấy"),
    F("lên 6.500 tấn/mẻ", "6.500", 6500, "measure", "tấn/mẻ", status="target",
      subject="tổng công suất sấy", period=Y25),
    F("bảo đảm 100%", "100", 100, "percent", "%", status="target",
      subject="diện tích lúa vùng nguyên liệu được sấy kịp thời", period=Y25),
]

NOTES = [
    "District portal (huyện Tháp Mười, Đồng Tháp): header, menu, bare dateline '15/08/2024 14:30', byline, footer address and phone.",
    "Distractors: Nghị quyết số 12/2023/NQ-HĐND, 'lần thứ 3', 'Khóm 3', phone 0277.3823.257, time 14:30.",
    "Location is the district (Tháp Mười) throughout; xã Mỹ Hòa is one of its communes.",
    "'36.800/41.250 ha' gives total 41250. 'Vụ Hè Thu năm 2024' is a crop season: FIGURES.md gives no dates for seasons, so no period is set",
    "(not scored). 'Công suất này đáp ứng khoảng 75%' stands in its own sentence: a percent figure.",
    "'từ đầu năm đến nay' = 2024-01-01 .. published date. The support ceiling (30%, 500 triệu đồng/lò) is a standing rule: no period.",
    "'mỗi ngày … hai mẻ, khoảng 100 tấn' are per-day rates (measure, unit …/ngày). '15 kW' (fan rating) is optional.",
    "'hao hụt từ 3 đến 5%' (sun-drying) is a range; 'dưới 1%' (machine drying) its own figure.",
]

if __name__ == "__main__":
    write("p1198-2", TEXT, NOTES, FIGS, published="2024-08-15", location="Tháp Mười")
