"""p1298-5: provincial Party newspaper (Báo Hậu Giang, tag BHG): red papaya in xã Thạnh Xuân, huyện Châu Thành A."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HẬU GIANG ĐIỆN TỬ
Kinh tế > Nông nghiệp

Đu đủ ruột đỏ giúp nông dân Thạnh Xuân khấm khá

Thứ Hai, 22/07/2024, 06:05

Chuyển đất mía, đất lúa kém hiệu quả sang trồng đu đủ ruột đỏ, nhiều hộ dân xã Thạnh Xuân, huyện Châu Thành A có thu nhập hàng trăm triệu đồng mỗi năm.

(BHG) - Năm 2021, anh Nguyễn Văn Thành (thường gọi Ba Thành), ngụ ấp Tân Phú A, mạnh dạn chuyển 1,2 ha đất mía sang trồng 2.800 cây đu đủ ruột đỏ. Sau 8 tháng, vườn cho trái, mỗi cây cho từ 40-50kg quả mỗi vụ. Với giá bán bình quân 6.500 đồng/kg, mỗi năm anh lãi hơn 300 triệu đồng. Theo anh, chi phí đầu tư ban đầu khoảng 150 triệu đồng/ha, chủ yếu cho cây giống, phân bón và hệ thống tưới. Hiện anh Ba Thành đã mở rộng vườn lên 3 ha, thuê 4 lao động thường xuyên với mức lương 7 triệu đồng/người/tháng.

Xã Thạnh Xuân hiện có 137 ha đu đủ với hơn 120 hộ trồng; tổ hợp tác đu đủ của xã gồm 26 thành viên. Theo Sở NN&PTNT, toàn tỉnh có khoảng 1.650 ha đu đủ, trong đó huyện Châu Thành A có 420 ha, nhiều nhất tỉnh.

Chị Út Mai, chủ vựa thu mua đu đủ ở TP Ngã Bảy, cho biết mỗi ngày vựa thu mua khoảng 15-20 tấn, cao điểm có ngày 30 tấn, chủ yếu chuyển đi TP Hồ Chí Minh và Hà Nội.

Năm 2024, xã Thạnh Xuân phấn đấu nâng diện tích đu đủ lên 160 ha, trong đó 50 ha sản xuất theo tiêu chuẩn VietGAP.

KHÁNH TRUNG
"""

Y21 = P("Năm 2021", "2021-01-01", "2021-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NB = "Ngã Bảy"

FIGS = [
    F("hàng trăm triệu", "hàng trăm", 100e6, "money", "đồng/năm", approx="about",
      subject="thu nhập của nhiều hộ dân trồng đu đủ ruột đỏ", optional=True),
    F("chuyển 1,2 ha", "1,2", 1.2, "measure", "ha", subject="đất mía chuyển sang trồng đu đủ ruột đỏ", period=Y21),
    F("trồng 2.800 cây", "2.800", 2800, "count", "cây", subject="cây đu đủ ruột đỏ trồng", period=Y21),
    F("từ 40-50kg", "40", 40, "measure", "kg/cây", value_max=50, subject="quả mỗi cây cho mỗi vụ"),
    F("bình quân 6.500 đồng/kg", "6.500", 6500, "money", "đồng/kg", subject="giá bán bình quân"),
    F("hơn 300 triệu", "300", 300e6, "money", "đồng/năm", approx="over", subject="tiền lãi mỗi năm của anh"),
    F("khoảng 150 triệu", "150", 150e6, "money", "đồng/ha", approx="about", subject="chi phí đầu tư ban đầu"),
    F("lên 3 ha", "3", 3, "measure", "ha", subject="diện tích vườn đu đủ anh Ba Thành mở rộng"),
    F("thuê 4 lao động", "4", 4, "count", "lao động", subject="lao động thường xuyên anh thuê"),
    F("lương 7 triệu", "7", 7e6, "money", "đồng/người/tháng", subject="mức lương lao động thường xuyên"),
    F("có 137 ha", "137", 137, "measure", "ha", subject="diện tích đu đủ xã Thạnh Xuân"),
    F("hơn 120 hộ", "120", 120, "count", "hộ", approx="over", subject="hộ trồng đu đủ"),
    F("gồm 26 thành viên", "26", 26, "count", "thành viên", subject="thành viên tổ hợp tác đu đủ của xã"),
    F("khoảng 1.650 ha", "1.650", 1650, "measure", "ha", approx="about", subject="diện tích đu đủ toàn tỉnh",
      location="Hậu Giang"),
    F("có 420 ha", "420", 420, "measure", "ha", total=1650, subject="diện tích đu đủ"),
    F("khoảng 15-20 tấn", "15", 15, "measure", "tấn/ngày", value_max=20, approx="about",
      subject="đu đủ vựa thu mua mỗi ngày", location=NB),
    F("có ngày 30 tấn", "30", 30, "measure", "tấn/ngày", subject="đu đủ vựa thu mua ngày cao điểm", location=NB),
    F("lên 160 ha", "160", 160, "measure", "ha", status="target", subject="diện tích đu đủ xã Thạnh Xuân",
      period=Y24),
    F("trong đó 50 ha", "50", 50, "measure", "ha", total=160, status="target",
      subject="diện tích sản xuất theo tiêu chuẩn VietGAP", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Hậu Giang): sapo, tag '(BHG) -', dateline 'Thứ Hai, 22/07/2024, 06:05', byline at the end.",
    "Distractors: 06:05, the nicknames 'Ba Thành' (twice) and 'Út Mai' (birth-order names, not numbers), 'ấp Tân Phú A',",
    "'Sau 8 tháng, vườn cho trái' (a duration that locates the first harvest in time: not a figure).",
    "Default location Châu Thành A (the commune's district; a commune is not a location level). The provincial total is Hậu Giang;",
    "the buyer's depot 'ở TP Ngã Bảy' gives Ngã Bảy. BHG implies the province, the text names the district.",
    "Optional: sapo 'thu nhập hàng trăm triệu đồng mỗi năm' (a number word whose value a reader cannot fix: 'hundreds of millions').",
    "'Năm 2021' governs the switch (1,2 ha, 2.800 cây) in its sentence; the later farm figures are present-tense (no period).",
    "'mỗi năm anh lãi hơn 300 triệu đồng', 'mỗi cây ... mỗi vụ', 'mỗi ngày ... 15-20 tấn' are rates (đồng/năm, kg/cây, tấn/ngày).",
    "'tổ hợp tác ... gồm 26 thành viên': the cue follows no figure, so no total. 'trong đó huyện Châu Thành A có 420 ha' is a",
    "part of the 1.650 ha; 'trong đó 50 ha' a part of the 160 ha target (status target carried).",
]

if __name__ == "__main__":
    write("p1298-5", TEXT, NOTES, FIGS, published="2024-07-22", location="Châu Thành A")
