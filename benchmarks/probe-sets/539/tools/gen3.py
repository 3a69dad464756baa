"""p539-3: formal report (UBND tỉnh An Giang), pests on Hè Thu 2024 rice, flattened '|' table with unit line."""
from lib import F, P, Y, I, CH, emit

TEXT = """UBND TỈNH AN GIANG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình sinh vật gây hại trên lúa vụ Hè Thu 2024 và giải pháp phòng chống

Thực hiện Công văn số 745/BVTV-TV của Cục Bảo vệ thực vật, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ XUỐNG GIỐNG
Tính đến ngày 10/7/2024, toàn tỉnh đã xuống giống 218.640 ha lúa Hè Thu, đạt 99,2% kế hoạch, giảm 1.520 ha so với cùng kỳ. Cơ cấu giống chủ yếu là OM 18, Đài thơm 8 và OM 5451, trong đó nhóm giống thơm, chất lượng cao chiếm 78,6%. Lượng lúa giống cấp xác nhận được sử dụng ước đạt 27.300 tấn, đáp ứng khoảng 85% nhu cầu.

II. TÌNH HÌNH SINH VẬT GÂY HẠI
Bảng 1. Diện tích nhiễm và phòng trừ một số đối tượng chính
Đơn vị tính: ha
Đối tượng | Diện tích nhiễm | Nhiễm nặng | Diện tích phòng trừ
Rầy nâu | 4.215 | 312 | 4.150
Sâu cuốn lá nhỏ | 6.830 | 0 | 6.540
Bệnh đạo ôn lá | 2.476,5 | 95 | 2.476,5
Bệnh cháy bìa lá | 1.108 | 26 | 980

Mật độ rầy nâu phổ biến 1.500-3.000 con/m², nơi cao trên 5.000 con/m² (cục bộ tại huyện Tri Tôn và Thoại Sơn). Sâu cuốn lá nhỏ lứa 4 đang ở tuổi 1-2, cần theo dõi chặt chẽ. Toàn tỉnh đã duy trì 126 bẫy đèn để dự tính, dự báo rầy di trú.

III. GIẢI PHÁP
Chỉ đạo xuống giống tập trung, né rầy theo lịch thời vụ; dự kiến kinh phí phòng chống dịch hại trong vụ là 2,8 tỷ đồng, trong đó ngân sách tỉnh 1,9 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT (để b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

AS_OF = P("Tính đến ngày 10/7/2024", None, "2024-07-10")
HT = I(Y("vụ Hè Thu 2024", 2024))

def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "measure", "ha", f"{col} {row}", HT)

FIGS = [
    F("giống 218.640 ha", "218.640", 218640, "measure", "ha", "diện tích lúa Hè Thu xuống giống", AS_OF,
      percent=99.2, change=CH("decrease", 1520, "ha", "cùng kỳ")),
    F("chiếm 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ nhóm giống thơm, chất lượng cao trong cơ cấu giống", I(AS_OF)),
    F("ước đạt 27.300 tấn", "27.300", 27300, "measure", "tấn", "lượng lúa giống cấp xác nhận được sử dụng", I(AS_OF),
      percent=85, status="estimate"),
    cell("nâu | 4.215", "4.215", 4215, "rầy nâu", "diện tích nhiễm"),
    cell("4.215 | 312", "312", 312, "rầy nâu", "diện tích nhiễm nặng"),
    cell("312 | 4.150", "4.150", 4150, "rầy nâu", "diện tích phòng trừ"),
    cell("nhỏ | 6.830", "6.830", 6830, "sâu cuốn lá nhỏ", "diện tích nhiễm"),
    cell("6.830 | 0", "0", 0, "sâu cuốn lá nhỏ", "diện tích nhiễm nặng"),
    cell("0 | 6.540", "6.540", 6540, "sâu cuốn lá nhỏ", "diện tích phòng trừ"),
    cell("lá | 2.476,5", "2.476,5", 2476.5, "bệnh đạo ôn lá", "diện tích nhiễm"),
    cell("| 95 |", "95", 95, "bệnh đạo ôn lá", "diện tích nhiễm nặng"),
    cell("95 | 2.476,5", "2.476,5", 2476.5, "bệnh đạo ôn lá", "diện tích phòng trừ"),
    cell("lá | 1.108", "1.108", 1108, "bệnh cháy bìa lá", "diện tích nhiễm"),
    cell("| 26 |", "26", 26, "bệnh cháy bìa lá", "diện tích nhiễm nặng"),
    cell("26 | 980", "980", 980, "bệnh cháy bìa lá", "diện tích phòng trừ"),
    F("1.500-3.000 con/m²", "1.500", 1500, "measure", "con/m²", "mật độ rầy nâu phổ biến", HT, value_max=3000),
    F("trên 5.000 con/m²", "5.000", 5000, "measure", "con/m²", "mật độ rầy nâu nơi cao", HT, approx="over"),
    F("tuổi 1-2", "1", 1, "measure", "tuổi", value_max=2, optional=True),
    F("duy trì 126 bẫy đèn", "126", 126, "count", "bẫy đèn", "bẫy đèn dự tính, dự báo rầy di trú", HT),
    F("là 2,8 tỷ đồng", "2,8", 2800000000, "money", "đồng", "kinh phí phòng chống dịch hại trong vụ", HT,
      status="forecast"),
    F("tỉnh 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", "kinh phí phòng chống dịch hại từ ngân sách tỉnh", HT,
      total=2800000000, status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh An Giang, Số: 318/BC-UBND, place-and-date line = published): pests on Hè Thu 2024 rice.",
    "Table flattened with '|', unit from the 'Đơn vị tính: ha' line; every numeric cell (the 0 included) is a figure, subject = column + row.",
    "Table and later paragraphs have no period of their own: the title's 'vụ Hè Thu 2024' (year bounds) is inherited, not scored.",
    "'đáp ứng khoảng 85% nhu cầu' is the share (percent) of the 27.300 tấn. '1.500-3.000 con/m²' is a range with the rate in the unit.",
    "'tuổi 1-2' (larval instar) is optional like 'dưới 1 tuổi' in h24; 'lứa 4' is an ordinal. 'trong đó ngân sách tỉnh' continues 'dự kiến'.",
    "Distractors: 'Số: 318/BC-UBND', 'Công văn số 745/BVTV-TV', 'OM 18', 'Đài thơm 8', 'OM 5451', 'Bảng 1', section numbers I-III.",
]

emit("p539-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="An Giang")
