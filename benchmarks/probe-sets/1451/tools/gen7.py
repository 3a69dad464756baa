"""p1451-7: news agency (TTXVN / Vietnam+ style): làng nghề thuộc da ở huyện Văn Lâm (Hưng Yên) and its wastewater."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAMPLUS - THÔNG TẤN XÃ VIỆT NAM
Xã hội › Môi trường

Làng nghề thuộc da loay hoay với bài toán nước thải

27/06/2024 16:05 GMT+7

Hưng Yên (TTXVN) - Làng nghề thuộc da Đông Mỹ, xã Lạc Hồng (huyện Văn Lâm) hiện có 46 hộ thuộc da trâu, bò; mỗi ngày các hộ xử lý khoảng 18 tấn da tươi, thải ra từ 120 đến 150 m3 nước thải.

Năm 2023, sản lượng da thuộc của làng đạt khoảng 4.500 tấn, doanh thu 96 tỷ đồng; thu nhập của lao động làm thuê từ 6 đến 8 triệu đồng/tháng.

Để giảm ô nhiễm, tỉnh đã đầu tư trạm xử lý nước thải tập trung công suất 300 m3/ngày đêm với tổng vốn 42,5 tỷ đồng, trong đó ngân sách tỉnh 30 tỷ đồng, còn lại do các hộ đóng góp. Tuy nhiên, sau hơn hai năm vận hành, trạm mới tiếp nhận khoảng 60% lượng nước thải của làng. Kết quả quan trắc quý I/2024 cho thấy chỉ số COD tại cửa xả vượt 2,3 lần so với quy chuẩn QCVN 40:2011/BTNMT.

Ông Nguyễn Văn Tấn, Chủ tịch UBND xã Lạc Hồng cho biết, xã đã vận động 12 hộ chuyển sang may túi da, ví da cho các cơ sở ở Hà Nội; dự kiến đến cuối năm 2025 sẽ có thêm 10-15 hộ chuyển đổi.

Theo Sở Tài nguyên và Môi trường, Hưng Yên đặt mục tiêu đến năm 2030 di dời toàn bộ 46 hộ thuộc da vào cụm công nghiệp làng nghề tập trung có diện tích 15 ha, cách khu dân cư ít nhất 2 km.

Đinh Tuấn (TTXVN)

Tin cùng chuyên mục:
- Hà Nội: Xử lý dứt điểm các điểm nóng ô nhiễm làng nghề
- Quốc lộ 5 ngập sâu sau mưa lớn
"""

PUB = "2024-06-27"
VL = "Văn Lâm"
T2030 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("có 46 hộ", "46", 46, "count", "hộ", subject="hộ thuộc da trâu, bò của làng nghề thuộc da Đông Mỹ", location=VL),
    fig("khoảng 18 tấn", "18", 18, "measure", "tấn/ngày", approx="about",
        subject="da tươi các hộ xử lý mỗi ngày", location=VL),
    fig("từ 120 đến 150", "120", 120, "measure", "m3/ngày", value_max=150,
        subject="nước thải các hộ thải ra mỗi ngày", location=VL),
    fig("khoảng 4.500 tấn", "4.500", 4500, "measure", "tấn", approx="about",
        subject="sản lượng da thuộc của làng", period=per("Năm 2023", "2023-01-01", "2023-12-31"), location=VL),
    fig("doanh thu 96 tỷ", "96", 96e9, "money", "đồng", subject="doanh thu của làng",
        period=per("Năm 2023", "2023-01-01", "2023-12-31"), location=VL),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/tháng", value_max=8e6,
        subject="thu nhập của lao động làm thuê", period=per("Năm 2023", "2023-01-01", "2023-12-31"), location=VL),
    fig("công suất 300 m3", "300", 300, "measure", "m3/ngày đêm",
        subject="công suất trạm xử lý nước thải tập trung", location=VL),
    fig("vốn 42,5 tỷ", "42,5", 42.5e9, "money", "đồng", subject="tổng vốn đầu tư trạm xử lý nước thải", location=VL),
    fig("tỉnh 30 tỷ", "30", 30e9, "money", "đồng", total=42.5e9, subject="ngân sách tỉnh", location=VL),
    fig("hơn hai năm", "hai", 2, "measure", "năm", approx="over", optional=True,
        subject="thời gian trạm vận hành", location=VL),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="lượng nước thải của làng được trạm tiếp nhận", location=VL),
    fig("vượt 2,3 lần", "2,3", 2.3, "multiple", "lần", subject="chỉ số COD tại cửa xả so với quy chuẩn",
        period=per("quý I/2024", "2024-01-01", "2024-03-31"), location=VL),
    fig("vận động 12 hộ", "12", 12, "count", "hộ",
        subject="hộ chuyển sang may túi da, ví da", location=VL),
    fig("thêm 10-15 hộ", "10", 10, "count", "hộ", value_max=15, status="forecast",
        subject="hộ chuyển đổi", period=per("đến cuối năm 2025", None, "2025-12-31"), location=VL),
    fig("toàn bộ 46 hộ", "46", 46, "count", "hộ", status="target",
        subject="hộ thuộc da di dời vào cụm công nghiệp làng nghề tập trung", period=T2030),
    fig("diện tích 15 ha", "15", 15, "measure", "ha", status="target",
        subject="diện tích cụm công nghiệp làng nghề tập trung", period=T2030),
    fig("ít nhất 2 km", "2", 2, "measure", "km", approx="at_least", status="target",
        subject="khoảng cách cụm công nghiệp đến khu dân cư", period=T2030),
]

NOTES = [
    "News agency (Vietnam+ / TTXVN): section path, '27/06/2024 16:05 GMT+7' (published), dateline tag 'Hưng Yên (TTXVN) -', byline, related links.",
    "The village is in xã Lạc Hồng, huyện Văn Lâm → location Văn Lâm for its figures (also the station built for it); the province's",
    "2030 relocation target, whose sentence names only the province → Hưng Yên (default; borderline, the 46 hộ live in Văn Lâm). 'mỗi ngày ... khoảng 18 tấn ..., từ 120 đến 150 m3' → per-day rates (tấn/ngày, m3/ngày).",
    "'tổng vốn 42,5 tỷ đồng, trong đó ngân sách tỉnh 30 tỷ đồng' → total. 'sau hơn hai năm vận hành' is a duration that places the",
    "observation in time: optional. 'chỉ số COD ... vượt 2,3 lần so với quy chuẩn' → multiple standing as the claim, period quý I/2024.",
    "'dự kiến đến cuối năm 2025 ... thêm 10-15 hộ' → forecast range, as-of end 2025. 'đặt mục tiêu đến năm 2030 di dời toàn bộ 46 hộ ...",
    "có diện tích 15 ha, cách khu dân cư ít nhất 2 km' → three targets of one clause.",
    "Distractors: 'QCVN 40:2011/BTNMT', 'Quốc lộ 5', time 16:05, 'GMT+7'.",
]

if __name__ == "__main__":
    write("p1451-7", TEXT, NOTES, FIGS, published=PUB, location="Hưng Yên")
