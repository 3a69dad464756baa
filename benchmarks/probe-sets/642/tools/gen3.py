from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH THÁI BÌNH
Số: 176/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 05 tháng 7 năm 2024

BÁO CÁO
Tình hình sinh vật gây hại cây trồng 6 tháng đầu năm 2024, dự báo và kế hoạch phòng trừ vụ Mùa năm 2024

I. TÌNH HÌNH SINH VẬT GÂY HẠI 6 THÁNG ĐẦU NĂM
Vụ Xuân 2024, toàn tỉnh gieo cấy 76.420 ha lúa. Tổng diện tích cây trồng nhiễm sinh vật gây hại 6 tháng đầu năm 2024 là 41.860 ha, giảm 8,6% so với cùng kỳ năm 2023; diện tích đã phòng trừ 39.720 ha, đạt 94,9% diện tích nhiễm.

Bảng 1. Diện tích nhiễm một số đối tượng chính trên lúa
Đối tượng | Diện tích nhiễm (ha) | Nhiễm nặng (ha) | Đã phòng trừ (ha)
Bệnh đạo ôn lá | 2.846 | 312 | 2.790
Bệnh đạo ôn cổ bông | 1.125 | 86 | 4.980
Rầy nâu, rầy lưng trắng | 3.410 | 245 | 3.350
Sâu cuốn lá nhỏ | 12.630 | 0 | 11.870
Chuột | 2.915 | 158 | 2.915

II. DỰ BÁO VỤ MÙA NĂM 2024
Dự báo rầy nâu, rầy lưng trắng gây hại trên diện rộng, diện tích nhiễm khoảng 16.000 ha, trong đó nhiễm nặng từ 2.000 đến 2.500 ha; bệnh bạc lá, đốm sọc vi khuẩn nhiễm khoảng 8.000 ha.

III. KẾT QUẢ VÀ KẾ HOẠCH
Toàn tỉnh duy trì 58 bẫy đèn; 6 tháng đầu năm, Chi cục Trồng trọt và BVTV đã ban hành 24 thông báo tình hình sinh vật hại. Kinh phí hỗ trợ mua thuốc đạt 3,2 tỷ đồng, bằng 80% kế hoạch năm. Phấn đấu vụ Mùa năm 2024 giữ diện tích nhiễm nặng dưới 1.500 ha, 100% diện tích nhiễm được phòng trừ kịp thời.

Nơi nhận:
- Bộ NN&PTNT (để b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", start="2024-01-01", end="2024-06-30")
IH = I(H1)

def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "measure", "ha", subject=f"{row} {col}", period=IH)

DN, NN, PT = "diện tích nhiễm", "diện tích nhiễm nặng", "diện tích đã phòng trừ"

FIGS = [
    F("76.420 ha", "76.420", 76420, "measure", "ha", subject="diện tích lúa vụ Xuân gieo cấy"),
    F("là 41.860 ha", "41.860", 41860, "measure", "ha", change=CH("decrease", 8.6, "%", baseline="cùng kỳ năm 2023"),
      subject="tổng diện tích cây trồng nhiễm sinh vật gây hại", period=H1),
    F("phòng trừ 39.720 ha", "39.720", 39720, "measure", "ha", percent=94.9,
      subject="diện tích cây trồng nhiễm sinh vật gây hại đã phòng trừ", period=H1),
    cell("lá | 2.846", "2.846", 2846, "Bệnh đạo ôn lá", DN),
    cell("| 312 |", "312", 312, "Bệnh đạo ôn lá", NN),
    cell("| 2.790", "2.790", 2790, "Bệnh đạo ôn lá", PT),
    cell("| 1.125 |", "1.125", 1125, "Bệnh đạo ôn cổ bông", DN),
    cell("| 86 |", "86", 86, "Bệnh đạo ôn cổ bông", NN),
    cell("| 4.980", "4.980", 4980, "Bệnh đạo ôn cổ bông", PT),
    cell("| 3.410 |", "3.410", 3410, "Rầy nâu, rầy lưng trắng", DN),
    cell("| 245 |", "245", 245, "Rầy nâu, rầy lưng trắng", NN),
    cell("| 3.350", "3.350", 3350, "Rầy nâu, rầy lưng trắng", PT),
    cell("| 12.630 |", "12.630", 12630, "Sâu cuốn lá nhỏ", DN),
    cell("| 0 |", "0", 0, "Sâu cuốn lá nhỏ", NN),
    cell("| 11.870", "11.870", 11870, "Sâu cuốn lá nhỏ", PT),
    cell("Chuột | 2.915", "2.915", 2915, "Chuột", DN),
    cell("| 158 |", "158", 158, "Chuột", NN),
    cell("158 | 2.915", "2.915", 2915, "Chuột", PT),
    F("khoảng 16.000 ha", "16.000", 16000, "measure", "ha", approx="about", status="forecast",
      subject="diện tích nhiễm rầy nâu, rầy lưng trắng vụ Mùa"),
    F("từ 2.000 đến 2.500 ha", "2.000", 2000, "measure", "ha", value_max=2500, total=16000, status="forecast",
      subject="diện tích nhiễm nặng rầy nâu, rầy lưng trắng vụ Mùa"),
    F("khoảng 8.000 ha", "8.000", 8000, "measure", "ha", approx="about", status="forecast",
      subject="diện tích nhiễm bệnh bạc lá, đốm sọc vi khuẩn vụ Mùa"),
    F("58 bẫy đèn", "58", 58, "count", "bẫy đèn", subject="bẫy đèn duy trì"),
    F("24 thông báo", "24", 24, "count", "thông báo", subject="thông báo tình hình sinh vật hại ban hành",
      period=P("6 tháng đầu năm", start="2024-01-01", end="2024-06-30")),
    F("đạt 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", percent=80, subject="kinh phí hỗ trợ mua thuốc",
      period=IH),
    F("dưới 1.500 ha", "1.500", 1500, "measure", "ha", approx="under", status="target",
      subject="diện tích nhiễm nặng vụ Mùa"),
    F("100% diện tích", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ diện tích nhiễm được phòng trừ kịp thời"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Thái Bình số 176/BC-UBND (05/7/2024): sinh vật gây hại 6 tháng đầu năm 2024, flattened '|' table of five pests x",
    "(Diện tích nhiễm | Nhiễm nặng | Đã phòng trừ) in ha, forecast and plan for vụ Mùa 2024.",
    "Place-and-date line gives published. 'Số: 176/BC-UBND', section numbers 'I.', 'II.', 'III.', 'Bảng 1' are not figures.",
    "Table: every numeric cell, the zero included, is a figure; subject = row + column; period inherited from the section heading",
    "'6 THÁNG ĐẦU NĂM' / the title (no period in the table title itself). The 'Nhiễm nặng' column has no part-of cue: no total.",
    "Forecast section: 'Dự báo' governs the whole sentence (both clauses); 'trong đó nhiễm nặng' takes the 16.000 ha whole.",
    "'Phấn đấu vụ Mùa …' targets; seasons give no period. '58 bẫy đèn' stands before the '6 tháng đầu năm' clause: no period given (unscored).",
]

if __name__ == "__main__":
    emit("p642-3", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Thái Bình")
