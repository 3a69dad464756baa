"""p732-4: ministry site (Bộ NN&PTNT), clam exports 10 months 2023, farming area by province, MSC certification."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản

Xuất khẩu nghêu 10 tháng năm 2023 đạt 68,5 triệu USD
22/11/2023 10:45

Theo Cục Thủy sản, 10 tháng năm 2023, kim ngạch xuất khẩu nhuyễn thể hai mảnh vỏ của cả nước đạt 98,2 triệu USD, giảm 7,3% so với cùng kỳ năm 2022. Trong đó, xuất khẩu nghêu đạt 68,5 triệu USD, chiếm 69,8%; còn lại là sò điệp, hàu và các loại khác.

EU vẫn là thị trường nhập khẩu nghêu lớn nhất của Việt Nam với 31,4 triệu USD, chiếm 45,8%; tiếp đến là Nhật Bản 9,6 triệu USD và Hoa Kỳ 7,2 triệu USD. Việt Nam hiện đứng thứ 3 thế giới về sản lượng nghêu nuôi.

Cả nước có khoảng 38.000 ha nuôi nghêu tại 8 tỉnh ven biển, sản lượng năm 2022 đạt 285.000 tấn. Các tỉnh có diện tích lớn là Bến Tre (10.500 ha), Tiền Giang (5.200 ha), Trà Vinh (4.800 ha) và Nam Định (4.100 ha).

Năm 2009, nghề khai thác nghêu Bến Tre là nghề đầu tiên ở Đông Nam Á đạt chứng nhận MSC. Tính đến tháng 10/2023, đã có 4 vùng nghêu với tổng diện tích 5.790 ha được cấp chứng nhận, gồm Bến Tre 2.890 ha, Tiền Giang 1.500 ha và Trà Vinh 1.400 ha. Giá nghêu đạt MSC xuất khẩu cao hơn 10-15% so với nghêu thông thường.

Theo Quyết định số 339/QĐ-TTg, mục tiêu đến năm 2030 cả nước có 50.000 ha nuôi nghêu, kim ngạch xuất khẩu nhuyễn thể hai mảnh vỏ đạt 200 triệu USD.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
ASOF = P("Tính đến tháng 10/2023", None, "2023-10-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("năm 2023 đạt 68,5 triệu USD", "68,5", 68500000, "money", "USD", "xuất khẩu nghêu", M10),
    F("đạt 98,2 triệu USD", "98,2", 98200000, "money", "USD", "kim ngạch xuất khẩu nhuyễn thể hai mảnh vỏ", M10,
      change=CH("decrease", 7.3, baseline="cùng kỳ năm 2022")),
    F("nghêu đạt 68,5 triệu USD, chiếm", "68,5", 68500000, "money", "USD", "xuất khẩu nghêu", I(M10),
      total=98200000, percent=69.8),
    F("với 31,4 triệu USD", "31,4", 31400000, "money", "USD", "kim ngạch xuất khẩu nghêu sang thị trường EU", I(M10),
      percent=45.8),
    F("Nhật Bản 9,6 triệu USD", "9,6", 9600000, "money", "USD", "kim ngạch xuất khẩu nghêu sang thị trường Nhật Bản",
      I(M10)),
    F("Hoa Kỳ 7,2 triệu USD", "7,2", 7200000, "money", "USD", "kim ngạch xuất khẩu nghêu sang thị trường Hoa Kỳ",
      I(M10)),
    F("đứng thứ 3 thế giới", "3", 3, "rank", "hạng", "sản lượng nghêu nuôi trên thế giới"),
    F("khoảng 38.000 ha", "38.000", 38000, "measure", "ha", "diện tích nuôi nghêu", approx="about"),
    F("tại 8 tỉnh", "8", 8, "count", "tỉnh", "tỉnh ven biển nuôi nghêu"),
    F("đạt 285.000 tấn", "285.000", 285000, "measure", "tấn", "sản lượng nghêu",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("(10.500 ha)", "10.500", 10500, "measure", "ha", "diện tích nuôi nghêu", location="Bến Tre"),
    F("(5.200 ha)", "5.200", 5200, "measure", "ha", "diện tích nuôi nghêu", location="Tiền Giang"),
    F("(4.800 ha)", "4.800", 4800, "measure", "ha", "diện tích nuôi nghêu", location="Trà Vinh"),
    F("(4.100 ha)", "4.100", 4100, "measure", "ha", "diện tích nuôi nghêu", location="Nam Định"),
    F("có 4 vùng nghêu", "4", 4, "count", "vùng nghêu", "vùng nghêu được cấp chứng nhận MSC", ASOF),
    F("diện tích 5.790 ha", "5.790", 5790, "measure", "ha", "tổng diện tích vùng nghêu được cấp chứng nhận MSC", ASOF),
    F("Bến Tre 2.890 ha", "2.890", 2890, "measure", "ha", "diện tích nghêu được cấp chứng nhận MSC", ASOF,
      total=5790, location="Bến Tre"),
    F("Tiền Giang 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích nghêu được cấp chứng nhận MSC", ASOF,
      total=5790, location="Tiền Giang"),
    F("Trà Vinh 1.400 ha", "1.400", 1400, "measure", "ha", "diện tích nghêu được cấp chứng nhận MSC", ASOF,
      total=5790, location="Trà Vinh"),
    F("cao hơn 10-15%", "10", 10, "percent", "%", "giá nghêu đạt MSC xuất khẩu so với nghêu thông thường",
      value_max=15),
    F("có 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích nuôi nghêu", T30, status="target"),
    F("đạt 200 triệu USD", "200", 200000000, "money", "USD", "kim ngạch xuất khẩu nhuyễn thể hai mảnh vỏ", T30,
      status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT (ministry site): xuất khẩu nghêu 10 tháng năm 2023, thị trường, diện tích nuôi theo tỉnh, chứng nhận MSC, mục tiêu 2030.",
    "Ministry site: breadcrumb, bare date-time under the headline. Distractors: Năm 2009 (date), Quyết định số 339/QĐ-TTg, Số 10 Nguyễn Công Hoan.",
    "National figures: location Việt Nam; provinces in the lists are the location, the list's indicator is the subject; EU, Nhật Bản, Hoa Kỳ",
    "are trade partners, not places (location Việt Nam). Bracketed province areas do not add up (24.600 of 38.000) and follow no cue: no total;",
    "the MSC parts after 'gồm' add up to 5.790 ha: total 5790. 'cao hơn 10-15% so với nghêu thông thường' is a rate as the claim (percent, no change).",
    "'31,4 triệu USD, chiếm 45,8%' -> percent 45.8 (no total: no part-of cue for the market list).",
]

emit("p732-4", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")
