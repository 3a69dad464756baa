"""p609-1: Thái Nguyên province portal — IIP 5 tháng 2024, sectors, production value, main products, inventory and labour indices."""
from lib import F, P, CH, emit, inh

TEXT = """Cổng thông tin điện tử tỉnh Thái Nguyên
Trang chủ » Tin tức - Sự kiện » Kinh tế
Chỉ số sản xuất công nghiệp 5 tháng năm 2024 tăng 6,8%
Cập nhật: 04/06/2024 10:25 | Lượt xem: 1.874

Theo Cục Thống kê tỉnh Thái Nguyên, chỉ số sản xuất công nghiệp (IIP) tháng 5/2024 ước tính tăng 3,2% so với tháng trước và tăng 9,1% so với cùng kỳ năm 2023. Tính chung 5 tháng đầu năm, IIP toàn tỉnh ước tăng 6,8% so với cùng kỳ, trong đó ngành khai khoáng tăng 4,5%; công nghiệp chế biến, chế tạo tăng 7,1%; sản xuất và phân phối điện tăng 12,3%; riêng ngành cung cấp nước, quản lý và xử lý rác thải giảm 1,4%.

Giá trị sản xuất công nghiệp (giá so sánh 2010) 5 tháng ước đạt 356.420,5 tỷ đồng, bằng 38,6% kế hoạch năm, tăng 6,5% so với cùng kỳ. Trong đó, khu vực có vốn đầu tư nước ngoài đạt 335.870 tỷ đồng, chiếm 94,2%.

Một số sản phẩm chủ yếu 5 tháng ước tính tăng khá so với cùng kỳ: thép cán đạt 612,5 nghìn tấn, tăng 11,4%; xi măng đạt 1,26 triệu tấn, tăng 3,8%; điện sản xuất đạt 1.845 triệu kWh, tăng 14,2%; quần áo may sẵn đạt 21,7 triệu cái, tăng 5,6%. Ngược lại, điện thoại thông minh ước đạt 39,4 triệu chiếc, giảm 2,1%.

Chỉ số tiêu thụ ngành chế biến, chế tạo 5 tháng tăng 5,9% so với cùng kỳ. Chỉ số tồn kho tại thời điểm 31/5/2024 tăng 8,7% so với cùng thời điểm năm trước. Chỉ số sử dụng lao động của các doanh nghiệp công nghiệp tại thời điểm 01/5/2024 tăng 1,9% so với cùng thời điểm năm 2023, trong đó lao động khu vực có vốn đầu tư nước ngoài tăng 2,4%.

Cục Thống kê tỉnh Thái Nguyên - Số 18 đường Nha Trang, TP Thái Nguyên. Điện thoại: 0208.3855.693.
"""

M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
Y5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
F5 = P("5 tháng", "2024-01-01", "2024-05-31")
E = "estimate"

FIGS = [
    F("5 tháng năm 2024 tăng 6,8%", "6,8", 6.8, "percent", "%", "chỉ số sản xuất công nghiệp",
      P("5 tháng năm 2024", "2024-01-01", "2024-05-31")),
    F("ước tính tăng 3,2%", "3,2", 3.2, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 5/2024 so với tháng trước", M5, status=E),
    F("tăng 9,1% so với", "9,1", 9.1, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 5/2024 so với cùng kỳ", M5, status=E),
    F("ước tăng 6,8%", "6,8", 6.8, "percent", "%", "IIP toàn tỉnh", Y5, status=E),
    F("khai khoáng tăng 4,5%", "4,5", 4.5, "percent", "%", "ngành khai khoáng", Y5, status=E),
    F("chế tạo tăng 7,1%", "7,1", 7.1, "percent", "%", "công nghiệp chế biến, chế tạo", Y5, status=E),
    F("điện tăng 12,3%", "12,3", 12.3, "percent", "%", "sản xuất và phân phối điện", Y5, status=E),
    F("giảm 1,4%", "1,4", 1.4, "percent", "%", "ngành cung cấp nước, quản lý và xử lý rác thải", Y5, status=E),
    F("ước đạt 356.420,5 tỷ đồng", "356.420,5", 356420500000000, "money", "đồng",
      "giá trị sản xuất công nghiệp (giá so sánh 2010)", F5, percent=38.6,
      change=CH("increase", 6.5, baseline="cùng kỳ"), status=E),
    F("đạt 335.870 tỷ đồng", "335.870", 335870000000000, "money", "đồng",
      "giá trị sản xuất công nghiệp khu vực có vốn đầu tư nước ngoài", inh(F5),
      total=356420500000000, percent=94.2, status=E),
    F("đạt 612,5 nghìn tấn", "612,5", 612500, "measure", "tấn", "thép cán", F5,
      change=CH("increase", 11.4, baseline="cùng kỳ"), status=E),
    F("đạt 1,26 triệu tấn", "1,26", 1260000, "measure", "tấn", "xi măng", F5,
      change=CH("increase", 3.8, baseline="cùng kỳ"), status=E),
    F("đạt 1.845 triệu kWh", "1.845", 1845000000, "measure", "kWh", "điện sản xuất", F5,
      change=CH("increase", 14.2, baseline="cùng kỳ"), status=E),
    F("đạt 21,7 triệu cái", "21,7", 21700000, "count", "cái", "quần áo may sẵn", F5,
      change=CH("increase", 5.6, baseline="cùng kỳ"), status=E),
    F("đạt 39,4 triệu chiếc", "39,4", 39400000, "count", "chiếc", "điện thoại thông minh", inh(F5),
      change=CH("decrease", 2.1), status=E),
    F("5 tháng tăng 5,9%", "5,9", 5.9, "percent", "%", "chỉ số tiêu thụ ngành chế biến, chế tạo", F5),
    F("tăng 8,7%", "8,7", 8.7, "percent", "%", "chỉ số tồn kho",
      P("tại thời điểm 31/5/2024", None, "2024-05-31")),
    F("tăng 1,9%", "1,9", 1.9, "percent", "%", "chỉ số sử dụng lao động của các doanh nghiệp công nghiệp",
      P("tại thời điểm 01/5/2024", None, "2024-05-01")),
    F("tăng 2,4%", "2,4", 2.4, "percent", "%", "lao động khu vực có vốn đầu tư nước ngoài",
      P("tại thời điểm 01/5/2024", None, "2024-05-01")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Nguyên: IIP tháng 5 và 5 tháng năm 2024 (Cục Thống kê), ngành, giá trị sản xuất, sản phẩm chủ yếu,",
    "chỉ số tiêu thụ, tồn kho, sử dụng lao động. Dateline 'Cập nhật: 04/06/2024 10:25'; 'Lượt xem: 1.874', 'giá so sánh 2010',",
    "address 'Số 18 đường Nha Trang' and phone are not figures.",
    "IIP growth rates are percent figures without change; two rates on one indicator give two figures (3,2 / 9,1).",
    "'ước tính' in the lead of the product list governs every item after ':' (one sentence); 'Ngược lại, … ước đạt' has its own cue.",
    "'Trong đó, khu vực có vốn đầu tư nước ngoài đạt … chiếm 94,2%' is part of the 5-month value (total, percent; estimate continues).",
    "'tại thời điểm 31/5/2024' is an as-of date (start null).",
]

if __name__ == "__main__":
    emit("p609-1", TEXT, COMMENTS, FIGS, published="2024-06-04", location="Thái Nguyên")
