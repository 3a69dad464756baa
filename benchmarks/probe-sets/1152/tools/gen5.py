"""p1152-5: Party newspaper (Báo Bắc Ninh), e-waste treatment; a recycling firm in thị xã Quế Võ."""
from lib import F, P, I, C, T, write

TEXT = """Báo Bắc Ninh > Kinh tế > Môi trường

Đưa chất thải điện tử về đúng "địa chỉ"

Cùng với sự phát triển của các khu công nghiệp, lượng chất thải điện tử phát sinh trên địa bàn Bắc Ninh ngày càng lớn. Năm 2023, các đơn vị có chức năng đã thu gom, xử lý khoảng 5.400 tấn chất thải điện tử, tăng 11% so với năm 2022, trong đó chất thải từ doanh nghiệp FDI chiếm khoảng 85%.

Tại thị xã Quế Võ, Công ty TNHH Tái chế Kim Phát là một trong 7 doanh nghiệp của tỉnh được cấp phép xử lý chất thải điện tử. Nhà máy rộng 3,2 ha, công suất 40 tấn/ngày, sử dụng hơn 120 lao động với thu nhập bình quân 9,5 triệu đồng/người/tháng. Năm 2023, công ty tiếp nhận gần 2.100 tấn bảng mạch, linh kiện và pin thải, thu hồi khoảng 350 tấn đồng, nhôm, nhựa phục vụ tái chế. Doanh thu năm 2023 đạt 126 tỷ đồng, gấp 1,5 lần năm 2021.

Ông Nguyễn Văn Hậu, Giám đốc công ty cho biết, mỗi năm doanh nghiệp chi khoảng 4 tỷ đồng cho hệ thống xử lý khí thải, nước thải; 100% bo mạch được tách kim loại bằng công nghệ thủy luyện khép kín, không đốt lộ thiên.

Ở khu dân cư, từ đầu năm đến nay, Tỉnh đoàn phối hợp Sở Tài nguyên và Môi trường tổ chức 6 đợt "Đổi rác thải điện tử lấy quà" tại 8 huyện, thị xã, thành phố, thu về 3.750 kg pin, điện thoại, thiết bị hỏng với hơn 5.000 lượt đoàn viên, học sinh tham gia.

Theo Kế hoạch số 112/KH-UBND, đến năm 2025, tỉnh phấn đấu 100% chất thải điện tử phát sinh tại các khu công nghiệp được thu gom, xử lý đúng quy định.

THU HƯƠNG
28/06/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23R = P("Doanh thu năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("từ đầu năm đến nay", "2024-01-01", "2024-06-28")
T25 = P("đến năm 2025", None, "2025-12-31")
QV = "Quế Võ"

FIGS = [
    F("khoảng 5.400 tấn", "5.400", 5400, "measure", "tấn", approx="about",
      change=C("increase", 11, "%", "năm 2022"),
      subject="chất thải điện tử thu gom, xử lý", period=Y23),
    F("chiếm khoảng 85%", "85", 85, "percent", "%", approx="about",
      subject="chất thải từ doanh nghiệp FDI", period=Y23),
    F("trong 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
      subject="doanh nghiệp của tỉnh được cấp phép xử lý chất thải điện tử"),
    F("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích nhà máy", location=QV),
    F("công suất 40 tấn/ngày", "40", 40, "measure", "tấn/ngày", subject="công suất nhà máy", location=QV),
    F("hơn 120 lao động", "120", 120, "count", "lao động", approx="over",
      subject="lao động của công ty", location=QV),
    F("9,5 triệu", "9,5", 9500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động", location=QV),
    F("gần 2.100 tấn", "2.100", 2100, "measure", "tấn", approx="nearly",
      subject="bảng mạch, linh kiện và pin thải công ty tiếp nhận", location=QV, period=Y23),
    F("khoảng 350 tấn", "350", 350, "measure", "tấn", approx="about",
      subject="đồng, nhôm, nhựa thu hồi phục vụ tái chế", location=QV, period=Y23),
    F("đạt 126 tỷ", "126", 126000000000, "money", "đồng", change=C("increase", 1.5, "lần", "năm 2021"),
      subject="doanh thu của công ty", location=QV, period=Y23R),
    F("khoảng 4 tỷ", "4", 4000000000, "money", "đồng", approx="about",
      subject="chi phí hằng năm cho hệ thống xử lý khí thải, nước thải", location=QV),
    F("; 100% bo mạch", "100", 100, "percent", "%",
      subject="bo mạch được tách kim loại bằng công nghệ thủy luyện khép kín", location=QV),
    F("tổ chức 6 đợt", "6", 6, "count", "đợt",
      subject="đợt Đổi rác thải điện tử lấy quà", period=SINCE),
    F("tại 8 huyện", "8", 8, "count", "huyện, thị xã, thành phố",
      subject="huyện, thị xã, thành phố tổ chức đợt thu gom", period=SINCE),
    F("về 3.750 kg", "3.750", 3750, "measure", "kg",
      subject="pin, điện thoại, thiết bị hỏng thu về", period=SINCE),
    F("hơn 5.000 lượt", "5.000", 5000, "count", "lượt đoàn viên, học sinh", approx="over",
      subject="lượt đoàn viên, học sinh tham gia", period=SINCE),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="chất thải điện tử phát sinh tại các khu công nghiệp được thu gom, xử lý đúng quy định", period=T25),
]

NOTES = [
    "Party newspaper (Báo Bắc Ninh): breadcrumb, byline 'THU HƯƠNG' and bare date '28/06/2024' at the end (published).",
    "'trong đó chất thải từ doanh nghiệp FDI chiếm khoảng 85%': the share has no base amount of its own -> a percent figure (no total).",
    "The firm passage is placed 'Tại thị xã Quế Võ': its figures in the following sentences carry Quế Võ; '7 doanh nghiệp của tỉnh' is provincial.",
    "'gấp 1,5 lần năm 2021' after the revenue is its change (lần). 'mỗi năm ... khoảng 4 tỷ đồng' is a standing yearly cost: no period.",
    "'từ đầu năm đến nay' runs to the published date. Distractors: 'một trong 7' (một = 'one of'), 'Kế hoạch số 112/KH-UBND', the bare date.",
]

if __name__ == "__main__":
    write("p1152-5", TEXT, NOTES, FIGS, published="2024-06-28", location="Bắc Ninh")
