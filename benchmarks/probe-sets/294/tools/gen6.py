from lib import *

TEXT = """Trang chủ > Hoạt động chi nhánh NHNN tỉnh, thành phố

NHNN chi nhánh tỉnh Đắk Lắk triển khai nhiệm vụ năm 2024

Ngày 12/01/2024, Ngân hàng Nhà nước chi nhánh tỉnh Đắk Lắk tổ chức Hội nghị tổng kết hoạt động ngân hàng năm 2023 và triển khai nhiệm vụ năm 2024.

Năm 2023, tổng nguồn vốn huy động trên địa bàn đạt gần 88,5 nghìn tỷ đồng, tăng 9,6% so với năm 2022. Tăng trưởng tín dụng năm 2023 đạt 6,8%, thấp hơn chỉ tiêu đề ra (10-12%); tổng dư nợ đạt trên 132,7 nghìn tỷ đồng, riêng TP Buôn Ma Thuột chiếm 58% tổng dư nợ toàn tỉnh.

Dư nợ cho vay nông nghiệp, nông thôn chiếm 47,3% tổng dư nợ; trong đó cho vay cà phê khoảng 21.300 tỷ đồng, sầu riêng hơn 6.800 tỷ đồng, hồ tiêu khoảng 2.150 tỷ đồng. Dư nợ cho vay theo Nghị định số 55/2015/NĐ-CP đạt 62.480 tỷ đồng với hơn 215 nghìn khách hàng.

Tỷ lệ nợ xấu nội bảng ở mức 1,85%; nếu tính cả nợ đã bán cho VAMC và nợ tiềm ẩn, tỷ lệ này khoảng 3,4%. Mặt bằng lãi suất cho vay giảm 1,5-2%/năm so với đầu năm 2023; lãi suất cho vay ngắn hạn bằng VND đối với các lĩnh vực ưu tiên tối đa 4%/năm.

Năm 2024, ngành ngân hàng tỉnh phấn đấu: nguồn vốn huy động tăng 10-12%; dư nợ tín dụng tăng 12-14%; tỷ lệ nợ xấu dưới 2%; dư nợ cho vay nông nghiệp, nông thôn chiếm khoảng 45% tổng dư nợ. Giai đoạn 2021-2025, tín dụng trên địa bàn phải tăng bình quân 11%/năm.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các tổ chức tín dụng tiếp tục triển khai gói tín dụng 120.000 tỷ đồng cho nhà ở xã hội và chương trình cho vay lâm sản, thủy sản 15.000 tỷ đồng theo Nghị quyết số 33/NQ-CP.

Nguồn: NHNN chi nhánh tỉnh Đắk Lắk
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("gần 88,5 nghìn tỷ đồng", "88,5", 88500 * 10**9, "money", "đồng", "tổng nguồn vốn huy động trên địa bàn",
      approx="nearly", change=ch("+", 9.6, baseline="năm 2022"), period=Y23),
    F("đạt 6,8%", "6,8", 6.8, "percent", "%", "Tăng trưởng tín dụng", target=tg(10, met=False), period=Y23s),
    F("trên 132,7 nghìn tỷ đồng", "132,7", 132700 * 10**9, "money", "đồng", "tổng dư nợ", approx="over",
      period=Y23s),
    F("chiếm 58% tổng", "58", 58, "percent", "%", "dư nợ", location="Buôn Ma Thuột", period=Y23s),
    F("chiếm 47,3% tổng", "47,3", 47.3, "percent", "%", "Dư nợ cho vay nông nghiệp, nông thôn", period=Y23i),
    F("khoảng 21.300 tỷ đồng", "21.300", ty(21300), "money", "đồng", "cho vay cà phê", approx="about",
      period=Y23i),
    F("hơn 6.800 tỷ đồng", "6.800", ty(6800), "money", "đồng", "cho vay sầu riêng", approx="over", period=Y23i),
    F("khoảng 2.150 tỷ đồng", "2.150", ty(2150), "money", "đồng", "cho vay hồ tiêu", approx="about", period=Y23i),
    F("đạt 62.480 tỷ đồng", "62.480", ty(62480), "money", "đồng", "Dư nợ cho vay theo Nghị định số 55/2015/NĐ-CP",
      period=Y23i),
    F("hơn 215 nghìn khách hàng", "215", 215000, "count", "khách hàng",
      "khách hàng vay theo Nghị định số 55/2015/NĐ-CP", approx="over", period=Y23i),
    F("mức 1,85%", "1,85", 1.85, "percent", "%", "Tỷ lệ nợ xấu nội bảng", period=Y23i),
    F("khoảng 3,4%", "3,4", 3.4, "percent", "%",
      "tỷ lệ nợ xấu tính cả nợ đã bán cho VAMC và nợ tiềm ẩn", approx="about", period=Y23i),
    F("giảm 1,5-2%/năm", "1,5", 1.5, "percent", "%", "Mặt bằng lãi suất cho vay giảm", value_max=2,
      period=Y23i),
    F("tối đa 4%/năm", "4", 4, "percent", "%",
      "lãi suất cho vay ngắn hạn bằng VND đối với các lĩnh vực ưu tiên", approx="at_most", period=Y23i),
    F("huy động tăng 10-12%", "10", 10, "percent", "%", "nguồn vốn huy động tăng", value_max=12,
      status="target", period=Y24),
    F("tín dụng tăng 12-14%", "12", 12, "percent", "%", "dư nợ tín dụng tăng", value_max=14,
      status="target", period=Y24),
    F("xấu dưới 2%", "2", 2, "percent", "%", "tỷ lệ nợ xấu", approx="under", status="target", period=Y24),
    F("khoảng 45% tổng", "45", 45, "percent", "%", "dư nợ cho vay nông nghiệp, nông thôn", approx="about",
      status="target", period=Y24),
    F("bình quân 11%/năm", "11", 11, "percent", "%", "tín dụng trên địa bàn tăng bình quân",
      status="target", period=G),
    F("gói tín dụng 120.000 tỷ đồng", "120.000", ty(120000), "money", "đồng",
      "gói tín dụng cho nhà ở xã hội", location="Việt Nam", optional=True),
    F("thủy sản 15.000 tỷ đồng", "15.000", ty(15000), "money", "đồng",
      "chương trình cho vay lâm sản, thủy sản", location="Việt Nam", optional=True),
]

COMMENTS = [
    "Ministry site (sbv.gov.vn style, breadcrumb 'Trang chủ > …'): NHNN chi nhánh tỉnh Đắk Lắk year-end conference. No dateline: no published.",
    "'Ngày 12/01/2024' is the date of the conference, not a dateline. 'gần 88,5 nghìn tỷ đồng' = 88.5·10^12 (nearly).",
    "'Tăng trưởng tín dụng … đạt 6,8%, thấp hơn chỉ tiêu đề ra (10-12%)': growth rate as the claim, bracketed plan = target attribute (low end 10, met false).",
    "'riêng TP Buôn Ma Thuột chiếm 58%': a share with location Buôn Ma Thuột. Crop loans after 'trong đó' follow a share (47,3%), no whole in đồng: no total.",
    "'Năm 2024, … phấn đấu:' list: every item is status target with period năm 2024; 'Giai đoạn 2021-2025 … 11%/năm' target over the period.",
    "'gói tín dụng 120.000 tỷ đồng' (national programme named by its size) and the 15.000 tỷ programme are optional (national, name-like).",
    "Distractors: breadcrumb, 'Nghị định số 55/2015/NĐ-CP', 'Nghị quyết số 33/NQ-CP', 'Giai đoạn 2021-2025'. Interest rates are percent, unit '%'.",
]

write(6, TEXT, COMMENTS, FIGS, location="Đắk Lắk")
