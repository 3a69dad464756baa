"""p609-4: Bộ Công Thương site — national IIP 6 tháng 2024, contributions, provinces, products, consumption, inventory, labour."""
from lib import F, P, CH, emit, inh

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ / Tin tức / Hoạt động sản xuất công nghiệp
Sản xuất công nghiệp 6 tháng đầu năm 2024 tăng 7,7%
08/07/2024 14:30

Theo số liệu của Tổng cục Thống kê, chỉ số sản xuất toàn ngành công nghiệp (IIP) 6 tháng đầu năm 2024 ước tính tăng 7,7% so với cùng kỳ năm trước. Trong đó, ngành chế biến, chế tạo tăng 9,5%, đóng góp 7,8 điểm phần trăm vào mức tăng chung; ngành sản xuất và phân phối điện tăng 11,1%; ngành khai khoáng giảm 6,3% do sản lượng than, dầu thô giảm.

Chỉ số IIP 6 tháng tăng ở 58/63 địa phương. Một số địa phương có chỉ số IIP tăng cao: Bắc Giang (28,1%), Phú Thọ (24,3%), Thanh Hóa (20,5%), Hà Nam (17,9%). Ngược lại, có 5 địa phương giảm, trong đó Quảng Nam giảm 12,6%, Cà Mau giảm 8,4%.

Một số sản phẩm công nghiệp chủ lực 6 tháng tăng so với cùng kỳ: điện sản xuất ước đạt 148,6 tỷ kWh, tăng 11,2%; thép cán đạt 15,2 triệu tấn, tăng 18,9%; quần áo mặc thường đạt 2.046,5 triệu cái, tăng 6,6%. Riêng sản lượng xi măng ước đạt 58,3 triệu tấn, giảm 2,6% do thị trường bất động sản chưa phục hồi.

Chỉ số tiêu thụ toàn ngành chế biến, chế tạo tháng 6/2024 tăng 3,1% so với tháng trước và tăng 13,4% so với cùng kỳ. Chỉ số tồn kho toàn ngành chế biến, chế tạo tại thời điểm 30/6/2024 ước tính tăng 9,3% so với cùng thời điểm năm trước; tỷ lệ tồn kho bình quân 6 tháng là 80,4%. Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 01/6/2024 tăng 0,9% so với cùng thời điểm tháng trước và tăng 3,5% so với cùng thời điểm năm trước.

Thực hiện Nghị quyết số 01/NQ-CP, Bộ Công Thương tiếp tục theo dõi sát tình hình cung ứng điện cho sản xuất.
Đường dây nóng: 024.2220.2108 - Trụ sở: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội.
"""

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S6 = P("6 tháng", "2024-01-01", "2024-06-30")
E = "estimate"
VN = "Việt Nam"

FIGS = [
    F("năm 2024 tăng 7,7%", "7,7", 7.7, "percent", "%", "sản xuất công nghiệp", H),
    F("ước tính tăng 7,7%", "7,7", 7.7, "percent", "%", "chỉ số sản xuất toàn ngành công nghiệp (IIP)", H, status=E),
    F("chế tạo tăng 9,5%", "9,5", 9.5, "percent", "%", "ngành chế biến, chế tạo", inh(H), status=E),
    F("đóng góp 7,8 điểm phần trăm", "7,8", 7.8, "measure", "điểm phần trăm",
      "đóng góp của ngành chế biến, chế tạo vào mức tăng chung", inh(H), status=E),
    F("điện tăng 11,1%", "11,1", 11.1, "percent", "%", "ngành sản xuất và phân phối điện", inh(H), status=E),
    F("khai khoáng giảm 6,3%", "6,3", 6.3, "percent", "%", "ngành khai khoáng", inh(H), status=E),
    F("ở 58/63 địa phương", "58", 58, "count", "địa phương", "địa phương có chỉ số IIP tăng", S6, total=63),
    F("Bắc Giang (28,1%)", "28,1", 28.1, "percent", "%", "chỉ số IIP", location="Bắc Giang"),
    F("Phú Thọ (24,3%)", "24,3", 24.3, "percent", "%", "chỉ số IIP", location="Phú Thọ"),
    F("Thanh Hóa (20,5%)", "20,5", 20.5, "percent", "%", "chỉ số IIP", location="Thanh Hóa"),
    F("Hà Nam (17,9%)", "17,9", 17.9, "percent", "%", "chỉ số IIP", location="Hà Nam"),
    F("có 5 địa phương", "5", 5, "count", "địa phương", "địa phương có chỉ số IIP giảm"),
    F("Quảng Nam giảm 12,6%", "12,6", 12.6, "percent", "%", "chỉ số IIP", location="Quảng Nam"),
    F("Cà Mau giảm 8,4%", "8,4", 8.4, "percent", "%", "chỉ số IIP", location="Cà Mau"),
    F("ước đạt 148,6 tỷ kWh", "148,6", 148600000000, "measure", "kWh", "điện sản xuất", S6,
      change=CH("increase", 11.2), status=E),
    F("đạt 15,2 triệu tấn", "15,2", 15200000, "measure", "tấn", "thép cán", S6,
      change=CH("increase", 18.9), status=E),
    F("đạt 2.046,5 triệu cái", "2.046,5", 2046500000, "count", "cái", "quần áo mặc thường", S6,
      change=CH("increase", 6.6), status=E),
    F("ước đạt 58,3 triệu tấn", "58,3", 58300000, "measure", "tấn", "sản lượng xi măng", inh(S6),
      change=CH("decrease", 2.6), status=E),
    F("tăng 3,1%", "3,1", 3.1, "percent", "%",
      "chỉ số tiêu thụ toàn ngành chế biến, chế tạo tháng 6/2024 so với tháng trước",
      P("tháng 6/2024", "2024-06-01", "2024-06-30")),
    F("tăng 13,4%", "13,4", 13.4, "percent", "%",
      "chỉ số tiêu thụ toàn ngành chế biến, chế tạo tháng 6/2024 so với cùng kỳ",
      P("tháng 6/2024", "2024-06-01", "2024-06-30")),
    F("ước tính tăng 9,3%", "9,3", 9.3, "percent", "%", "chỉ số tồn kho toàn ngành chế biến, chế tạo",
      P("tại thời điểm 30/6/2024", None, "2024-06-30"), status=E),
    F("là 80,4%", "80,4", 80.4, "percent", "%", "tỷ lệ tồn kho bình quân 6 tháng",
      P("bình quân 6 tháng", "2024-01-01", "2024-06-30"), status=E),
    F("tăng 0,9%", "0,9", 0.9, "percent", "%",
      "số lao động đang làm việc trong các doanh nghiệp công nghiệp so với cùng thời điểm tháng trước",
      P("tại thời điểm 01/6/2024", None, "2024-06-01")),
    F("tăng 3,5%", "3,5", 3.5, "percent", "%",
      "số lao động đang làm việc trong các doanh nghiệp công nghiệp so với cùng thời điểm năm trước",
      P("tại thời điểm 01/6/2024", None, "2024-06-01")),
]

COMMENTS = [
    "Bộ Công Thương site: IIP cả nước 6 tháng đầu năm 2024 (Tổng cục Thống kê). Bare dateline '08/07/2024 14:30' after the headline.",
    "National figures: location Việt Nam; province list items carry their province as location, subject = list indicator 'chỉ số IIP'.",
    "'đóng góp 7,8 điểm phần trăm' is a measure (unit điểm phần trăm), not a change. '58/63 địa phương' → total 63; '5 địa phương' has no",
    "part-of cue; Quảng Nam / Cà Mau after 'trong đó' are rates, not parts of the count (no total).",
    "Status: 'ước tính' in the lead continues into the 'Trong đó' sector sentence; product list items after ':' share 'ước đạt'.",
    "The inventory ratio after ';' continues the 'ước tính' clause (estimate). The headline figure has no cue (actual).",
    "Not figures: Nghị quyết số 01/NQ-CP, hotline, '54 Hai Bà Trưng'; Hà Nội in the address is no place of any figure.",
]

if __name__ == "__main__":
    emit("p609-4", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Việt Nam")
