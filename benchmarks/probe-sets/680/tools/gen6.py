"""p680-6: national press (VnExpress style) — cocoon prices in Bảo Lộc, national egg boxes, silk exports, Cao Bằng area."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 18/7/2024, 06:30 (GMT+7)

Giá kén tằm ở Bảo Lộc lên 200.000 đồng một kg

Giá kén tằm tại TP Bảo Lộc (Lâm Đồng) tăng lên 195.000-200.000 đồng/kg, mức cao nhất từ năm 2019, người nuôi lãi 3-3,5 triệu đồng mỗi hộp trứng.

Ông Trần Văn Hải, chủ một cơ sở ươm tơ ở phường Lộc Tiến (TP Bảo Lộc), cho biết giá kén hiện tăng 25-30% so với cuối năm 2023. Mỗi ngày cơ sở của ông thu mua khoảng 2 tấn kén, vẫn không đủ nguyên liệu cho 12 máy ươm tơ tự động.

Theo Sở Nông nghiệp và PTNT Lâm Đồng, 6 tháng đầu năm 2024, giá kén bình quân trên địa bàn tỉnh đạt 182.000 đồng/kg, tăng 18% so với cùng kỳ; khoảng 9.500 hộ nuôi tằm có thu nhập bình quân 15 triệu đồng/hộ/tháng.

Theo Hiệp hội Dâu tằm tơ Việt Nam, cả nước hiện có khoảng 55.000 ha dâu, mỗi năm nuôi hơn 1,1 triệu hộp trứng giống, trong đó gần 70% là giống nhập khẩu từ Trung Quốc. Năng suất bình quân đạt 40-45 kg kén/hộp.

Năm 2023, Việt Nam xuất khẩu khoảng 2.600 tấn tơ tằm, thu về 182 triệu USD; giá tơ xuất khẩu bình quân 70 USD/kg. Ngoài Lâm Đồng, Cao Bằng hiện có 3.100 ha dâu, tăng gấp 2,5 lần so với năm 2019.

Tuy vậy, ông Nguyễn Hữu Đức, Phó chủ tịch Hiệp hội, dự báo giá kén trên cả nước sẽ giảm xuống 160.000-170.000 đồng/kg trong quý IV/2024 khi vào vụ thu hoạch rộ.

Phước Tuấn
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("lên 200.000 đồng một kg", "200.000", 200000, "money", "đồng/kg", "giá kén tằm", location="Bảo Lộc"),
    F("lên 195.000-200.000", "195.000", 195000, "money", "đồng/kg", "giá kén tằm", value_max=200000,
      location="Bảo Lộc"),
    F("lãi 3-3,5 triệu", "3", 3000000, "money", "đồng", "lãi của người nuôi mỗi hộp trứng", value_max=3500000,
      location="Bảo Lộc"),
    F("tăng 25-30%", "25", 25, "percent", "%", "giá kén", value_max=30, location="Bảo Lộc"),
    F("khoảng 2 tấn", "2", 2, "measure", "tấn", "kén thu mua mỗi ngày", approx="about", location="Bảo Lộc"),
    F("cho 12 máy", "12", 12, "count", "máy ươm tơ", "máy ươm tơ tự động", location="Bảo Lộc"),
    F("đạt 182.000 đồng/kg", "182.000", 182000, "money", "đồng/kg", "giá kén bình quân", H1,
      change=CH("increase", 18, "%", "cùng kỳ"), location="Lâm Đồng"),
    F("khoảng 9.500 hộ", "9.500", 9500, "count", "hộ", "hộ nuôi tằm", H1, approx="about", location="Lâm Đồng"),
    F("15 triệu đồng/hộ/tháng", "15", 15000000, "money", "đồng/hộ/tháng", "thu nhập bình quân hộ nuôi tằm", H1,
      location="Lâm Đồng"),
    F("khoảng 55.000 ha", "55.000", 55000, "measure", "ha", "diện tích dâu", approx="about"),
    F("hơn 1,1 triệu hộp", "1,1", 1100000, "count", "hộp trứng", "hộp trứng giống nuôi mỗi năm", approx="over"),
    F("gần 70%", "70", 70, "percent", "%", "giống nhập khẩu từ Trung Quốc trong hộp trứng giống", approx="nearly"),
    F("đạt 40-45 kg", "40", 40, "measure", "kg/hộp", "năng suất kén bình quân", value_max=45),
    F("khoảng 2.600 tấn", "2.600", 2600, "measure", "tấn", "tơ tằm xuất khẩu", Y23, approx="about"),
    F("về 182 triệu USD", "182", 182000000, "money", "USD", "giá trị xuất khẩu tơ tằm", Y23),
    F("70 USD/kg", "70", 70, "money", "USD/kg", "giá tơ xuất khẩu bình quân", Y23),
    F("có 3.100 ha", "3.100", 3100, "measure", "ha", "diện tích dâu", location="Cao Bằng",
      change=CH("increase", 2.5, "lần", "năm 2019")),
    F("xuống 160.000-170.000", "160.000", 160000, "money", "đồng/kg", "giá kén", Q4, value_max=170000,
      status="forecast"),
]

COMMENTS = [
    "National press (invented), 'Thứ năm, 18/7/2024, 06:30 (GMT+7)': cocoon prices in Bảo Lộc, national sericulture, exports.",
    "Bảo Lộc figures -> Bảo Lộc; association's national figures -> Việt Nam; 'Ngoài Lâm Đồng, Cao Bằng hiện có 3.100 ha' -> Cao Bằng.",
    "'tăng lên 195.000-200.000' / 'giảm xuống 160.000-170.000' state the level reached: value ranges, no change. 'tăng 25-30% so",
    "với cuối năm 2023' is a growth rate that is the claim: percent figure. 'tăng gấp 2,5 lần so với năm 2019' after 3.100 ha is its",
    "change (lần). 'dự báo' -> forecast. 'đồng một kg' is đồng/kg; 'mỗi hộp trứng' written out, unit đồng.",
    "Lâm Đồng department's figures -> Lâm Đồng; the clause after ';' keeps the sentence's '6 tháng đầu năm 2024'.",
    "Not figures: (GMT+7), 'cao nhất từ năm 2019', phường Lộc Tiến.",
    "revised after first scoring: unit of '40-45 kg kén/hộp' -> 'kg/hộp', 'kén' moved into the subject.",
]

if __name__ == "__main__":
    emit("p680-6", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Việt Nam")
