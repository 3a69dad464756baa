"""p506-4: Bộ Công Thương site — national IIP May and 5 months 2024, products, provinces, workers."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động ngành Công Thương
06/06/2024 09:42

Sản xuất công nghiệp 5 tháng đầu năm 2024 tiếp đà phục hồi

Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 5/2024 ước tăng 4,7% so với tháng trước và tăng 8,9% so với cùng kỳ năm trước. Tính chung 5 tháng đầu năm 2024, IIP ước tăng 6,8% so với cùng kỳ năm trước (cùng kỳ năm 2023 giảm 2,1%), trong đó ngành chế biến, chế tạo tăng 7,3%; ngành sản xuất và phân phối điện tăng 12,8%; ngành khai khoáng giảm 3,1%.

Một số sản phẩm công nghiệp chủ lực 5 tháng tăng cao so với cùng kỳ: thép cán ước đạt 4,1 triệu tấn, tăng 19,6%; điện sản xuất đạt 121,3 tỷ kWh, tăng 12,1%; xi măng đạt 24,8 triệu tấn, tăng 2,4%. Ngược lại, sản lượng ô tô ước chỉ đạt 176,5 nghìn chiếc, giảm 10,3%.

So với cùng kỳ năm trước, chỉ số IIP 5 tháng tăng ở 58 địa phương và giảm ở 5 địa phương trên cả nước. Một số địa phương có IIP tăng cao: Bắc Giang (33,2%), Phú Thọ (21,5%), Thanh Hóa (19,8%), Hà Tĩnh (18,6%).

Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 1/5/2024 tăng 3,2% so với cùng thời điểm năm trước; trong đó khu vực doanh nghiệp FDI tăng 4,1%.

Tại Hội nghị ngày 5/6, Bộ trưởng Nguyễn Hồng Diên đề nghị các đơn vị triển khai quyết liệt Nghị quyết 01/NQ-CP và Chỉ thị số 05/CT-BCT, phấn đấu tốc độ tăng IIP cả năm 2024 đạt khoảng 8%.

Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. ĐT: 024.2220.2222
Lượt truy cập: 12.845.903
"""

M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
F5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
F5b = P("5 tháng", "2024-01-01", "2024-05-31")
C23 = P("cùng kỳ năm 2023", "2023-01-01", "2023-05-31")
AT = P("tại thời điểm 1/5/2024", None, "2024-05-01")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ước tăng 4,7%", "4,7", 4.7, "percent", "%", "chỉ số sản xuất toàn ngành công nghiệp (IIP) so với tháng trước", M5,
      status="estimate"),
    F("tăng 8,9%", "8,9", 8.9, "percent", "%", "chỉ số sản xuất toàn ngành công nghiệp (IIP) so với cùng kỳ năm trước", M5,
      status="estimate"),
    F("ước tăng 6,8%", "6,8", 6.8, "percent", "%", "IIP", F5, status="estimate"),
    F("giảm 2,1%", "2,1", 2.1, "percent", "%", "IIP cùng kỳ năm 2023 giảm", C23),
    F("chế tạo tăng 7,3%", "7,3", 7.3, "percent", "%", "IIP ngành chế biến, chế tạo", F5, status="estimate"),
    F("điện tăng 12,8%", "12,8", 12.8, "percent", "%", "IIP ngành sản xuất và phân phối điện", F5, status="estimate"),
    F("khoáng giảm 3,1%", "3,1", 3.1, "percent", "%", "IIP ngành khai khoáng giảm", F5, status="estimate"),
    F("đạt 4,1 triệu tấn", "4,1", 4.1e6, "measure", "tấn", "thép cán", F5b, change=CH("increase", 19.6), status="estimate"),
    F("đạt 121,3 tỷ kWh", "121,3", 121.3e9, "measure", "kWh", "điện sản xuất", F5b, change=CH("increase", 12.1),
      status="estimate"),
    F("đạt 24,8 triệu tấn", "24,8", 24.8e6, "measure", "tấn", "xi măng", F5b, change=CH("increase", 2.4),
      status="estimate"),
    F("đạt 176,5 nghìn chiếc", "176,5", 176500, "count", "chiếc", "sản lượng ô tô", INH(F5b), change=CH("decrease", 10.3),
      status="estimate"),
    F("tăng ở 58 địa phương", "58", 58, "count", "địa phương", "địa phương có chỉ số IIP tăng", F5b),
    F("giảm ở 5 địa phương", "5", 5, "count", "địa phương", "địa phương có chỉ số IIP giảm", F5b),
    F("Bắc Giang (33,2%)", "33,2", 33.2, "percent", "%", "IIP", INH(F5b), location="Bắc Giang"),
    F("Phú Thọ (21,5%)", "21,5", 21.5, "percent", "%", "IIP", INH(F5b), location="Phú Thọ"),
    F("Thanh Hóa (19,8%)", "19,8", 19.8, "percent", "%", "IIP", INH(F5b), location="Thanh Hóa"),
    F("Hà Tĩnh (18,6%)", "18,6", 18.6, "percent", "%", "IIP", INH(F5b), location="Hà Tĩnh"),
    F("tăng 3,2%", "3,2", 3.2, "percent", "%", "số lao động đang làm việc trong các doanh nghiệp công nghiệp", AT),
    F("FDI tăng 4,1%", "4,1", 4.1, "percent", "%", "số lao động đang làm việc khu vực doanh nghiệp FDI", AT),
    F("đạt khoảng 8%", "8", 8, "percent", "%", "tốc độ tăng IIP", Y24, approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Công Thương: IIP tháng 5 và 5 tháng 2024, sản phẩm chủ lực, IIP theo địa phương, lao động. National → Việt Nam.",
    "Two rates with no base ('tăng 4,7% so với tháng trước và tăng 8,9% so với cùng kỳ') are two percent figures (spec).",
    "'(cùng kỳ năm 2023 giảm 2,1%)': bracket with its own verb → actual; its period is Jan-May 2023. Sign is in the subject, value positive.",
    "Product list after 'thép cán ước đạt' → estimate through the list; 'Ngược lại, … ô tô ước chỉ đạt' → estimate.",
    "Province growth list: location = province, subject = the indicator (IIP). 'ngày 5/6', Nghị quyết 01/NQ-CP, Chỉ thị số 05/CT-BCT,",
    "address 54 Hai Bà Trưng, phone, Lượt truy cập are distractors.",
]

if __name__ == "__main__":
    emit("p506-4", TEXT, COMMENTS, FIGS, published="2024-06-06", location="Việt Nam")
