"""p898-2: district portal (huyện Con Cuông, Nghệ An) — human-elephant conflict near Pù Mát."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CON CUÔNG - TỈNH NGHỆ AN
Tin tức > Nông nghiệp - Nông thôn
Thứ Ba, 12/03/2024 - 10:05

Con Cuông: Nhiều giải pháp giảm thiểu xung đột giữa người và voi

Theo Hạt Kiểm lâm huyện, từ đầu năm 2023 đến nay, đàn voi rừng khoảng 10-12 con thường xuyên rời Vườn quốc gia Pù Mát, xuống các bản ven Quốc lộ 7A thuộc xã Châu Khê, Lạng Khê và Môn Sơn. Voi đã gây ra 46 vụ phá hoại, làm thiệt hại 18,7 ha keo, 5,3 ha lúa và sắn cùng 2 lán trại, ảnh hưởng đến 73 hộ dân; trong đó xã Châu Khê có 41 hộ, chiếm 56,2%.

Năm 2023, UBND huyện đã chi hỗ trợ thiệt hại cho các hộ với tổng kinh phí 312 triệu đồng, mức hỗ trợ 10 triệu đồng/ha đối với keo và 6 triệu đồng/ha đối với lúa, sắn. Huyện thành lập 3 tổ phản ứng nhanh với 27 thành viên là kiểm lâm, dân quân và người dân các bản; các tổ đã tổ chức 14 đợt xua đuổi voi ra khỏi khu dân cư, không để xảy ra thiệt hại về người.

Ông Vi Văn Bảy, Trưởng bản Xiềng, xã Lạng Khê chia sẻ: "Có đêm cả bản thức trắng đốt lửa, gõ kẻng canh voi. Từ khi có tổ phản ứng nhanh, bà con yên tâm hơn nhiều".

Thực hiện Kế hoạch số 56/KH-UBND của UBND huyện, năm 2024, huyện phối hợp Vườn quốc gia Pù Mát dự kiến lắp đặt 6,5 km hàng rào điện năng lượng mặt trời tại xã Lạng Khê với tổng kinh phí khoảng 1,2 tỷ đồng; đồng thời trồng 15 ha cây thức ăn cho voi ở vùng đệm. Huyện phấn đấu giảm ít nhất 30% số vụ voi phá hoại so với năm 2023.

Người dân phát hiện voi xuất hiện gần khu dân cư cần báo ngay cho Hạt Kiểm lâm qua số điện thoại 0238.3873.115 để được hỗ trợ kịp thời.

Lương Thảo - Phòng Văn hóa và Thông tin huyện
"""

SINCE = P("từ đầu năm 2023 đến nay", "2023-01-01", "2024-03-12")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 10-12 con", "10", 10, "count", "con", "voi rừng trong đàn", SINCE,
      value_max=12, approx="about"),
    F("gây ra 46 vụ", "46", 46, "count", "vụ", "vụ voi phá hoại", I(SINCE)),
    F("thiệt hại 18,7 ha keo", "18,7", 18.7, "measure", "ha", "diện tích keo bị voi phá hoại", I(SINCE)),
    F("5,3 ha lúa", "5,3", 5.3, "measure", "ha", "diện tích lúa và sắn bị voi phá hoại", I(SINCE)),
    F("cùng 2 lán trại", "2", 2, "count", "lán trại", "lán trại bị voi phá hoại", I(SINCE)),
    F("đến 73 hộ dân", "73", 73, "count", "hộ", "hộ dân bị ảnh hưởng", I(SINCE)),
    F("Châu Khê có 41 hộ", "41", 41, "count", "hộ", "hộ dân bị ảnh hưởng", I(SINCE),
      total=73, percent=56.2),
    F("kinh phí 312 triệu đồng", "312", 312_000_000, "money", "đồng",
      "kinh phí hỗ trợ thiệt hại cho các hộ", Y23),
    F("hỗ trợ 10 triệu đồng/ha", "10", 10_000_000, "money", "đồng/ha", "mức hỗ trợ thiệt hại đối với keo", Y23),
    F("và 6 triệu đồng/ha", "6", 6_000_000, "money", "đồng/ha", "mức hỗ trợ thiệt hại đối với lúa, sắn", Y23),
    F("thành lập 3 tổ", "3", 3, "count", "tổ", "tổ phản ứng nhanh"),
    F("với 27 thành viên", "27", 27, "count", "thành viên", "thành viên tổ phản ứng nhanh"),
    F("tổ chức 14 đợt", "14", 14, "count", "đợt", "đợt xua đuổi voi ra khỏi khu dân cư"),
    F("lắp đặt 6,5 km", "6,5", 6.5, "measure", "km", "hàng rào điện năng lượng mặt trời lắp đặt", Y24,
      status="forecast"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng", "kinh phí lắp đặt hàng rào điện", Y24,
      approx="about", status="forecast"),
    F("trồng 15 ha", "15", 15, "measure", "ha", "cây thức ăn cho voi trồng ở vùng đệm", Y24,
      status="forecast"),
    F("ít nhất 30%", "30", 30, "percent", "%", "giảm số vụ voi phá hoại so với năm 2023",
      I(Y24), approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Con Cuông: xung đột người - voi từ đầu năm 2023 đến 12/3/2024; hỗ trợ thiệt hại năm 2023; kế hoạch năm 2024.",
    "Communes (Châu Khê, Lạng Khê, Môn Sơn) lie in the district: location Con Cuông. 'Quốc lộ 7A', 'Kế hoạch số 56/KH-UBND', phone, 'Vi Văn Bảy' (name), 'bản Xiềng' are not figures.",
    "'từ đầu năm 2023 đến nay' ends at the dateline 2024-03-12. 'ảnh hưởng đến 73 hộ dân; trong đó xã Châu Khê có 41 hộ, chiếm 56,2%': total 73, percent 56.2.",
    "'dự kiến lắp đặt ...; đồng thời trồng 15 ha' → forecast (the cue governs the continuing clause). 'phấn đấu giảm ít nhất 30%' is a rate with no base amount: percent figure, target.",
    "Tổ/thành viên/đợt sentence has no period phrase: no period.",
]

if __name__ == "__main__":
    write(2, TEXT, NOTES, FIGS, published="2024-03-12", location="Con Cuông")
