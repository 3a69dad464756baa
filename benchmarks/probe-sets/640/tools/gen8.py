from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ TAM KỲ
Tin tức > Văn hóa - Xã hội
Ngày cập nhật 27/12/2023

Tam Kỳ: Mít tinh hưởng ứng Ngày Dân số Việt Nam 26/12

Sáng 26/12, UBND thành phố Tam Kỳ tổ chức mít tinh hưởng ứng Ngày Dân số Việt Nam với chủ đề "Chăm sóc người cao tuổi - Tương lai của chúng ta". Khoảng 500 đại biểu, hội viên các đoàn thể đã tham dự.

Theo báo cáo, đến cuối tháng 11/2023, dân số thành phố là 124.376 người với 34.815 hộ. Trong 11 tháng năm 2023 có 1.532 trẻ sinh ra, trong đó 139 trẻ là con thứ 3 trở lên, chiếm 9,07%, tăng 0,6% so với cùng kỳ. Tỷ số giới tính khi sinh ở mức 110,8 bé trai/100 bé gái. Tỷ suất sinh thô là 12,3‰.

Số người mới áp dụng biện pháp tránh thai hiện đại là 3.486/3.400 người, vượt chỉ tiêu được giao. Toàn thành phố có 16.940 người cao tuổi, chiếm 13,6% dân số; 100% người cao tuổi được lập hồ sơ theo dõi sức khỏe ban đầu. Tỷ lệ nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn đạt 92,5%.

Dịp này, Ban Chỉ đạo công tác dân số thành phố trao 50 suất quà, mỗi suất trị giá 500.000 đồng cho người cao tuổi có hoàn cảnh khó khăn tại 13 xã, phường.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND thành phố đề nghị các ngành, địa phương tiếp tục duy trì mức sinh thay thế. Năm 2024, Tam Kỳ phấn đấu giảm tỷ lệ sinh con thứ 3 trở lên khoảng 0,3%/năm, nâng tỷ lệ sàng lọc sơ sinh lên trên 90%.

Trung tâm Văn hóa - Thông tin thành phố Tam Kỳ, số 70 Hùng Vương, phường An Mỹ.
"""

AS = P("đến cuối tháng 11/2023", None, "2023-11-30")
M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Khoảng 500 đại biểu", "500", 500, "count", "đại biểu", "đại biểu, hội viên các đoàn thể tham dự mít tinh", approx="about"),
    F("là 124.376 người", "124.376", 124376, "count", "người", "dân số thành phố", AS),
    F("với 34.815 hộ", "34.815", 34815, "count", "hộ", "số hộ của thành phố", AS),
    F("có 1.532 trẻ", "1.532", 1532, "count", "trẻ", "trẻ sinh ra", M11),
    F("trong đó 139 trẻ", "139", 139, "count", "trẻ", "trẻ là con thứ 3 trở lên", M11, total=1532, percent=9.07,
      change=CH("increase", 0.6, "%", "cùng kỳ")),
    F("mức 110,8 bé trai", "110,8", 110.8, "measure", "bé trai/100 bé gái", "Tỷ số giới tính khi sinh", I(M11)),
    F("là 12,3‰", "12,3", 12.3, "measure", "‰", "Tỷ suất sinh thô", I(M11)),
    F("là 3.486/3.400 người", "3.486", 3486, "count", "người", "Số người mới áp dụng biện pháp tránh thai hiện đại", I(M11),
      target=T(3400, "người", True)),
    F("có 16.940 người", "16.940", 16940, "count", "người cao tuổi", "người cao tuổi", I(M11), percent=13.6),
    F("; 100% người", "100", 100, "percent", "%", "người cao tuổi được lập hồ sơ theo dõi sức khỏe ban đầu", I(M11)),
    F("đạt 92,5%", "92,5", 92.5, "percent", "%", "Tỷ lệ nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn", I(M11)),
    F("trao 50 suất", "50", 50, "count", "suất quà", "suất quà trao cho người cao tuổi có hoàn cảnh khó khăn"),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "trị giá mỗi suất quà"),
    F("tại 13 xã, phường", "13", 13, "count", "xã, phường", "xã, phường có người cao tuổi nhận quà"),
    F("khoảng 0,3%/năm", "0,3", 0.3, "percent", "%", "giảm tỷ lệ sinh con thứ 3 trở lên mỗi năm", Y24, approx="about",
      status="target"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ sàng lọc sơ sinh", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Tam Kỳ (Quảng Nam): mít tinh Ngày Dân số Việt Nam 26/12; dân số, trẻ sinh ra 11 tháng 2023, SRB, KHHGĐ, người cao tuổi.",
    "\"Ngày cập nhật 27/12/2023\" is the dateline. Not figures: \"Ngày Dân số Việt Nam 26/12\", \"Sáng 26/12\", \"số 70 Hùng Vương\", \"con thứ 3\".",
    "\"3.486/3.400 người, vượt chỉ tiêu được giao\": the second number is the plan (target 3400, met), not a total.",
    "\"12,3‰\" (crude birth rate, per mille) is a measure with unit \"‰\" (not a percent). \"chiếm 13,6% dân số\" is the percent of 16.940 (no total: no part-of cue).",
    "Rate of decline \"khoảng 0,3%/năm\" is the target claim (a percent figure, no change). \"đến cuối tháng 11/2023\" is as-of (end 2023-11-30).",
]

if __name__ == "__main__":
    emit("p640-8", TEXT, COMMENTS, FIGS, published="2023-12-27", location="Tam Kỳ")
