"""p949-2: Thạnh Hóa district portal (Long An), cajuput harvest and cừ tràm prices (14/09/2023)."""
from lib import F, period, change, year, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠNH HÓA - TỈNH LONG AN
Tin tức - Sự kiện / Kinh tế
Giá cừ tràm tăng, nông dân trồng tràm phấn khởi
Thứ Năm, 14/09/2023 - 10:20

Hiện toàn huyện có khoảng 6.800 ha tràm, tập trung ở các xã Thạnh Phú, Thuận Nghĩa Hòa, Tân Đông và Thủy Đông, với 1.236 hộ trồng. Từ đầu năm đến nay, người dân đã khai thác 870 ha tràm, đạt 75,7% kế hoạch năm; sản lượng ước đạt 2,6 triệu cây cừ.

Theo các thương lái, cừ tràm loại dài 4 m, đường kính ngọn 4-5 cm hiện được thu mua tại vườn với giá từ 28.000 đến 32.000 đồng/cây, tăng khoảng 6.000 đồng/cây so với cùng kỳ năm 2022. Cừ loại dài 3 m có giá 15.000-17.000 đồng/cây. Trồng với mật độ khoảng 10.000 cây/ha, sau 5-6 năm mỗi ha tràm cho thu về từ 120 đến 150 triệu đồng; trừ chi phí, lợi nhuận bình quân khoảng 18 triệu đồng/ha/năm. Mức lợi nhuận này gấp khoảng 1,5 lần trồng lúa một vụ trên đất phèn.

Ông Nguyễn Văn Ba, ngụ ấp 3, xã Thạnh Phú cho biết, gia đình ông vừa bán 2,5 ha tràm 6 năm tuổi, thu về 340 triệu đồng.

Để hỗ trợ người dân trồng lại sau khai thác, Ngân hàng Chính sách xã hội huyện đã giải ngân 9,4 tỷ đồng cho 312 hộ vay, mức vay tối đa 50 triệu đồng/hộ. Huyện duy trì 24 tổ PCCCR với 186 thành viên; mùa khô 2022-2023 không để xảy ra cháy rừng tràm.

Năm 2024, huyện phấn đấu trồng mới và trồng lại 950 ha tràm, nâng tỷ lệ che phủ rừng và cây phân tán lên 9,5%. Các hộ dân có nhu cầu liên hệ Phòng Nông nghiệp và Phát triển nông thôn huyện, số 12 đường 30/4, thị trấn Thạnh Hóa, điện thoại 0272.3851.247.
"""

YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-09-14")
Y24 = year(2024, "Năm 2024")

FIGS = [
    F("khoảng 6.800 ha tràm", "6.800", 6800, "measure", "ha", approx="about", subject="diện tích tràm"),
    F("với 1.236 hộ trồng", "1.236", 1236, "count", "hộ", subject="hộ trồng tràm"),
    F("khai thác 870 ha tràm", "870", 870, "measure", "ha", percent=75.7,
      subject="diện tích tràm khai thác", period=YTD),
    F("ước đạt 2,6 triệu cây cừ", "2,6", 2.6e6, "count", "cây cừ", status="estimate",
      subject="sản lượng cừ tràm", period=YTD),
    F("loại dài 4 m", "4", 4, "measure", "m", optional=True),
    F("ngọn 4-5 cm", "4", 4, "measure", "cm", value_max=5, optional=True),
    F("từ 28.000 đến 32.000 đồng/cây", "28.000", 28000, "money", "đồng/cây", value_max=32000,
      change=change("increase", 6000, "đồng/cây", "cùng kỳ năm 2022", approx="about"),
      subject="giá cừ tràm loại dài 4 m"),
    F("dài 3 m", "3", 3, "measure", "m", optional=True),
    F("giá 15.000-17.000 đồng/cây", "15.000", 15000, "money", "đồng/cây", value_max=17000,
      subject="giá cừ loại dài 3 m"),
    F("khoảng 10.000 cây/ha", "10.000", 10000, "measure", "cây/ha", approx="about",
      subject="mật độ trồng tràm"),
    F("sau 5-6 năm", "5", 5, "measure", "năm", value_max=6, optional=True),
    F("từ 120 đến 150 triệu đồng", "120", 120e6, "money", "đồng/ha", value_max=150e6,
      subject="thu về mỗi ha tràm"),
    F("khoảng 18 triệu đồng/ha/năm", "18", 18e6, "money", "đồng/ha/năm", approx="about",
      subject="lợi nhuận bình quân trồng tràm"),
    F("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", approx="about",
      subject="lợi nhuận trồng tràm so với trồng lúa một vụ trên đất phèn"),
    F("bán 2,5 ha tràm", "2,5", 2.5, "measure", "ha",
      subject="diện tích tràm gia đình ông Nguyễn Văn Ba vừa bán"),
    F("tràm 6 năm tuổi", "6", 6, "measure", "năm", optional=True),
    F("thu về 340 triệu đồng", "340", 340e6, "money", "đồng",
      subject="tiền bán tràm của gia đình ông Nguyễn Văn Ba"),
    F("giải ngân 9,4 tỷ đồng", "9,4", 9.4e9, "money", "đồng",
      subject="vốn Ngân hàng Chính sách xã hội giải ngân hỗ trợ trồng lại tràm"),
    F("cho 312 hộ vay", "312", 312, "count", "hộ", subject="hộ vay vốn trồng lại sau khai thác"),
    F("tối đa 50 triệu đồng/hộ", "50", 50e6, "money", "đồng/hộ", approx="at_most",
      subject="mức vay"),
    F("duy trì 24 tổ PCCCR", "24", 24, "count", "tổ", subject="tổ PCCCR"),
    F("với 186 thành viên", "186", 186, "count", "thành viên", subject="thành viên tổ PCCCR"),
    F("trồng lại 950 ha tràm", "950", 950, "measure", "ha", status="target",
      subject="diện tích tràm trồng mới và trồng lại", period=Y24),
    F("lên 9,5%", "9,5", 9.5, "percent", "%", status="target",
      subject="tỷ lệ che phủ rừng và cây phân tán", period=Y24),
]

NOTES = [
    "Cổng TTĐT huyện Thạnh Hóa (Long An): khai thác tràm, giá cừ tràm, thu nhập, vay vốn, PCCCR, mục tiêu 2024.",
    "Distractors: dateline 'Thứ Năm, 14/09/2023 - 10:20', 'Nguyễn Văn Ba' (name), 'ấp 3', 'lúa một vụ' (crop type),",
    "'số 12 đường 30/4' (address), phone '0272.3851.247', 'mùa khô 2022-2023'.",
    "Optional: grade specifications of the timber (dài 4 m, ngọn 4-5 cm, dài 3 m), rotation 'sau 5-6 năm', tree age '6 năm tuổi'.",
    "'mỗi ha tràm cho thu về từ 120 đến 150 triệu đồng' is per hectare: unit đồng/ha.",
    "'gấp khoảng 1,5 lần' stands in its own sentence as the claim: a multiple.",
    "'Từ đầu năm đến nay' ends at the dateline; it also covers the clause after ';' (2,6 triệu cây, same sentence).",
    "Location: the district, Thạnh Hóa (the article is about the district; communes lie in it).",
]

write("p949-2", TEXT, NOTES, FIGS, published="2023-09-14", location="Thạnh Hóa")
