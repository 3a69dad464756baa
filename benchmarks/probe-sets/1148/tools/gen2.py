"""p1148-2: district portal (thị xã Phú Mỹ, Bà Rịa - Vũng Tàu): inspections, illegal dumping case, 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ PHÚ MỸ
Trang chủ | Tin tức | Kinh tế | Tài nguyên - Môi trường

Phú Mỹ: Xử phạt 3 doanh nghiệp đổ thải trái phép chất thải nguy hại

12/03/2024 | 15:40 | Phòng Tài nguyên và Môi trường

Năm 2023, Phòng Tài nguyên và Môi trường thị xã phối hợp Công an thị xã kiểm tra 54 lượt cơ sở sản xuất trong các khu công nghiệp Phú Mỹ I, Phú Mỹ II và Cái Mép, phát hiện 11 trường hợp vi phạm về quản lý chất thải nguy hại, giảm 4 trường hợp so với năm 2022. Tổng số tiền xử phạt là 1,85 tỷ đồng; trong đó ba doanh nghiệp bị phạt vì đổ thải trái phép với số tiền 1,12 tỷ đồng.

Đáng chú ý, tháng 9/2023, Công ty TNHH Thép Sao Phương Nam (phường Phước Hòa) thuê đơn vị không có chức năng vận chuyển 28 tấn bụi lò điện hồ quang rồi chôn lấp tại khu đất trống ở xã Tóc Tiên. Doanh nghiệp bị phạt 680 triệu đồng, bị đình chỉ hoạt động lò luyện 4 tháng và phải thuê đơn vị có giấy phép đào lên, xử lý toàn bộ khoảng 35 m3 đất bị nhiễm.

Hiện trên địa bàn thị xã có 312 cơ sở đăng ký chủ nguồn thải chất thải nguy hại, phát sinh bình quân khoảng 1.450 tấn/tháng; 2 doanh nghiệp được cấp phép xử lý là Công ty CP Môi trường Tóc Tiên và Công ty TNHH Xử lý chất thải Hắc Dịch với tổng công suất 150 tấn/ngày.

Năm 2024, thị xã dự kiến kiểm tra khoảng 60 cơ sở, tập trung vào các ngành luyện thép, hóa chất, sản xuất phân bón; phấn đấu 100% chủ nguồn thải thực hiện báo cáo công tác quản lý chất thải nguy hại định kỳ qua hệ thống trực tuyến.

UBND THỊ XÃ PHÚ MỸ
Địa chỉ: Số 1 đường Độc Lập, phường Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu
Điện thoại: 0254.3876.215
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("tháng 9/2023", "2023-09-01", "2023-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Xử phạt 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
      subject="doanh nghiệp bị xử phạt vì đổ thải trái phép chất thải nguy hại"),
    F("kiểm tra 54 lượt", "54", 54, "count", "lượt cơ sở",
      subject="lượt cơ sở sản xuất trong các khu công nghiệp được kiểm tra", period=Y23),
    F("phát hiện 11 trường hợp", "11", 11, "count", "trường hợp",
      change=C("decrease", 4, "trường hợp", "năm 2022"),
      subject="trường hợp vi phạm về quản lý chất thải nguy hại", period=Y23),
    F("là 1,85 tỷ", "1,85", 1850000000, "money", "đồng", subject="tổng số tiền xử phạt", period=I(Y23)),
    F("trong đó ba doanh nghiệp", "ba", 3, "count", "doanh nghiệp",
      subject="doanh nghiệp bị phạt vì đổ thải trái phép", period=I(Y23)),
    F("tiền 1,12 tỷ", "1,12", 1120000000, "money", "đồng", total=1850000000,
      subject="số tiền phạt doanh nghiệp đổ thải trái phép", period=I(Y23)),
    F("chuyển 28 tấn", "28", 28, "measure", "tấn",
      subject="bụi lò điện hồ quang chôn lấp trái phép", period=M9),
    F("phạt 680 triệu", "680", 680000000, "money", "đồng",
      subject="tiền phạt doanh nghiệp", period=I(M9)),
    F("lò luyện 4 tháng", "4", 4, "measure", "tháng", optional=True,
      subject="thời gian đình chỉ hoạt động lò luyện"),
    F("khoảng 35 m3", "35", 35, "measure", "m3", approx="about",
      subject="đất bị nhiễm phải đào lên, xử lý", period=I(M9)),
    F("có 312 cơ sở", "312", 312, "count", "cơ sở",
      subject="cơ sở đăng ký chủ nguồn thải chất thải nguy hại"),
    F("khoảng 1.450 tấn/tháng", "1.450", 1450, "measure", "tấn/tháng", approx="about",
      subject="chất thải nguy hại phát sinh bình quân"),
    F("; 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
      subject="doanh nghiệp được cấp phép xử lý chất thải nguy hại"),
    F("150 tấn/ngày", "150", 150, "measure", "tấn/ngày", subject="tổng công suất xử lý"),
    F("khoảng 60 cơ sở", "60", 60, "count", "cơ sở", approx="about", status="forecast",
      subject="cơ sở được kiểm tra", period=Y24),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="chủ nguồn thải thực hiện báo cáo công tác quản lý chất thải nguy hại định kỳ qua hệ thống trực tuyến",
      period=Y24),
]

NOTES = [
    "District portal (thị xã Phú Mỹ, Bà Rịa - Vũng Tàu): dateline '12/03/2024 | 15:40 | Phòng Tài nguyên và Môi trường', footer address, phone.",
    "Distractors: 'Phú Mỹ I, Phú Mỹ II' (KCN names), 'Số 1 đường Độc Lập', phone 0254.3876.215, time 15:40.",
    "All figures in the district: location Phú Mỹ (ward Phước Hòa, xã Tóc Tiên lie inside it). 'giảm 4 trường hợp so với năm 2022' is the change of 11.",
    "'trong đó ba doanh nghiệp ... với số tiền 1,12 tỷ đồng': the money part takes the whole 1,85 tỷ; the firm count has no whole of its own kind.",
    "'đình chỉ hoạt động lò luyện 4 tháng' is a penalty's length (optional). 'dự kiến' → forecast; 'phấn đấu' → target (after ';').",
    "revised after the first run: subject of 680 triệu was the company name from the previous sentence; the sentence names the payer 'Doanh nghiệp' → 'tiền phạt doanh nghiệp'.",
]

if __name__ == "__main__":
    write("p1148-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Phú Mỹ")
