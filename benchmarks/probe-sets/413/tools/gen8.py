from lib import F, P, PI, CH, T, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẬU GIANG
Tin kinh tế - thị trường

Hậu Giang: Diện tích mía tiếp tục giảm, nhà máy đường tìm cách giữ vùng nguyên liệu

Tính đến 30/9/2024, diện tích mía toàn tỉnh còn khoảng 3.850 ha, giảm 1.140 ha so với cùng kỳ năm 2023, tập trung chủ yếu tại thành phố Ngã Bảy (1.620 ha), huyện Phụng Hiệp (1.480 ha) và huyện Long Mỹ (395 ha). So với năm 2015, khi toàn tỉnh có trên 14.000 ha, diện tích mía đã giảm gần 73%.

Từ đầu năm đến nay, Nhà máy đường Phụng Hiệp thuộc Công ty CP Mía đường Cần Thơ thu mua 198.500 tấn mía, giảm 22,4% so với cùng kỳ; chữ đường bình quân chỉ đạt 9,2 CCS. Giá mía tại ruộng dao động từ 950 đến 1.050 đồng/kg.

Để giữ vùng nguyên liệu, nhà máy hỗ trợ nông dân 2 triệu đồng/ha tiền phân bón và cho ứng trước vốn không lãi suất tối đa 15 triệu đồng/ha. Năm 2024, tỉnh đặt kế hoạch chuyển khoảng 600 ha mía kém hiệu quả sang trồng cây ăn trái, nuôi thủy sản; đến nay đã chuyển đổi được 412 ha, đạt 68,7% kế hoạch.

Theo kế hoạch, niên vụ 2024-2025 nhà máy dự kiến ép khoảng 180.000 tấn mía, sản xuất 15.500 tấn đường; toàn tỉnh phấn đấu giữ ổn định 3.500 ha mía đến năm 2025.

Sở Công Thương đề nghị các địa phương tăng cường kiểm tra, xử lý đường nhập lậu; người dân phản ánh qua số điện thoại 0293.3876.543 hoặc địa chỉ số 06 đường Ngô Quốc Trị, phường V, thành phố Vị Thanh.

Thanh Tâm
15/10/2024
"""

AS = P("Tính đến 30/9/2024", None, "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
YTDI = PI("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
NOW = P("đến nay", None, "2024-10-15")
NV2 = P("niên vụ 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("khoảng 3.850 ha", "3.850", "measure", "ha", "diện tích mía toàn tỉnh", approx="about",
      change=CH("dec", 1140, "ha", "cùng kỳ năm 2023"), period=AS),
    F("Ngã Bảy (1.620 ha)", "1.620", "measure", "ha", "diện tích mía", location="Ngã Bảy", period=AS),
    F("Phụng Hiệp (1.480 ha)", "1.480", "measure", "ha", "diện tích mía", location="Phụng Hiệp", period=AS),
    F("Long Mỹ (395 ha)", "395", "measure", "ha", "diện tích mía", location="Long Mỹ", period=AS),
    F("trên 14.000 ha", "14.000", "measure", "ha", "diện tích mía toàn tỉnh", approx="over",
      period=P("năm 2015", "2015-01-01", "2015-12-31")),
    F("giảm gần 73%", "73", "percent", "%", "mức giảm diện tích mía so với năm 2015", approx="nearly"),
    F("thu mua 198.500 tấn mía", "198.500", "measure", "tấn", "mía Nhà máy đường Phụng Hiệp thu mua",
      change=CH("dec", 22.4, "%", "cùng kỳ"), period=YTD),
    F("đạt 9,2 CCS", "9,2", "measure", "CCS", "chữ đường bình quân", period=YTD),
    F("từ 950 đến", "950", "money", "đồng/kg", "Giá mía tại ruộng", value_max=1050, period=YTDI),
    F("nông dân 2 triệu đồng/ha", "2", "money", "đồng/ha", "hỗ trợ tiền phân bón", mult=10**6),
    F("tối đa 15 triệu đồng/ha", "15", "money", "đồng/ha", "vốn ứng trước không lãi suất", mult=10**6, approx="at_most"),
    F("khoảng 600 ha", "600", "measure", "ha", "diện tích mía kém hiệu quả chuyển đổi kế hoạch", approx="about", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("được 412 ha", "412", "measure", "ha", "diện tích mía đã chuyển đổi", percent=68.7, period=NOW),
    F("khoảng 180.000 tấn", "180.000", "measure", "tấn", "mía nhà máy ép", approx="about", status="forecast", period=NV2),
    F("xuất 15.500 tấn", "15.500", "measure", "tấn", "đường sản xuất", status="forecast", period=NV2),
    F("định 3.500 ha", "3.500", "measure", "ha", "diện tích mía", status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = """
Department site (Sở Công Thương Hậu Giang): shrinking cane area and the Phụng Hiệp mill. No dateline at the top; the bare date '15/10/2024' after the byline
at the end is the article's date ('đến nay', 'Từ đầu năm đến nay' end there).
'Tính đến 30/9/2024' as-of period (start null) for the area, its change 'giảm 1.140 ha so với cùng kỳ năm 2023' and the bracketed district list (cities/districts
are locations). The list is not a breakdown that adds up (3.495 of 3.850), so no total. 'trên 14.000 ha' in 2015 is a figure; 'giảm gần 73%' a rate claim (percent).
'Nhà máy đường Phụng Hiệp', 'Công ty CP Mía đường Cần Thơ': names, not places (location Hậu Giang). 'đạt 68,7% kế hoạch' percent of 412 ha; the plan 600 ha is
a target figure of its own. 'Theo kế hoạch … dự kiến' governs both mill figures: forecast ('dự kiến' is the nearer cue). 'tối đa' at_most.
Distractors: phone 0293.3876.543, address 'số 06 đường Ngô Quốc Trị, phường V', 'năm 2015'/'cùng kỳ năm 2023' baselines, bare date line.
"""

build(8, TEXT, FIGS, COMMENTS, published="2024-10-15", location="Hậu Giang")
