"""p1229-5: Party newspaper (Báo Lâm Đồng): baby corn for export in Đơn Dương; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO LÂM ĐỒNG
Kinh tế > Nông nghiệp

Đơn Dương: Ngô bao tử "xuất ngoại", nông dân có lãi

Những năm gần đây, ngô bao tử trở thành cây trồng chủ lực của nhiều hộ nông dân huyện Đơn Dương nhờ đầu ra ổn định qua các doanh nghiệp chế biến xuất khẩu.

Hiện toàn huyện có 420 ha ngô bao tử, chiếm gần 60% diện tích ngô bao tử của tỉnh; năm 2024, sản lượng bắp tươi đạt hơn 14.000 tấn, tăng khoảng 12% so với năm trước.

Gia đình anh Trần Văn Lộc ở thôn Lạc Thạnh, xã Lạc Xuân là một trong những hộ trồng ngô bao tử lâu năm dọc Quốc lộ 27. Với 3,5 ha, mỗi năm anh trồng 4 vụ, mỗi vụ chỉ 60-65 ngày. Vụ gần nhất, ruộng nhà anh cho năng suất 9 tấn/ha, bán cho doanh nghiệp với giá 3.800 đồng/kg. Trừ chi phí, mỗi năm gia đình lãi khoảng 350 triệu đồng, đồng thời tạo việc làm cho 12 lao động thời vụ với mức lương 6 triệu đồng/người/tháng.

Công ty TNHH Rau quả Langbiang, đóng tại Khu công nghiệp Phú Hội (huyện Đức Trọng), hiện liên kết với 186 hộ dân ở Đơn Dương. Năm 2024, công ty xuất khẩu 1.650 tấn ngô bao tử đóng lọ, đóng hộp sang Hà Lan, Đức và Úc, đạt kim ngạch 2,9 triệu USD. 5 tháng đầu năm 2025, công ty xuất được 820 tấn, bằng 48% kế hoạch năm.

Theo UBND huyện, năm 2025 Đơn Dương phấn đấu duy trì ổn định khoảng 450 ha ngô bao tử, trong đó ít nhất 150 ha sản xuất theo tiêu chuẩn GlobalGAP.

NGUYÊN THI
22/05/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24C = P("Năm 2024", "2024-01-01", "2024-12-31")
M5 = P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
DT = "Đức Trọng"

FIGS = [
    F("có 420 ha", "420", 420, "measure", "ha", percent=60,
      subject="diện tích ngô bao tử của huyện"),
    F("hơn 14.000 tấn", "14.000", 14000, "measure", "tấn", approx="over",
      change=C("increase", 12, "%", "năm trước", approx="about"),
      subject="sản lượng bắp ngô bao tử tươi", period=Y24),
    F("Với 3,5 ha", "3,5", 3.5, "measure", "ha", subject="diện tích ngô bao tử của gia đình anh Trần Văn Lộc"),
    F("trồng 4 vụ", "4", 4, "measure", "vụ/năm", subject="số vụ ngô bao tử mỗi năm của gia đình anh Lộc"),
    F("chỉ 60-65 ngày", "60", 60, "measure", "ngày", value_max=65, subject="thời gian mỗi vụ ngô bao tử"),
    F("năng suất 9 tấn/ha", "9", 9, "measure", "tấn/ha", subject="năng suất ngô bao tử vụ gần nhất của gia đình anh Lộc"),
    F("giá 3.800 đồng/kg", "3.800", 3800, "money", "đồng/kg", subject="giá bán ngô bao tử cho doanh nghiệp"),
    F("khoảng 350 triệu", "350", 350000000, "money", "đồng", approx="about",
      subject="lãi mỗi năm của gia đình anh Lộc"),
    F("cho 12 lao động", "12", 12, "count", "lao động", subject="lao động thời vụ gia đình anh Lộc tạo việc làm"),
    F("lương 6 triệu", "6", 6000000, "money", "đồng/người/tháng", subject="mức lương lao động thời vụ"),
    F("với 186 hộ", "186", 186, "count", "hộ", subject="hộ dân liên kết với Công ty TNHH Rau quả Langbiang"),
    F("xuất khẩu 1.650 tấn", "1.650", 1650, "measure", "tấn",
      subject="ngô bao tử đóng lọ, đóng hộp Công ty Langbiang xuất khẩu", period=Y24C, location=DT),
    F("kim ngạch 2,9 triệu", "2,9", 2900000, "money", "USD",
      subject="kim ngạch xuất khẩu ngô bao tử của Công ty Langbiang", period=Y24C, location=DT),
    F("được 820 tấn", "820", 820, "measure", "tấn", percent=48,
      subject="ngô bao tử Công ty Langbiang xuất khẩu", period=M5, location=DT),
    F("khoảng 450 ha", "450", 450, "measure", "ha", approx="about", status="target",
      subject="diện tích ngô bao tử duy trì ổn định", period=Y25),
    F("ít nhất 150 ha", "150", 150, "measure", "ha", approx="at_least", status="target", total=450,
      subject="diện tích ngô bao tử sản xuất theo tiêu chuẩn GlobalGAP", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Lâm Đồng): byline 'NGUYÊN THI' and bare date '22/05/2025' at the end (published). Default location Đơn Dương (the district the article is about).",
    "'chiếm gần 60% diện tích ngô bao tử của tỉnh' is the share of 420 ha (percent 60; 'gần' qualifies the share, the area is exact).",
    "Farm of anh Trần Văn Lộc (xã Lạc Xuân, Đơn Dương): '4 vụ' per year -> measure vụ/năm; '60-65 ngày' crop duration (the claim, not a time locator). No periods ('Vụ gần nhất').",
    "The Langbiang company is stated to sit in KCN Phú Hội, huyện Đức Trọng: its export figures get Đức Trọng; '186 hộ dân ở Đơn Dương' stays Đơn Dương.",
    "Distractors: 'Quốc lộ 27', 'NGUYÊN THI', the date. 'năm trước' = 2023 (baseline). '48% kế hoạch năm' -> percent of 820.",
]

if __name__ == "__main__":
    write("p1229-5", TEXT, NOTES, FIGS, published="2025-05-22", location="Đơn Dương")
