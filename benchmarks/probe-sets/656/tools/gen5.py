import sys
from lib import F, P, I, CH, T, emit

TEXT = """Sơn La: Nâng cao giá trị trái cây nhờ chứng nhận VietGAP

Những năm gần đây, sản xuất theo tiêu chuẩn VietGAP đã trở thành "giấy thông hành" giúp trái cây Sơn La vào các thị trường khó tính. Năm 2023, toàn tỉnh có 5.284 ha cây ăn quả được cấp giấy chứng nhận VietGAP, tăng 612 ha so với năm 2022; 62,3 ha đạt GlobalGAP và 118 ha đạt chứng nhận hữu cơ. Ba huyện có diện tích VietGAP lớn nhất lần lượt là Mộc Châu, Yên Châu và Mai Sơn với 1.720 ha, 1.386 ha và 1.045 ha.

Toàn tỉnh có 96 hợp tác xã sản xuất trái cây theo VietGAP, chiếm gần 40% số hợp tác xã trồng trọt. Ông Lò Văn Hưng, Giám đốc HTX 19/5 xã Chiềng Hặc (Yên Châu), cho biết: "Xoài VietGAP của HTX bán được 18.000-22.000 đồng/kg, cao hơn 15-20% so với xoài thường; mỗi năm HTX thu về khoảng 3,2 tỷ đồng".

Công tác hậu kiểm cũng được tăng cường. 9 tháng năm 2024, Chi cục Trồng trọt và Bảo vệ thực vật đã lấy 245 mẫu rau, quả tại các vùng sản xuất VietGAP để kiểm tra dư lượng thuốc bảo vệ thực vật, trong đó 241 mẫu đạt yêu cầu, 4 mẫu có dư lượng vượt mức tối đa cho phép (chiếm 1,6%). Các cơ sở vi phạm đã bị thu hồi 2 giấy chứng nhận và xử phạt 37,5 triệu đồng.

Theo Quyết định số 1542/QĐ-UBND của UBND tỉnh, năm 2025 Sơn La phấn đấu có 6.500 ha cây ăn quả đạt VietGAP và tương đương, 100% vùng trồng xuất khẩu được cấp mã số và có truy xuất nguồn gốc. Tỉnh cũng sẽ tổ chức Tuần lễ Xoài - Nông sản an toàn lần thứ 5 tại Thành phố Sơn La.

Quàng Thu
15/10/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
VG = "diện tích VietGAP"

FIGS = [
    F("có 5.284 ha", "5.284", 5284, "measure", "ha", "cây ăn quả được cấp giấy chứng nhận VietGAP", Y23,
      change=CH("increase", 612, "ha", "năm 2022")),
    F("62,3 ha", "62,3", 62.3, "measure", "ha", "cây ăn quả đạt GlobalGAP", Y23),
    F("118 ha", "118", 118, "measure", "ha", "cây ăn quả đạt chứng nhận hữu cơ", Y23),
    F("Ba huyện", "Ba", 3, "count", "huyện", "huyện có diện tích VietGAP lớn nhất", optional=True),
    F("với 1.720 ha", "1.720", 1720, "measure", "ha", VG, I(Y23), location="Mộc Châu"),
    F("1.386 ha", "1.386", 1386, "measure", "ha", VG, I(Y23), location="Yên Châu"),
    F("1.045 ha", "1.045", 1045, "measure", "ha", VG, I(Y23), location="Mai Sơn"),
    F("có 96 hợp tác xã", "96", 96, "count", "hợp tác xã", "hợp tác xã sản xuất trái cây theo VietGAP", percent=40),
    F("được 18.000-22.000", "18.000", 18000, "money", "đồng/kg", "giá xoài VietGAP của HTX", value_max=22000,
      change=CH("increase", 15, "%", "xoài thường"), location="Yên Châu"),
    F("khoảng 3,2 tỷ", "3,2", 3200000000, "money", "đồng", "doanh thu mỗi năm của HTX", approx="about", location="Yên Châu"),
    F("lấy 245 mẫu", "245", 245, "count", "mẫu", "mẫu rau, quả kiểm tra dư lượng thuốc bảo vệ thực vật", M9),
    F("241 mẫu", "241", 241, "count", "mẫu", "mẫu đạt yêu cầu", M9, total=245),
    F("4 mẫu có dư lượng", "4", 4, "count", "mẫu", "mẫu có dư lượng vượt mức tối đa cho phép", M9, total=245, percent=1.6),
    F("thu hồi 2 giấy", "2", 2, "count", "giấy chứng nhận", "giấy chứng nhận bị thu hồi", I(M9)),
    F("xử phạt 37,5 triệu", "37,5", 37500000, "money", "đồng", "xử phạt các cơ sở vi phạm", I(M9)),
    F("có 6.500 ha", "6.500", 6500, "measure", "ha", "cây ăn quả đạt VietGAP và tương đương", Y25, status="target"),
    F("100% vùng", "100", 100, "percent", "%", "vùng trồng xuất khẩu được cấp mã số và có truy xuất nguồn gốc", Y25,
      status="target"),
]

COMMENTS = [
    "Báo Sơn La style (Party newspaper, invented): VietGAP fruit area 2023, districts (lần lượt), co-operatives, HTX price premium,",
    "residue tests 9 tháng 2024, sanctions, 2025 targets. Byline + bare date '15/10/2024' at the end = published.",
    "Not figures: 'HTX 19/5' (a name), QĐ 1542/QĐ-UBND, 'lần thứ 5' (edition), 'giấy thông hành'. 'Ba huyện … lớn nhất' (top-3) optional.",
    "'chiếm gần 40%' is the share of the 96 HTX (percent 40; the 'gần' qualifies the share, not the count).",
    "The HTX quote is located in Yên Châu (HTX of xã Chiềng Hặc, Yên Châu). 'cao hơn 15-20% so với xoài thường' after the price = its change.",
    "'trong đó 241 …, 4 …' take 245; '(chiếm 1,6%)' is the share of the 4 samples.",
    "revised: the three district items' subject is now the list's indicator as the sentence names it, 'diện tích VietGAP'",
    "(was 'diện tích cây ăn quả được chứng nhận VietGAP', words the sentence does not use; FIGURES.md: subject 'as the sentence names it').",
]

if __name__ == "__main__":
    emit("p656-5", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Sơn La", show="-v" in sys.argv)
