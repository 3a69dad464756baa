"""p926-6: national newspaper (VnExpress style) — aloe processing plant in Tây Ninh, contracts, national exports."""
from lib import emit, fig, period, change, year

TEXT = """
Kinh doanh > Hàng hóa
Thứ năm, 6/3/2025, 14:30 (GMT+7)

Nhà máy nha đam 35 triệu USD bao tiêu cho nông dân Tây Ninh

Nhà máy chế biến nha đam của Công ty TNHH Aloe Vina tại khu công nghiệp Phước Đông (Tây Ninh) có công suất 200 tấn lá mỗi ngày, tổng vốn đầu tư 35 triệu USD.

Ông Kim Jae-won, Tổng giám đốc công ty, cho biết năm 2024 nhà máy thu mua 41.200 tấn lá, doanh thu khoảng 780 tỷ đồng; 90% sản phẩm được xuất sang Hàn Quốc, Nhật Bản và EU. Công ty liên kết với hơn 620 hộ dân ở các huyện Gò Dầu, Bến Cầu và Châu Thành, diện tích vùng nguyên liệu 410 ha.

Theo hợp đồng, công ty cung cấp giống, hướng dẫn kỹ thuật và cam kết mua lá với giá không thấp hơn 2.800 đồng/kg trong 5 năm. Năm ngoái, giá bình quân công ty trả cho nông dân là 3.350 đồng/kg, cao hơn 15% so với giá thị trường.

Anh Trần Văn Tư ở xã Phước Thạnh (huyện Gò Dầu) trồng 1,2 ha nha đam, mỗi tháng cắt khoảng 12 tấn lá, thu về hơn 40 triệu đồng. "Trước đây trồng mì, mỗi năm lãi chưa tới 30 triệu đồng", anh Tư nói.

Công ty dự kiến mở rộng vùng nguyên liệu lên 600 ha vào năm 2026.

Theo Hiệp hội Rau quả Việt Nam, năm 2024 kim ngạch xuất khẩu nha đam chế biến của cả nước đạt khoảng 46 triệu USD, tăng gần 20% so với năm 2023. Năm 2025, con số này được dự báo vượt 50 triệu USD.

Hoàng Nam
"""

NOTES = [
    "VnExpress-style national newspaper (invented): nhà máy nha đam của Công ty TNHH Aloe Vina ở Tây Ninh; national exports from Vinafruit.",
    "Dateline 'Thứ năm, 6/3/2025, 14:30 (GMT+7)' gives published. 'Năm ngoái' = 2024. '(GMT+7)', '14:30' and names are not figures.",
    "The headline 35 triệu USD and the body's 35 triệu USD are both figures. The farmer's figures take his district (Gò Dầu);",
    "the company's raw-material figures span three districts: Tây Ninh. National export figures: Việt Nam.",
    "'trong 5 năm' (contract term, a duration locating the price commitment) is optional. 'không thấp hơn' = at_least.",
    "Rates written 'mỗi ngày'/'mỗi tháng' keep the denominator in the unit.",
    "revised after the first score: 200 unit 'tấn lá/ngày' -> 'tấn/ngày'; 40 triệu subject 'thu nhập …' -> 'tiền thu về …' (the text says receipts, 'thu về').",
]

FIGS = [
    fig("nha đam 35 triệu USD", "35", 35e6, "money", "USD", "vốn đầu tư nhà máy nha đam"),
    fig("công suất 200 tấn", "200", 200, "measure", "tấn/ngày", "công suất nhà máy chế biến nha đam"),
    fig("đầu tư 35 triệu USD", "35", 35e6, "money", "USD", "tổng vốn đầu tư nhà máy"),
    fig("thu mua 41.200 tấn", "41.200", 41200, "measure", "tấn", "lá nha đam nhà máy thu mua", year(2024)),
    fig("khoảng 780 tỷ đồng", "780", 780e9, "money", "đồng", "doanh thu", year(2024), approx="about"),
    fig("90% sản phẩm", "90", 90, "percent", "%", "sản phẩm được xuất khẩu", year(2024)),
    fig("hơn 620 hộ", "620", 620, "count", "hộ dân", "hộ dân liên kết với công ty", approx="over"),
    fig("nguyên liệu 410 ha", "410", 410, "measure", "ha", "diện tích vùng nguyên liệu"),
    fig("không thấp hơn 2.800 đồng/kg", "2.800", 2800, "money", "đồng/kg", "giá cam kết mua lá nha đam", approx="at_least"),
    fig("trong 5 năm", "5", 5, "measure", "năm", "thời hạn cam kết mua", optional=True),
    fig("là 3.350 đồng/kg", "3.350", 3350, "money", "đồng/kg", "giá bình quân công ty trả cho nông dân",
        year(2024, "Năm ngoái"), change=change("increase", 15, "%", "giá thị trường")),
    fig("trồng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích nha đam của anh Trần Văn Tư", location="Gò Dầu"),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn/tháng", "lá nha đam cắt mỗi tháng", approx="about", location="Gò Dầu"),
    fig("hơn 40 triệu đồng", "40", 40e6, "money", "đồng/tháng", "tiền thu về từ nha đam mỗi tháng", approx="over", location="Gò Dầu"),
    fig("chưa tới 30 triệu đồng", "30", 30e6, "money", "đồng/năm", "lãi trồng mì mỗi năm trước đây", approx="under", location="Gò Dầu"),
    fig("lên 600 ha", "600", 600, "measure", "ha", "vùng nguyên liệu nha đam", year(2026), status="forecast"),
    fig("khoảng 46 triệu USD", "46", 46e6, "money", "USD", "kim ngạch xuất khẩu nha đam chế biến", year(2024), approx="about",
        change=change("increase", 20, "%", "năm 2023", "nearly"), location="Việt Nam"),
    fig("vượt 50 triệu USD", "50", 50e6, "money", "USD", "kim ngạch xuất khẩu nha đam chế biến", year(2025, "Năm 2025"),
        approx="over", status="forecast", location="Việt Nam"),
]

if __name__ == "__main__":
    emit("p926-6", TEXT, NOTES, FIGS, published="2025-03-06", location="Tây Ninh")
